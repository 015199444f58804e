package org.journeycanvas.export.vector;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.render.FontRuns;

/**
 * Text as filled outlines, for what the embedded font cannot show: the fallback font's shaped glyphs, or a
 * white square for a letter that no font on the machine draws (an emoji from a colour-only font, say), so no
 * card is ever left blank.
 */
public final class TextOutlines {
    private static final String NO_GLYPH = "\u25A1";

    private TextOutlines() {}

    /** A run's outline with its baseline at (x, baseline). */
    public static Shape of(TextRun run, double x, double baseline, TextStyle style) {
        AffineTransform at = AffineTransform.getTranslateInstance(x, baseline);
        Shape outline = run.layout(style).getOutline(at);
        if (!isEmpty(outline) || run.text().isBlank()) {
            return outline;
        }
        String squares = NO_GLYPH.repeat(
                run.text().strip().codePointCount(0, run.text().strip().length()));
        return new TextRun(squares, false, 0, Font.SANS_SERIF).layout(style).getOutline(at);
    }

    /** A line that mixes directions, each run in its font, in display order, with its baseline at (x, baseline). */
    public static Shape line(List<TextRun> runs, double x, double baseline, TextStyle style) {
        List<FontRuns.Run> fontRuns = runs.stream()
                .map(run -> new FontRuns.Run(run.text(), run.embedded() ? null : run.family()))
                .toList();
        return FontRuns.line(fontRuns, VectorFonts.embedded(style), style)
                .getOutline(AffineTransform.getTranslateInstance(x, baseline));
    }

    /** An icon font's glyph fitted into a square of {@code size} at (x, y), as the screen places it. */
    public static Shape icon(Font iconFont, int codePoint, double x, double y) {
        GlyphVector glyphs = iconFont.createGlyphVector(FontRuns.CONTEXT, Character.toChars(codePoint));
        double ascent = iconFont.getLineMetrics(new String(Character.toChars(codePoint)), FontRuns.CONTEXT)
                .getAscent();
        return glyphs.getOutline((float) x, (float) (y + ascent));
    }

    private static boolean isEmpty(Shape shape) {
        Rectangle2D bounds = shape.getBounds2D();
        return bounds.getWidth() <= 0 || bounds.getHeight() <= 0;
    }
}
