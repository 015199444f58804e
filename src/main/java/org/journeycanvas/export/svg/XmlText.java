package org.journeycanvas.export.svg;

/**
 * Text as XML 1.0 may hold it. A map's text may contain control characters (pasted from anywhere), which no XML
 * file may: they are left out rather than making the whole file unreadable.
 */
public final class XmlText {
    private XmlText() {}

    public static String clean(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!allowed(text.charAt(i))) {
                return dropped(text);
            }
        }
        return text;
    }

    private static String dropped(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (allowed(c)) {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    /** Surrogates are allowed: the model keeps them in pairs. */
    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
    }
}
