package org.journeycanvas.export.vector;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.layout.TextStyle;

/**
 * A piece of a line of text that one font draws: the embedded font where it has every character and the line
 * reads left to right, else the system's fallback, which Java2D shapes and orders (Arabic joined, Hebrew right
 * to left, Thai marks placed). Measuring and drawing split a line the same way, so text fits where the layout
 * put it.
 *
 * @param embedded true: drawn as text in the embedded font; false: drawn in the fallback font
 */
public record TextRun(String text, boolean embedded, double width) {
    static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    /** A line split into runs, left to right; one fallback run for a line that needs reordering. */
    public static List<TextRun> split(String line, TextStyle style) {
        List<TextRun> runs = new ArrayList<>();
        if (line.isEmpty()) {
            return runs;
        }
        if (Bidi.requiresBidi(line.toCharArray(), 0, line.length())) {
            runs.add(fallbackRun(line, style));
            return runs;
        }
        Font embedded = VectorFonts.embedded(style);
        int start = 0;
        Boolean current = null;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            boolean neutral = Character.isWhitespace(codePoint);
            boolean canEmbed = embedded.canDisplay(codePoint) && !combining(codePoint);
            if (!neutral && current != null && canEmbed != current) {
                runs.add(run(line.substring(start, i), current, style));
                start = i;
            }
            if (!neutral) {
                current = canEmbed;
            }
            i += Character.charCount(codePoint);
        }
        runs.add(run(line.substring(start), current == null || current, style));
        return runs;
    }

    /** The width of a line as {@link #split} draws it. */
    public static double width(String line, TextStyle style) {
        double width = 0;
        for (TextRun run : split(line, style)) {
            width += run.width();
        }
        return width;
    }

    private static TextRun run(String text, boolean embedded, TextStyle style) {
        if (embedded) {
            return new TextRun(
                    text,
                    true,
                    VectorFonts.embedded(style).getStringBounds(text, CONTEXT).getWidth());
        }
        return fallbackRun(text, style);
    }

    private static TextRun fallbackRun(String text, TextStyle style) {
        return new TextRun(text, false, layout(text, style).getAdvance());
    }

    /** The fallback font's shaped and ordered line. */
    static TextLayout layout(String text, TextStyle style) {
        return new TextLayout(text, VectorFonts.fallback(style), CONTEXT);
    }

    /** Marks that sit on the previous letter: a font draws them well only when it shapes the whole word. */
    private static boolean combining(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
