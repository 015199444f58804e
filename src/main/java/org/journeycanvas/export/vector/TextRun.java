package org.journeycanvas.export.vector;

import java.awt.Font;
import java.awt.font.TextLayout;
import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.render.FontRuns;

/**
 * A piece of a line of text that one font draws: the embedded font where it has every letter and the line
 * reads left to right, else an installed font that has them, which Java2D shapes and orders (Arabic joined,
 * Hebrew right to left, Thai marks placed). Measuring and drawing split a line the same way, so text fits where
 * the layout put it.
 *
 * @param embedded true: drawn as text in the embedded font; false: in {@code family}, an installed font
 * @param family   the font family that draws the run (Liberation Sans when embedded)
 */
public record TextRun(String text, boolean embedded, double width, String family) {
    static final String EMBEDDED_FAMILY = "Liberation Sans";

    /**
     * A line split into runs, in reading order; a line with right-to-left letters is drawn whole from its runs
     * ({@link TextOutlines#line}), since its runs do not follow one another left to right.
     */
    public static List<TextRun> split(String line, TextStyle style) {
        Font embedded = VectorFonts.embedded(style);
        List<TextRun> runs = new ArrayList<>();
        for (FontRuns.Run run : FontRuns.split(printable(line), embedded::canDisplay)) {
            if (run.own()) {
                double width =
                        embedded.getStringBounds(run.text(), FontRuns.CONTEXT).getWidth();
                runs.add(new TextRun(run.text(), true, width, EMBEDDED_FAMILY));
            } else {
                runs.add(new TextRun(run.text(), false, run.layout(style).getAdvance(), run.family()));
            }
        }
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
        return new FontRuns.Run(text, family).layout(style);
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
}
