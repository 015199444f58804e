package org.journeycanvas.app.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The texts of files, exports, templates and the command line are in every language, with the English
 * placeholders, and each is a valid pattern; read from the files themselves, so that a key missing in a language
 * is not hidden by the fallback to English.
 */
class FileAndCommandLineTextsTest {
    private static final Pattern MINE = Pattern.compile("(cli|file|photo|export|template)\\..*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es"})
    void everyTextIsTranslatedWithTheSamePlaceholders(String language) throws Exception {
        Properties english = load("messages.properties");
        Properties translated = load("messages_" + language + ".properties");
        Set<String> keys = new TreeSet<>();
        english.stringPropertyNames().stream()
                .filter(key -> MINE.matcher(key).matches())
                .forEach(keys::add);
        assertThat(keys).hasSizeGreaterThan(100);
        Set<String> theirs = new TreeSet<>();
        translated.stringPropertyNames().stream()
                .filter(key -> MINE.matcher(key).matches())
                .forEach(theirs::add);
        assertThat(theirs).isEqualTo(keys);
        for (String key : keys) {
            String text = translated.getProperty(key);
            new MessageFormat(text, Locale.forLanguageTag(language));
            assertThat(placeholders(text)).as(key).isEqualTo(placeholders(english.getProperty(key)));
            assertThat(text).as(key).isNotBlank();
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = FileAndCommandLineTextsTest.class.getResourceAsStream("/org/journeycanvas/i18n/" + name);
                Reader reader = new InputStreamReader(in, UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
