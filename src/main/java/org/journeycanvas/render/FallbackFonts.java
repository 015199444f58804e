package org.journeycanvas.render;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.journeycanvas.layout.TextStyle;

/**
 * Finds an installed font for letters the embedded one lacks (Hangul, Thai, Han, Arabic…). Java's own
 * "SansSerif" claims every letter but on some systems draws empty boxes for whole scripts, so each letter's
 * script gets the first installed sans-serif face whose character map really has it; only where none has it
 * does the composite font answer.
 */
public final class FallbackFonts {
    private static List<String> families;
    private static final Map<Character.UnicodeScript, String> BY_SCRIPT = new HashMap<>();

    private FallbackFonts() {}

    /** The family that draws a letter, or {@link Font#SANS_SERIF} when no installed face has it. */
    public static synchronized String familyFor(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        String known = BY_SCRIPT.get(script);
        if (known != null && new Font(known, Font.PLAIN, 1).canDisplay(codePoint)) {
            return known;
        }
        for (String family : families()) {
            if (new Font(family, Font.PLAIN, 1).canDisplay(codePoint)) {
                BY_SCRIPT.putIfAbsent(script, family);
                return family;
            }
        }
        return Font.SANS_SERIF;
    }

    /** A family that draws every letter of a text, or the composite font. */
    public static synchronized String familyFor(String text) {
        String first = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (!Character.isWhitespace(codePoint) && Character.getType(codePoint) != Character.NON_SPACING_MARK) {
                first = familyFor(codePoint);
                break;
            }
        }
        if (first != null && new Font(first, Font.PLAIN, 1).canDisplayUpTo(text) == -1) {
            return first;
        }
        for (String family : families()) {
            if (new Font(family, Font.PLAIN, 1).canDisplayUpTo(text) == -1) {
                return family;
            }
        }
        return Font.SANS_SERIF;
    }

    public static Font font(String family, TextStyle style) {
        return new Font(family, style.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) style.size());
    }

    /** The installed families, plain sans-serif text faces first, symbol, monospace and serif faces last. */
    private static synchronized List<String> families() {
        if (families == null) {
            List<String> installed = new ArrayList<>(List.of(
                    GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT)));
            installed.removeIf(family -> family.equals(Font.SANS_SERIF)
                    || family.equals(Font.SERIF)
                    || family.equals(Font.MONOSPACED)
                    || family.equals(Font.DIALOG)
                    || family.equals(Font.DIALOG_INPUT));
            installed.sort(Comparator.comparingInt(FallbackFonts::preference).thenComparing(family -> family));
            families = installed;
        }
        return families;
    }

    private static int preference(String family) {
        String name = family.toLowerCase(Locale.ROOT);
        if (name.contains("mono") || name.contains("coding") || name.contains("emoji") || name.contains("symbol")) {
            return 4;
        }
        if (name.contains("serif") && !name.contains("sans")
                || name.contains("myeongjo")
                || name.contains("mincho")
                || name.contains("song")) {
            return 3;
        }
        if (name.startsWith("noto sans") || name.startsWith("dejavu sans")) {
            return 0;
        }
        return name.contains("sans") || name.contains("gothic") ? 1 : 2;
    }
}
