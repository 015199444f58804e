package org.journeycanvas.i18n;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Loads a message bundle from the binary form the build writes beside its properties file
 * ({@code src/build/java/.../MessagesToBinary.java}): each key and text read as they are, without parsing. The
 * properties file is parsed only where the binary form is missing or was written from another version of the file,
 * in a build that skipped the step (an IDE's).
 * Written by hand, as JavaFX does for its stylesheets, because parsing the 1,300 lines of a bundle was a part of
 * the first window's start, and kept the other core busy compiling the parser.
 *
 * <p>Like {@link ResourceBundle.Control#getNoFallbackControl}: properties only, and a language without a bundle
 * falls back to the base bundle, not to the system's language.
 */
final class PrecompiledBundles extends ResourceBundle.Control {
    static final PrecompiledBundles CONTROL = new PrecompiledBundles();

    private PrecompiledBundles() {}

    @Override
    public List<String> getFormats(String baseName) {
        return FORMAT_PROPERTIES;
    }

    @Override
    public Locale getFallbackLocale(String baseName, Locale locale) {
        return null;
    }

    @Override
    public ResourceBundle newBundle(String baseName, Locale locale, String format, ClassLoader loader, boolean reload)
            throws IllegalAccessException, InstantiationException, IOException {
        String bundleName = toBundleName(baseName, locale);
        ResourceBundle binary = binary(loader, bundleName);
        return binary != null ? binary : super.newBundle(baseName, locale, format, loader, reload);
    }

    /**
     * The bundle's binary form, or null when there is none, or it was written from another properties file than
     * the one beside it (a build that copied an edited file but did not write the binary form again).
     */
    private ResourceBundle binary(ClassLoader loader, String bundleName) throws IOException {
        InputStream in = loader.getResourceAsStream(toResourceName(bundleName, "bin"));
        if (in == null) {
            return null;
        }
        try (DataInputStream texts = new DataInputStream(new BufferedInputStream(in))) {
            int sourceLength = texts.readInt();
            long sourceCrc = texts.readLong();
            if (!isSource(loader, bundleName, sourceLength, sourceCrc)) {
                return null;
            }
            int count = texts.readInt();
            Map<String, String> read = new HashMap<>(count * 4 / 3 + 1);
            for (int i = 0; i < count; i++) {
                read.put(texts.readUTF(), texts.readUTF());
            }
            return new BinaryBundle(read);
        }
    }

    private boolean isSource(ClassLoader loader, String bundleName, int length, long crc) throws IOException {
        try (InputStream in = loader.getResourceAsStream(toResourceName(bundleName, "properties"))) {
            if (in == null) {
                return false;
            }
            byte[] source = in.readAllBytes();
            CRC32 check = new CRC32();
            check.update(source);
            return source.length == length && check.getValue() == crc;
        }
    }

    /** A bundle read from its binary form. */
    private static final class BinaryBundle extends ResourceBundle {
        private final Map<String, String> texts;

        BinaryBundle(Map<String, String> texts) {
            this.texts = texts;
        }

        @Override
        protected Object handleGetObject(String key) {
            return texts.get(key);
        }

        /** Its own keys and its parent's, as a properties bundle gives them. */
        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(keySet());
        }

        @Override
        protected Set<String> handleKeySet() {
            return texts.keySet();
        }
    }
}
