package org.journeycanvas.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.journeycanvas.layout.TextStyle;

/**
 * Cuts a line of text into runs that one font draws: the surface's own font where it has the letters, an
 * installed font found by {@link FallbackFonts} elsewhere. Runs are in reading (logical) order; a line that
 * mixes directions is drawn whole by {@link #line}, which orders the runs as the line is read.
 */
public final class FontRuns {
    public static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    /** A run of a line. @param family null for the surface's own font, else the installed family that draws it */
    public record Run(String text, String family) {
        public boolean own() {
            return family == null;
        }

        /** The run shaped and ordered in its installed font (for a run that is not in the surface's own font). */
        public TextLayout layout(TextStyle style) {
            return new TextLayout(text, FallbackFonts.font(family, style), CONTEXT);
        }
    }

    private FontRuns() {}

    /** @param ownHas which letters the surface's own font draws well */
    public static List<Run> split(String text, IntPredicate ownHas) {
        List<Run> runs = new ArrayList<>();
        if (text.isEmpty()) {
            return runs;
        }
        int start = 0;
        String current = null;
        boolean started = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (!staysWithPrevious(codePoint, current, started, ownHas)) {
                String font = ownHas.test(codePoint) ? null : FallbackFonts.familyFor(codePoint);
                if (started && !java.util.Objects.equals(font, current)) {
                    runs.add(new Run(text.substring(start, i), current));
                    start = i;
                }
                current = font;
                started = true;
            }
            i += Character.charCount(codePoint);
        }
        runs.add(new Run(text.substring(start), current));
        return runs;
    }

    /** True for text that the surface's own font draws whole: the common case, which needs no splitting. */
    public static boolean allOwn(String text, IntPredicate ownHas) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (!ownHas.test(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return !reordered(text);
    }

    /** True for a line with right-to-left letters: its runs are not drawn left to right in reading order. */
    public static boolean reordered(String text) {
        return Bidi.requiresBidi(text.toCharArray(), 0, text.length());
    }

    /**
     * A whole line, each run in its font, shaped and put in display order by Java2D's bidirectional layout: what
     * a line with Hebrew or Arabic in it is drawn as. Its advance is the sum of the runs' widths.
     */
    public static TextLayout line(List<Run> runs, Font own, TextStyle style) {
        StringBuilder text = new StringBuilder();
        runs.forEach(run -> text.append(run.text()));
        AttributedString attributed = new AttributedString(text.toString());
        int start = 0;
        for (Run run : runs) {
            int end = start + run.text().length();
            Font font = run.own() ? own : FallbackFonts.font(run.family(), style);
            attributed.addAttribute(TextAttribute.FONT, font, start, end);
            start = end;
        }
        return new TextLayout(attributed.getIterator(), CONTEXT);
    }

    /**
     * The scripts that Java's composite sans-serif draws reliably: Latin, Greek, Cyrillic, Hebrew, Arabic and
     * the shared signs. For others it may claim a letter and draw a box, so those go to an installed font.
     */
    public static boolean commonScript(int codePoint) {
        return switch (Character.UnicodeScript.of(codePoint)) {
            case LATIN, COMMON, INHERITED, GREEK, CYRILLIC, HEBREW, ARABIC -> true;
            default -> false;
        };
    }

    /** Spaces and marks stay in the run before them, unless that run's font lacks the mark. */
    private static boolean staysWithPrevious(int codePoint, String current, boolean started, IntPredicate ownHas) {
        if (!started) {
            return false;
        }
        if (Character.isWhitespace(codePoint)) {
            return true;
        }
        if (!combining(codePoint)) {
            return false;
        }
        return current == null ? ownHas.test(codePoint) : new Font(current, Font.PLAIN, 1).canDisplay(codePoint);
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
