package org.journeycanvas.io.table;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text in an {@code .xlsx} cell as it comes back. The format escapes what XML cannot hold as {@code _xHHHH_}, and
 * readers (POI, Excel) decode every such sequence, so a literal {@code _x0041_} would come back as "A" and a
 * vertical tab as "?" unless written escaped. The export writes {@link #escaped} text; the import compares the
 * map's text {@link #asRead as it comes back}.
 */
public final class ExcelText {
    /** What a reader decodes: an underscore, a lower-case x, four hex digits, an underscore. */
    private static final Pattern ESCAPE_LIKE = Pattern.compile("_x[0-9A-Fa-f]{4}_");

    private ExcelText() {}

    /** The text to give POI so that a reader gets {@link #asRead} back. */
    public static String escaped(String text) {
        if (!needsEscaping(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        Matcher literal = ESCAPE_LIKE.matcher(text);
        int next = literal.find() ? literal.start() : -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i == next) {
                // "_x005F_" is an escaped underscore: the rest of the sequence then stays as it is
                out.append("_x005F");
                next = literal.find(i + 1) ? literal.start() : -1;
            }
            if (isOutsideXml(text, i)) {
                out.append(String.format("_x%04X_", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The text as a reader of the export gets it: the same, but for a lone half of a surrogate pair, which no
     * file can hold (POI writes "?").
     */
    public static String asRead(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            if (isLoneSurrogate(text, i)) {
                out = out == null ? new StringBuilder(text) : out;
                out.setCharAt(i, '?');
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean needsEscaping(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_' || isOutsideXml(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** A control character other than tab and line breaks, or U+FFFE, U+FFFF: XML 1.0 cannot hold them. */
    private static boolean isOutsideXml(String text, int index) {
        char c = text.charAt(index);
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF';
    }

    private static boolean isLoneSurrogate(String text, int index) {
        char c = text.charAt(index);
        if (Character.isHighSurrogate(c)) {
            return index + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(index + 1));
        }
        return Character.isLowSurrogate(c) && (index == 0 || !Character.isHighSurrogate(text.charAt(index - 1)));
    }
}
