package org.journeycanvas.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.table.ColumnRole;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export saved again by LibreOffice (which rewrites every cell, its numbers and its hidden flags) comes back
 * with exactly the edits in it. Skipped where LibreOffice is not installed.
 */
@ExtendWith(InEnglish.class)
class LibreOfficeRoundTripTest {
    @TempDir
    Path folder;

    private final JourneyMap sample = SampleMaps.threeStages();

    @Test
    void anExportSavedByLibreOfficeAsOdsAndBackComesBackUnchanged() throws Exception {
        Path exported = EditedExport.export(sample, folder.resolve("map.xlsx"));

        Path ods = convert(exported, "ods", folder.resolve("ods"));
        Path xlsx = convert(ods, "xlsx", folder.resolve("xlsx"));

        assertThat(MapChanges.between(
                        sample, ExcelRoundTrip.read(xlsx, Progress.NONE).orElseThrow()))
                .isEmpty();
    }

    @Test
    void editsSavedAgainByLibreOfficeComeBackAsThoseEdits() throws Exception {
        Path edited;
        try (EditedExport export = EditedExport.of(sample, null, folder.resolve("edited.xlsx"))) {
            export.cell("Curious", ColumnRole.SCORE).setCellValue(-2.0);
            export.cell("Product demo", ColumnRole.NOTE).setCellValue("Ask for the fleet size first");
            export.renameStage("Decision", "Purchase");
            edited = export.save();
        }

        Path xlsx = convert(edited, "xlsx", folder.resolve("saved"));

        assertThat(MapChanges.between(
                        sample, ExcelRoundTrip.read(xlsx, Progress.NONE).orElseThrow()))
                .extracting(MapChange::description)
                .containsExactlyInAnyOrder(
                        "Card \"Curious\": score +1 → -2",
                        "Card \"Product demo\": note \"\" → \"Ask for the fleet size first\"",
                        "Stage \"Decision\" renamed \"Purchase\"");
    }

    /** Converts a file with LibreOffice in its own profile (so parallel runs do not share one) into a folder. */
    private Path convert(Path file, String format, Path outFolder) throws IOException, InterruptedException {
        String soffice = soffice();
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        Files.createDirectories(outFolder);
        Process process = new ProcessBuilder(
                        soffice,
                        "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                        "--headless",
                        "--convert-to",
                        format,
                        "--outdir",
                        outFolder.toString(),
                        file.toString())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("soffice.log").toFile())
                .start();
        // Not a measure of speed: only that a stuck LibreOffice does not hang the build.
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish converting " + file);
        }
        String name = file.getFileName().toString();
        Path converted = outFolder.resolve(name.substring(0, name.lastIndexOf('.') + 1) + format);
        assertThat(converted)
                .as("LibreOffice's output: %s", Files.readString(folder.resolve("soffice.log")))
                .exists();
        return converted;
    }

    private static String soffice() {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("soffice", "soffice.exe")) {
                if (Files.isExecutable(Path.of(directory, name))) {
                    return Path.of(directory, name).toString();
                }
            }
        }
        return null;
    }
}
