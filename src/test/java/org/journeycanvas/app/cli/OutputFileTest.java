package org.journeycanvas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one rule of every subcommand that writes: an existing file needs --force unless it is an input. */
class OutputFileTest {
    @TempDir
    Path folder;

    @Test
    void anExistingFileIsWrittenOverOnlyWithForceOrWhenItIsAnInput() throws Exception {
        Path map = Files.writeString(folder.resolve("map.journey"), "{}");
        Path other = Files.writeString(folder.resolve("other.journey"), "{}");
        Path sameMapOtherSpelling = folder.resolve("sub").resolve("..").resolve("map.journey");

        assertThat(OutputFile.mayWrite(folder.resolve("new.journey"), false)).isTrue();
        assertThat(OutputFile.mayWrite(other, false, map)).isFalse();
        assertThat(OutputFile.mayWrite(other, false, (Path) null)).isFalse();
        assertThat(OutputFile.mayWrite(other, true, map)).isTrue();
        assertThat(OutputFile.mayWrite(sameMapOtherSpelling, false, other, map)).isTrue();
    }
}
