package org.journeycanvas.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The binary bundles the build writes hold what the properties files say, and the files still work alone. */
class PrecompiledBundlesTest {
    private static final String BUNDLE = "org.journeycanvas.i18n.messages";
    private static final ClassLoader LOADER = PrecompiledBundlesTest.class.getClassLoader();

    @Test
    void theBuildWritesABinaryFormOfEveryBundle() {
        for (Locale language : Messages.LANGUAGES) {
            String name = fileName(language);
            assertThat(Messages.class.getResource(name + ".bin")).as(name).isNotNull();
        }
    }

    @Test
    void everyBinaryFormHoldsTheTextsOfItsPropertiesFile() throws Exception {
        ResourceBundle english = parsed(Locale.ENGLISH);
        for (Locale language : Messages.LANGUAGES) {
            ResourceBundle own = parsed(language);

            // Read directly: the JDK's cache of bundles does not tell apart bundles read by other controls.
            ResourceBundle read = PrecompiledBundles.CONTROL.newBundle(
                    BUNDLE, language.equals(Locale.ENGLISH) ? Locale.ROOT : language, "java.properties", LOADER, false);
            ResourceBundle base =
                    PrecompiledBundles.CONTROL.newBundle(BUNDLE, Locale.ROOT, "java.properties", LOADER, false);
            assertThat(read.getClass().getSimpleName()).isEqualTo("BinaryBundle");

            assertThat(read.keySet()).as(language.toString()).isEqualTo(own.keySet());
            for (String key : own.keySet()) {
                assertThat(read.getString(key)).as(key).isEqualTo(own.getString(key));
            }
            assertThat(base.keySet()).isEqualTo(english.keySet());
        }
    }

    @Test
    void aLanguageFallsBackToEnglishForTheTextsItLacks() {
        ResourceBundle german = ResourceBundle.getBundle(BUNDLE, Locale.GERMAN, PrecompiledBundles.CONTROL);

        assertThat(german.keySet())
                .containsAll(Collections.list(parsedQuietly(Locale.ENGLISH).getKeys()));
    }

    @Test
    void aBinaryFormWrittenFromAnotherVersionOfTheFileIsNotRead() throws Exception {
        ClassLoader editedProperties = new ClassLoader(LOADER) {
            @Override
            public InputStream getResourceAsStream(String name) {
                if (name.endsWith("messages_de.properties")) {
                    return new ByteArrayInputStream("menu.file=Datei (geändert)\n".getBytes(StandardCharsets.UTF_8));
                }
                return super.getResourceAsStream(name);
            }
        };

        ResourceBundle german =
                PrecompiledBundles.CONTROL.newBundle(BUNDLE, Locale.GERMAN, "java.properties", editedProperties, false);

        // Read from the properties file, not from the binary form written from the other version.
        assertThat(german).isInstanceOf(PropertyResourceBundle.class);
    }

    @Test
    void withoutTheBinaryFormThePropertiesFileIsRead() throws Exception {
        ClassLoader withoutBinaries = new ClassLoader(LOADER) {
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

    private static ResourceBundle parsedQuietly(Locale language) {
        try {
            return parsed(language);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A language's own properties file, parsed as Java parses bundles. */
    private static ResourceBundle parsed(Locale language) throws Exception {
        String name = fileName(language) + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            return new PropertyResourceBundle(in);
        }
    }
}
