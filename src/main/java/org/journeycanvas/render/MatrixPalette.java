package org.journeycanvas.render;

import java.util.List;
import org.journeycanvas.layout.MatrixKey;

/**
 * The colours of the opportunity matrix's dots: a persona's or stage's own colour, else one of a few colours that
 * tell each other apart, by the element's place in the map.
 */
public final class MatrixPalette {
    private static final List<Rgb> COLOURS = List.of(
            Rgb.of("#3D5A80"),
            Rgb.of("#E07A5F"),
            Rgb.of("#2A9D8F"),
            Rgb.of("#9C6ADE"),
            Rgb.of("#E9B949"),
            Rgb.of("#D1495B"),
            Rgb.of("#5C946E"),
            Rgb.of("#6C757D"));

    /** The quadrants' tints, opaque so that a slide shows them as they are: quick wins, big bets, fill-ins, money pits. */
    public static final List<Rgb> QUADRANTS =
            List.of(Rgb.of("#E6F4EA"), Rgb.of("#E8F0FA"), Rgb.of("#F2F3F5"), Rgb.of("#FBEAEA"));

    private MatrixPalette() {}

    public static Rgb colour(MatrixKey key) {
        return key.color() != null ? Rgb.of(key.color()) : COLOURS.get(key.paletteIndex() % COLOURS.size());
    }
}
