package org.journeycanvas.build;

import java.io.ByteArrayInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UTFDataFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.PropertyResourceBundle;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Writes each message bundle under the given folder ({@code messages*.properties}) beside it in the binary form
 * the app reads without parsing ({@code org.journeycanvas.i18n.PrecompiledBundles}): the properties file's length
 * and CRC-32 (the app reads a binary form only while they still match its file), the number of texts, then each key
 * and text as {@link DataOutputStream#writeUTF}. The texts are read as the app would read the properties file
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
            byte[] source = Files.readAllBytes(properties);
            PropertyResourceBundle texts = new PropertyResourceBundle(new ByteArrayInputStream(source));
            CRC32 crc = new CRC32();
            crc.update(source);
            String name = properties.getFileName().toString();
            Path binary = properties.resolveSibling(name.substring(0, name.length() - ".properties".length()) + ".bin");
            try (OutputStream file = Files.newOutputStream(binary);
                    DataOutputStream out = new DataOutputStream(file)) {
                out.writeInt(source.length);
                out.writeLong(crc.getValue());
                TreeSet<String> keys = new TreeSet<>(texts.keySet());
                out.writeInt(keys.size());
                for (String key : keys) {
                    try {
                        out.writeUTF(key);
                        out.writeUTF(texts.getString(key));
                    } catch (UTFDataFormatException e) {
                        throw new IOException(properties + ": the text of " + key + " is longer than 65,535 bytes", e);
                    }
                }
            }
        }
    }
}
