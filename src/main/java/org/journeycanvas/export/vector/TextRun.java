package org.journeycanvas.export.vector;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.journeycanvas.layout.TextStyle;

/**
 * A piece of a line of text that one font draws: the embedded font where it has every character and the line
 * reads left to right, else an installed font that has them, which Java2D shapes and orders (Arabic joined,
 * Hebrew right to left, Thai marks placed). Measuring and drawing split a line the same way, so text fits where
 * the layout put it.
 *
 * @param embedded true: drawn as text in the embedded font; false: in {@code family}, an installed font
 * @param family   the font family that draws the run (Liberation Sans when embedded)
 */
public record TextRun(String text, boolean embedded, double width, String family) {
    static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final String EMBEDDED_FAMILY = "Liberation Sans";

    /** A line split into runs, left to right; one run for a line that needs reordering. */
    public static List<TextRun> split(String line, TextStyle style) {
        List<TextRun> runs = new ArrayList<>();
        String text = printable(line);
        if (text.isEmpty()) {
            return runs;
        }
        if (Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            runs.add(fallbackRun(text, FallbackFonts.familyFor(text), style));
            return runs;
        }
        Font embedded = VectorFonts.embedded(style);
        int start = 0;
        String current = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String font = fontOf(codePoint, current, embedded);
            if (font != null && current != null && !font.equals(current)) {
                runs.add(run(text.substring(start, i), current, style));
                start = i;
            }
            if (font != null) {
                current = font;
            }
            i += Character.charCount(codePoint);
        }
        runs.add(run(text.substring(start), current == null ? EMBEDDED_FAMILY : current, style));
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

    /** The run's shaped and ordered glyphs in its installed font. */
    TextLayout layout(TextStyle style) {
        return new TextLayout(text, FallbackFonts.font(family, style), CONTEXT);
    }

    /** Which font draws a letter; null for a space or a mark that stays with the letters before it. */
    private static String fontOf(int codePoint, String current, Font embedded) {
        if (Character.isWhitespace(codePoint)) {
            return null;
        }
        if (combining(codePoint)) {
            boolean fits = current != null
                    && (current.equals(EMBEDDED_FAMILY)
                            ? embedded.canDisplay(codePoint)
                            : new Font(current, Font.PLAIN, 1).canDisplay(codePoint));
            return fits ? null : FallbackFonts.familyFor(codePoint);
        }
        return embedded.canDisplay(codePoint) ? EMBEDDED_FAMILY : FallbackFonts.familyFor(codePoint);
    }

    private static TextRun run(String text, String family, TextStyle style) {
        if (Objects.equals(family, EMBEDDED_FAMILY)) {
            double width =
                    VectorFonts.embedded(style).getStringBounds(text, CONTEXT).getWidth();
            return new TextRun(text, true, width, EMBEDDED_FAMILY);
        }
        return fallbackRun(text, family, style);
    }

    private static TextRun fallbackRun(String text, String family, TextStyle style) {
        TextRun run = new TextRun(text, false, 0, family);
        return new TextRun(text, false, run.layout(style).getAdvance(), family);
    }

    /** Tabs as spaces, other control characters dropped: no font draws them. */
    private static String printable(String line) {
        StringBuilder text = new StringBuilder(line.length());
        line.codePoints().forEach(codePoint -> {
            if (codePoint == '\t') {
                text.append(' ');
            } else if (!Character.isISOControl(codePoint)) {
                text.appendCodePoint(codePoint);
            }
        });
        return text.toString();
    }

    private static boolean combining(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || codePoint == 0x200D
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F);
    }
}
