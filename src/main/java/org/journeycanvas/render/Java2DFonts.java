package org.journeycanvas.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import org.journeycanvas.layout.TextStyle;

/** The Java2D fonts for each kind of map text, and the icon font, made once. */
public final class Java2DFonts {
    private static final String FAMILY = Font.SANS_SERIF;
    private static final Map<TextStyle, Font> TEXT = new EnumMap<>(TextStyle.class);
    private static Font icons;

    private Java2DFonts() {}

    static synchronized Font text(TextStyle style) {
        return TEXT.computeIfAbsent(
                style, s -> new Font(FAMILY, s.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) s.size()));
    }

    public static synchronized Font icons(double size) {
        if (icons == null) {
            try (InputStream in = Icons.class.getResourceAsStream(Icons.FONT_RESOURCE)) {
                icons = in == null ? new Font(FAMILY, Font.PLAIN, 1) : Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | FontFormatException e) {
                icons = new Font(FAMILY, Font.PLAIN, 1);
            }
        }
        return icons.deriveFont((float) size);
    }
}
