package org.journeycanvas.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The binary bundles the build writes hold what the properties files say, and the files still work alone. */
class PrecompiledBundlesTest {
    private static final String BUNDLE = "org.journeycanvas.i18n.messages";

    @Test
    void theBuildWritesABinaryFormOfEveryBundle() {
        for (Locale language : Messages.LANGUAGES) {
            String name = fileName(language);
            assertThat(Messages.class.getResource(name + ".bin")).as(name).isNotNull();
        }
    }

    @Test
    void everyLanguageReadsTheTextsOfItsPropertiesFileWithEnglishForTheRest() throws Exception {
        ResourceBundle english = parsed(Locale.ENGLISH);
        for (Locale language : Messages.LANGUAGES) {
            ResourceBundle own = parsed(language);

            ResourceBundle read = ResourceBundle.getBundle(BUNDLE, language, PrecompiledBundles.CONTROL);

            Set<String> keys = new HashSet<>(english.keySet());
            keys.addAll(own.keySet());
            assertThat(read.keySet()).as(language.toString()).isEqualTo(keys);
            for (String key : keys) {
                String expected = own.containsKey(key) ? own.getString(key) : english.getString(key);
                assertThat(read.getString(key)).as(key).isEqualTo(expected);
            }
        }
    }

    @Test
    void withoutTheBinaryFormThePropertiesFileIsRead() throws Exception {
        ClassLoader withoutBinaries = new ClassLoader(PrecompiledBundlesTest.class.getClassLoader()) {
            @Override
            public InputStream getResourceAsStream(String name) {
                return name.endsWith(".bin") ? null : super.getResourceAsStream(name);
            }
        };

        ResourceBundle german =
                PrecompiledBundles.CONTROL.newBundle(BUNDLE, Locale.GERMAN, "java.properties", withoutBinaries, false);

        assertThat(german).isInstanceOf(PropertyResourceBundle.class);
        assertThat(german.keySet()).isEqualTo(parsed(Locale.GERMAN).keySet());
    }

    /** The name of a language's bundle files: English is the base bundle, {@code messages}. */
    private static String fileName(Locale language) {
        return PrecompiledBundles.CONTROL.toBundleName(
                "messages", language.equals(Locale.ENGLISH) ? Locale.ROOT : language);
    }

    /** A language's own properties file, parsed as Java parses bundles. */
    private static ResourceBundle parsed(Locale language) throws Exception {
        String name = fileName(language) + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            return new PropertyResourceBundle(in);
        }
    }
}
