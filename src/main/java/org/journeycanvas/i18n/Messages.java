package org.journeycanvas.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts users see, by key, from the {@code messages} resource bundle next to this class, so that every
 * language is a bundle and no text is assembled by hand in the code. Patterns are {@link MessageFormat}s:
 * {@code {0}} is a placeholder, and a quote is written twice ({@code Don''t}).
 *
 * <p>A text with a count has one entry per plural form, {@code KEY.one} and {@code KEY.other} in English,
 * and may add {@code KEY.zero} for a count of 0 ("No matches"); its {@code {0}} is the count.
 */
public final class Messages {
    /** The interface language; English is the only one so far. */
    private static final Locale LANGUAGE = Locale.ENGLISH;

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(
            "org.journeycanvas.i18n.messages",
            LANGUAGE,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Messages() {}

    /** The text for a count in its plural form: {@code plural("count.cards", 3)} is "3 cards". */
    public static String plural(String key, long count) {
        String form = count == 0 && BUNDLE.containsKey(key + ".zero") ? "zero" : category(count);
        return new MessageFormat(pattern(key + "." + form), LANGUAGE).format(new Object[] {count});
    }

    /** English has two plural forms; other languages have other rules (Polish, for one, has four forms). */
    private static String category(long count) {
        return count == 1 ? "one" : "other";
    }

    private static String pattern(String key) {
        try {
            return BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message \"" + key + "\"", e);
        }
    }
}
