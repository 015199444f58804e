package org.journeycanvas.ui.canvas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.render.Icons;

/**
 * The JavaFX fonts for each kind of map text and for the icons, at any size, made once per size. Sizes are
 * rounded to a quarter pixel, so zooming reuses a bounded number of fonts and their cached glyphs.
 */
public final class FxFonts {
    private static final String FAMILY = "System";
    /**
     * By style, then by size, not by a record of both: a record's equals and hashCode link method handles the first
     * time they run, which the first frame paid for.
     */
    private static final Map<TextStyle, Map<Double, Font>> TEXT = new EnumMap<>(TextStyle.class);

    private static final Map<Double, Font> ICONS = new HashMap<>();
    private static String iconFamily;

    private FxFonts() {}

    public static Font text(TextStyle style) {
        return text(style, style.size());
    }

    public static Font text(TextStyle style, double size) {
        return TEXT.computeIfAbsent(style, unused -> new HashMap<>())
                .computeIfAbsent(
                        rounded(size),
                        fontSize -> Font.font(FAMILY, style.bold() ? FontWeight.BOLD : FontWeight.NORMAL, fontSize));
    }

    public static Font icons(double size) {
        return ICONS.computeIfAbsent(rounded(size), s -> Font.font(iconFamily(), s));
    }

    /** The size a font of {@code size} is drawn at. */
    public static double rounded(double size) {
        return Math.max(0.25, Math.round(size * 4) / 4.0);
    }

    private static String iconFamily() {
        if (iconFamily == null) {
            try (InputStream in = Icons.class.getResourceAsStream(Icons.FONT_RESOURCE)) {
                Font font = in == null ? null : Font.loadFont(in, 12);
                iconFamily = font != null ? font.getFamily() : FAMILY;
            } catch (IOException e) {
                throw new UncheckedIOException("the icon font cannot be read", e);
            }
        }
        return iconFamily;
    }
}
