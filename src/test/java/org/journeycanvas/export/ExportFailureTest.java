package org.journeycanvas.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.journeycanvas.io.Progress;
import org.journeycanvas.layout.PersonaComparison;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.OpportunityMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Every export says why it failed the same way: the chosen file and a reason, never the temporary file. */
@ExtendWith(InEnglish.class)
class ExportFailureTest {
    private static final Path TARGET = Path.of("out", "matrix.pdf");
    private static final Path TEMPORARY = Path.of("out", ".matrix.pdf.123.tmp");

    @TempDir
    Path folder;

    @Test
    void eachKindOfFailureHasItsReason() {
        assertThat(message(new AccessDeniedException(TEMPORARY.toString())))
                .isEqualTo(TARGET + ": cannot write here: permission denied");
        assertThat(message(new NoSuchFileException(TEMPORARY.toString())))
                .isEqualTo(TARGET + ": cannot write here: the folder does not exist");
        assertThat(message(new OutOfMemoryError("Java heap space")))
                .isEqualTo(TARGET + ": the export needs more memory than the app has;"
                        + " try a smaller scale or one persona at a time");
        assertThat(message(new IOException("No space left on device")))
                .isEqualTo(TARGET + ": cannot write the export: No space left on device");
        assertThat(message(new IllegalStateException("font"))).contains("IllegalStateException: font");
    }

    @Test
    void aFileSystemFailureGivesItsReasonWithoutTheTemporaryFile() {
        String message = message(new FileSystemException(TEMPORARY.toString(), null, "Disk quota exceeded"));

        assertThat(message).isEqualTo(TARGET + ": cannot write the export: Disk quota exceeded");
        assertThat(message).doesNotContain(".tmp");
    }

    @Test
    void theMapAndThePersonaComparisonSayAMissingFolderAlike() {
        Path missing = folder.resolve("no such folder");
        Path png = missing.resolve("map.png");
        Path comparison = missing.resolve("comparison.png");

        assertThatThrownBy(() ->
                        new MapExport().export(OpportunityMaps.ranked(), ExportRequest.DEFAULT, png, Progress.NONE))
                .isInstanceOf(ExportException.class)
                .hasMessage(png + ": cannot write here: the folder does not exist");
        assertThatThrownBy(() ->
                        PersonaComparisonPng.write(OpportunityMaps.ranked(), PersonaComparison.Curve.AS_IS, comparison))
                .isInstanceOf(ExportException.class)
                .hasMessage(comparison + ": cannot write here: the folder does not exist");
    }

    private static String message(Throwable failure) {
        return ExportFailure.explain(TARGET, failure).getMessage();
    }
}
