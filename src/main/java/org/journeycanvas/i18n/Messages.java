package org.journeycanvas.i18n;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts users see, by key, from the {@code messages} resource bundles next to this class (one UTF-8
 * {@code .properties} file per language), so that no text is written into the code. Patterns are
 * {@link MessageFormat}s: {@code {0}} is a placeholder, and a quote is written twice ({@code Don''t}).
 *
 * <p>A text with a count has one entry per plural form of the language, {@code KEY.one} and {@code KEY.other},
 * and may add {@code KEY.zero} for a count of 0 ("No matches"); its {@code {0}} is the count.
 *
 * <p>The interface language is chosen once, at start ({@link #use}); a key missing in a language falls back
 * to English, the base bundle.
 */
public final class Messages {
    private static final String BUNDLE_NAME = "org.journeycanvas.i18n.messages";

    /** The languages the interface speaks, English (the base bundle) first. */
    public static final List<Locale> LANGUAGES =
            List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("es"));

    /** A made-up language for tests: every text accented and padded, so one not taken from a bundle stands out. */
    public static final Locale PSEUDO = Locale.forLanguageTag("en-XA");

    private static volatile ResourceBundle bundle = load(Locale.ENGLISH);
    /**
     * The language spoken, with each of its patterns parsed once: the status bar and menus format the same few
     * after every edit. One field, so a pattern is never parsed for another language than it was read in.
     */
    private static volatile Speaking speaking = new Speaking(Locale.ENGLISH);

    /**
     * {@code numbers} writes the numbers that fill a bare placeholder ({@code {0}}): MessageFormat would look the
     * language's number format up for each of them at every call, the slowest part of a status bar update.
     */
    private record Speaking(Locale language, Map<String, MessageFormat> formats, NumberFormat numbers) {
        Speaking(Locale language) {
            this(language, new ConcurrentHashMap<>(), NumberFormat.getInstance(language));
        }
    }

    private Messages() {}

    /** Speaks the supported language closest to {@code requested} from now on (English when none is close). */
    public static void use(Locale requested) {
        Locale chosen = supported(requested);
        bundle = load(chosen);
        speaking = new Speaking(chosen);
    }

    /** The language spoken now: one of {@link #LANGUAGES}, or {@link #PSEUDO}. */
    public static Locale language() {
        return speaking.language();
    }

    /** The supported language closest to {@code requested}: same language, else English. */
    public static Locale supported(Locale requested) {
        if (PSEUDO.equals(requested)) {
            return PSEUDO;
        }
        return LANGUAGES.stream()
                .filter(candidate -> candidate.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }

    /** The bundle of the language spoken now, for FXML's {@code %key} texts. */
    public static ResourceBundle bundle() {
        return bundle;
    }

    /** The bundle of any language, whichever is spoken now, read as the interface's own is. */
    public static ResourceBundle bundle(Locale language) {
        return load(language);
    }

    /** The text for a key, its placeholders filled in: {@code get("status.opened", "fleet.journey")}. */
    public static String get(String key, Object... arguments) {
        String pattern = pattern(key);
        return arguments.length == 0 ? unquoted(pattern) : format(pattern, arguments);
    }

    /** The text for a count in its plural form: {@code plural("count.cards", 3)} is "3 cards". */
    public static String plural(String key, long count) {
        String form = count == 0 && bundle.containsKey(key + ".zero") ? "zero" : category(count);
        return format(pattern(key + "." + form), new Object[] {count});
    }

    /**
     * The plural form of a count. English, German and Spanish say "1 card, 0 cards"; French counts 0 and 1 as
     * one ("0 carte, 1 carte, 2 cartes").
     */
    private static String category(long count) {
        if (language().getLanguage().equals("fr")) {
            return count <= 1 ? "one" : "other";
        }
        return count == 1 ? "one" : "other";
    }

    /** A pattern without placeholders read as MessageFormat reads it: a doubled quote is one quote. */
    private static String unquoted(String pattern) {
        return pattern.indexOf('\'') < 0 ? pattern : format(pattern, new Object[0]);
    }

    private static String format(String pattern, Object[] arguments) {
        Speaking now = speaking;
        MessageFormat format =
                now.formats().computeIfAbsent(pattern, parsed -> new MessageFormat(parsed, now.language()));
        // A MessageFormat is not safe to use from two threads at once; exports format on threads of their own.
        synchronized (format) {
            return format.format(withNumbersWritten(format.getFormatsByArgumentIndex(), arguments, now.numbers()));
        }
    }

    /**
     * The arguments, each number that fills a bare placeholder written as MessageFormat would write it: with the
     * language's number format (the same for every call, so kept).
     */
    private static Object[] withNumbersWritten(Format[] placeholders, Object[] arguments, NumberFormat numbers) {
        Object[] written = arguments;
        for (int i = 0; i < Math.min(placeholders.length, arguments.length); i++) {
            if (placeholders[i] == null && arguments[i] instanceof Number number) {
                if (written == arguments) {
                    written = arguments.clone();
                }
                synchronized (numbers) {
                    written[i] = numbers.format(number);
                }
            }
        }
        return written;
    }

    private static String pattern(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message \"" + key + "\"", e);
        }
    }

    private static ResourceBundle load(Locale chosen) {
        if (PSEUDO.equals(chosen)) {
            return new PseudoBundle(load(Locale.ENGLISH));
        }
        return ResourceBundle.getBundle(BUNDLE_NAME, chosen, PrecompiledBundles.CONTROL);
    }
}
