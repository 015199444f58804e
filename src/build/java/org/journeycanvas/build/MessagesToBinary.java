package org.journeycanvas.build;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.PropertyResourceBundle;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes each message bundle under the given folder ({@code messages*.properties}) beside it in the binary form
 * the app reads without parsing ({@code org.journeycanvas.i18n.PrecompiledBundles}): the number of texts, then each
 * key and text as {@link DataOutputStream#writeUTF}. The texts are read as the app would read the properties file
 * itself ({@link PropertyResourceBundle}), so both forms hold the same.
 *
 * <p>A build program: the build runs it from source on the compiled classes folder.
 */
public final class MessagesToBinary {
    private MessagesToBinary() {}

    public static void main(String[] args) throws IOException {
        List<Path> bundles;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            bundles = files.filter(file -> file.getFileName().toString().matches("messages.*\\.properties"))
                    .collect(Collectors.toList());
        }
        for (Path properties : bundles) {
            PropertyResourceBundle texts;
            try (InputStream in = Files.newInputStream(properties)) {
                texts = new PropertyResourceBundle(in);
            }
            String name = properties.getFileName().toString();
            Path binary = properties.resolveSibling(name.substring(0, name.length() - ".properties".length()) + ".bin");
            try (OutputStream file = Files.newOutputStream(binary);
                    DataOutputStream out = new DataOutputStream(file)) {
                TreeSet<String> keys = new TreeSet<>(texts.keySet());
                out.writeInt(keys.size());
                for (String key : keys) {
                    out.writeUTF(key);
                    out.writeUTF(texts.getString(key));
                }
            }
        }
    }
}
