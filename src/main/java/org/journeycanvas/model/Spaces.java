package org.journeycanvas.model;

/**
 * White space as people type it into names: Java's own white space and the no-break spaces that spreadsheets
 * and word processors put in (U+00A0, U+2007, U+202F), which {@link String#strip()} keeps.
 */
public final class Spaces {
    private Spaces() {}

    public static boolean isSpace(int c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /** The text without the spaces around it. */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    public static boolean isBlank(String text) {
        return strip(text).isEmpty();
    }

    /** The text stripped, each run of spaces inside it made one plain space. */
    public static String collapsed(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = plain.length() > 0;
            } else {
                if (space) {
                    plain.append(' ');
                    space = false;
                }
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
