package org.journeycanvas.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every language has every text, with the same placeholders, and every text is used by the app. */
class BundlesTest {
    private static final Path BUNDLES = Path.of("src/main/resources/org/journeycanvas/i18n");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern LITERAL = Pattern.compile("\"([a-zA-Z][\\w.-]*)\"|%([a-zA-Z][\\w.-]*)");

    @Test
    void everyLanguageHasEveryKeyAndNoOther() throws IOException {
        Set<String> english = load(Locale.ENGLISH).stringPropertyNames();
        for (Locale language : Messages.LANGUAGES) {
            Set<String> keys = load(language).stringPropertyNames();
            assertThat(difference(english, keys)).as("missing in " + language).isEmpty();
            assertThat(difference(keys, english)).as("only in " + language).isEmpty();
        }
    }

    @Test
    void everyTextIsAValidPatternNotBlankWithTheSamePlaceholdersAsInEnglish() throws IOException {
        Properties english = load(Locale.ENGLISH);
        List<String> wrong = new ArrayList<>();
        for (Locale language : Messages.LANGUAGES) {
            Properties texts = load(language);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                new MessageFormat(text, language);
                if (text.isBlank()) {
                    wrong.add(language + " " + key + ": blank");
                }
                if (english.containsKey(key) && !placeholders(text).equals(placeholders(english.getProperty(key)))) {
                    wrong.add(language + " " + key + ": " + text);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyKeyIsUsedByTheApp() throws IOException {
        Set<String> literals = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(
                Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/resources/org/journeycanvas")))) {
            for (Path file : files.filter(
                            f -> f.toString().endsWith(".java") || f.toString().endsWith(".fxml"))
                    .toList()) {
                Matcher matcher = LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    literals.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                }
            }
        }
        List<String> unused = load(Locale.ENGLISH).stringPropertyNames().stream()
                .filter(key -> !used(key, literals))
                .sorted()
                .toList();
        assertThat(unused).isEmpty();
    }

    /**
     * A key is used where the code names it, names it without its plural form ({@code count.cards} for
     * {@code count.cards.one}), or builds it from a named prefix and an enum constant ({@code "channel." +
     * channel.name()}).
     */
    private static boolean used(String key, Set<String> literals) {
        if (literals.contains(key) || literals.contains(key.replaceFirst("\\.(zero|one|other)$", ""))) {
            return true;
        }
        return literals.stream().anyMatch(literal -> literal.endsWith(".") && key.startsWith(literal));
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Properties load(Locale language) throws IOException {
        String suffix = language.equals(Locale.ENGLISH) ? "" : "_" + language.getLanguage();
        Properties properties = new Properties();
        try (Reader reader =
                Files.newBufferedReader(BUNDLES.resolve("messages" + suffix + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
