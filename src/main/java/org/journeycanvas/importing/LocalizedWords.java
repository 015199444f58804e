package org.journeycanvas.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.journeycanvas.i18n.Messages;

/**
 * The words a table may use for something the app names, in every interface language at once: a table made by
 * a German team is read the same by an English interface. Words are compared {@link #normalized}.
 */
final class LocalizedWords {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private LocalizedWords() {}

    /** A key's text in each interface language, as written (a pattern's doubled quote is one quote). */
    static List<String> texts(String key) {
        List<String> texts = new ArrayList<>();
        for (Locale language : Messages.LANGUAGES) {
            try {
                texts.add(bundle(language).getString(key).replace("''", "'"));
            } catch (MissingResourceException e) {
                // a language without the key says it as English does, which is already in the list
            }
        }
        return texts;
    }

    /** A key's comma-separated words in each interface language. */
    static List<String> wordLists(String key) {
        List<String> words = new ArrayList<>();
        for (String text : texts(key)) {
            for (String word : text.split(",")) {
                if (!word.isBlank()) {
                    words.add(word.strip());
                }
            }
        }
        return words;
    }

    /** A word as compared: lower case, without accents, spaces or punctuation ("Journey-Phase" is "journeyphase"). */
    static String normalized(String word) {
        String ascii = asciiNormalized(word);
        if (ascii != null) {
            return ascii;
        }
        String withoutAccents =
                MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
        return NOT_LETTER_OR_DIGIT
                .matcher(withoutAccents.toLowerCase(Locale.ROOT))
                .replaceAll("");
    }

    /** The common case without the cost of Unicode normalization, or null when the word is not plain ASCII. */
    private static String asciiNormalized(String word) {
        StringBuilder kept = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (c >= 'A' && c <= 'Z') {
                kept.append((char) (c + ('a' - 'A')));
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static ResourceBundle bundle(Locale language) {
        return Messages.bundle(language);
    }
}
