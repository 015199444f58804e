package org.journeycanvas.i18n;

import java.util.Collections;
import java.util.Enumeration;
import java.util.ResourceBundle;

/**
 * The English texts made to look foreign — accented, a third longer, in brackets: "[Ŝàvé ·····]". A test shows
 * the window in it: a text not from a bundle stays plain English and stands out, and a label that only fits
 * English is cut off. Placeholders ({@code {0}}), quotes and mnemonic underscores are kept as they are.
 */
final class PseudoBundle extends ResourceBundle {
    private static final String PLAIN = "AaCcEeIiNnOoSsUuYy";
    private static final String ACCENTED = "ÀàÇçÉéÎîÑñÖöŜŝÜüÝý";

    private final ResourceBundle english;

    PseudoBundle(ResourceBundle english) {
        this.english = english;
    }

    @Override
    protected Object handleGetObject(String key) {
        return english.containsKey(key) ? pseudo(english.getString(key)) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(english.keySet());
    }

    static String pseudo(String text) {
        StringBuilder out = new StringBuilder("[");
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
            int plain = depth == 0 ? PLAIN.indexOf(c) : -1;
            out.append(plain >= 0 ? ACCENTED.charAt(plain) : c);
        }
        out.append(' ').append("·".repeat(Math.max(2, text.length() / 3))).append(']');
        return out.toString();
    }
}
