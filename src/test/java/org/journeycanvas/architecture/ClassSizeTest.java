package org.journeycanvas.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps classes small enough to read in one sitting: a class that outgrows this is doing more than one thing. */
class ClassSizeTest {
    private static final int MAX_LINES = 400;

    @Test
    void noSourceFileUnderSrcMainIsOver400Lines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            tooLong = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> lines(file) > MAX_LINES)
                    .map(file -> file + " (" + lines(file) + " lines)")
                    .toList();
        }
        assertThat(tooLong).isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
