package org.journeycanvas.export.vector;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.journeycanvas.layout.TextStyle;

/**
 * The font of vector output (PDF, SVG): Liberation Sans, which PDF files embed and SVG files name; what it lacks
 * comes from an installed font ({@link TextRun}). Liberation Sans has Arial's widths, so an SVG opened where it is not
 * installed keeps its text inside the cards with Arial or Helvetica instead. The font files come from a kept
 * library jar (openpdf-fonts-extra), not from the machine, so every export measures and looks the same.
 */
public final class VectorFonts {
    /** What an SVG file names: the embedded face first, then faces with the same widths. */
    public static final String CSS_FAMILY = "'Liberation Sans', Arial, Helvetica, sans-serif";

    private static final String REGULAR = "/liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "/liberation/LiberationSans-Bold.ttf";

    private static byte[] regularBytes;
    private static byte[] boldBytes;
    private static Font regular;
    private static Font bold;
    private static final Map<TextStyle, Font> EMBEDDED = new EnumMap<>(TextStyle.class);

    private VectorFonts() {}

    /** The font file of a style's weight, for a PDF to embed. */
    public static synchronized byte[] fontFile(boolean boldWeight) {
        load();
        return boldWeight ? boldBytes : regularBytes;
    }

    /** The embedded face at a style's size, as Java2D measures it. */
    public static synchronized Font embedded(TextStyle style) {
        load();
        return EMBEDDED.computeIfAbsent(style, s -> (s.bold() ? bold : regular).deriveFont((float) s.size()));
    }

    private static void load() {
        if (regular != null) {
            return;
        }
        regularBytes = read(REGULAR);
        boldBytes = read(BOLD);
        regular = create(regularBytes);
        bold = create(boldBytes);
    }

    private static byte[] read(String resource) {
        try (InputStream in = VectorFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the font " + resource + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font create(byte[] bytes) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(bytes));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("the bundled font cannot be read", e);
        }
    }
}
