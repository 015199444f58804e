package org.journeycanvas.build;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * Writes each stylesheet under the given folder (the windows', not the HTML export's) in JavaFX's binary form beside it, as
 * a {@code .bss} file. JavaFX loads the binary one in place of the text when both are there, which spares the
 * start-up parsing the stylesheets; a build without this step (an IDE's) still works from the text.
 *
 * <p>A build program: the build runs it from source (one file, no compiling step) on the compiled classes
 * folder, with the app's libraries on the class path for JavaFX.
 */
public final class StylesheetsToBinary {
    private StylesheetsToBinary() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        List<Path> stylesheets;
        try (Stream<Path> files = Files.walk(folder)) {
            stylesheets = files.filter(file -> file.toString().endsWith(".css")).collect(Collectors.toList());
        }
        for (Path css : stylesheets) {
            String name = css.getFileName().toString();
            File bss = css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss")
                    .toFile();
            Stylesheet.convertToBinary(css.toFile(), bss);
        }
    }
}
