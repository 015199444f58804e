package org.journeycanvas.render;

import java.util.EnumMap;
import java.util.Map;
import org.journeycanvas.model.LaneKind;

/**
 * The colours a map is drawn in. Cards take their kind's colour unless they have their own; {@code connector} is
 * the colour of the arrows between cards.
 */
public record MapTheme(
        Rgb background,
        Rgb headerFill,
        Rgb headerText,
        Rgb bandFill,
        Rgb bandAlternateFill,
        Rgb gridLine,
        Rgb text,
        Rgb mutedText,
        Rgb cardText,
        Rgb cardBorder,
        Rgb emotionLine,
        Rgb emotionGuide,
        Rgb emotionLabelFill,
        Rgb selection,
        Rgb dropTarget,
        Map<LaneKind, Rgb> cardFills,
        Rgb connector) {
    public static final MapTheme LIGHT = new MapTheme(
            Rgb.of("#FFFFFF"),
            Rgb.of("#3D5A80"),
            Rgb.of("#FFFFFF"),
            Rgb.of("#F7F8FA"),
            Rgb.of("#FFFFFF"),
            Rgb.of("#DDE1E6"),
            Rgb.of("#1F2328"),
            Rgb.of("#59636E"),
            Rgb.of("#1F2328"),
            Rgb.of("#000000").withAlpha(0.12),
            Rgb.of("#E07A5F"),
            Rgb.of("#C9CED6"),
            Rgb.of("#FFFFFF").withAlpha(0.9),
            Rgb.of("#0969DA"),
            Rgb.of("#0969DA"),
            fills(
                    "#F6F8FA",
                    "#DCE9F9",
                    "#D8F0E3",
                    "#EDE4F7",
                    "#FBE3D6",
                    "#FAD9D9",
                    "#FFF1BF",
                    "#E3E8EE",
                    "#F3F0E8",
                    // the service blueprint's lanes: quieter, so the customer's lanes stay in front
                    "#ECE6DC",
                    "#D5EEF1",
                    "#DEE4F1",
                    "#E7E7E7",
                    "#E2ECDF"),
            // connectors: darker than any card's border, quieter than text
            Rgb.of("#4B5B70"));

    public static final MapTheme DARK = new MapTheme(
            Rgb.of("#0D1117"),
            Rgb.of("#2F4A6B"),
            Rgb.of("#F0F6FC"),
            Rgb.of("#161B22"),
            Rgb.of("#0D1117"),
            Rgb.of("#30363D"),
            Rgb.of("#E6EDF3"),
            Rgb.of("#9198A1"),
            Rgb.of("#F0F6FC"),
            Rgb.of("#FFFFFF").withAlpha(0.12),
            Rgb.of("#F4A261"),
            Rgb.of("#3D444D"),
            Rgb.of("#0D1117").withAlpha(0.85),
            Rgb.of("#4493F8"),
            Rgb.of("#4493F8"),
            fills(
                    "#22272E", "#1E3A5F", "#1B4332", "#3C2A5A", "#5A3520", "#5C2328", "#574814", "#2D333B", "#3A352A",
                    "#3B342A", "#163E45", "#262F45", "#2E2E2E", "#26352A"),
            Rgb.of("#A9B6C6"));

    public MapTheme {
        cardFills = Map.copyOf(cardFills);
    }

    public Rgb cardFill(LaneKind kind) {
        return cardFills.get(kind);
    }

    /** Dark or light text, whichever reads better on the given fill. */
    public Rgb textOn(Rgb fill) {
        return fill.luminance() > 0.4 ? Rgb.of("#1F2328") : Rgb.of("#FFFFFF");
    }

    /** One fill per lane kind, in the kinds' declaration order. */
    private static Map<LaneKind, Rgb> fills(String... hexes) {
        LaneKind[] kinds = LaneKind.values();
        if (hexes.length != kinds.length) {
            throw new IllegalArgumentException("one fill per lane kind: " + kinds.length + ", not " + hexes.length);
        }
        Map<LaneKind, Rgb> fills = new EnumMap<>(LaneKind.class);
        for (int i = 0; i < kinds.length; i++) {
            fills.put(kinds[i], Rgb.of(hexes[i]));
        }
        return fills;
    }
}
