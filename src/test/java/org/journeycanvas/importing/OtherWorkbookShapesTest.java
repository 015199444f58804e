package org.journeycanvas.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.table.ColumnRole;
import org.journeycanvas.io.table.TableReadException;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.journeycanvas.testing.XlsCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** An export whose sheets were renamed, or that was saved in the older .xls format, still comes back. */
@ExtendWith(InEnglish.class)
class OtherWorkbookShapesTest {
    @TempDir
    Path folder;

    private final JourneyMap sample = SampleMaps.threeStages();

    @Test
    void renamedCardsAndOverviewSheetsAreFoundByTheirHiddenIdColumns() throws Exception {
        Path file;
        try (EditedExport export = EditedExport.of(sample, null, folder.resolve("renamed.xlsx"))) {
            export.cell("Analyst report", ColumnRole.TEXT).setCellValue("Analyst report 2026");
            export.renameStage("Consideration", "Evaluation");
            export.renameSheet("Cards", "Interviews");
            export.renameSheet("Overview", "Summary");
            file = export.save();
        }

        assertThat(MapChanges.between(sample, read(file)))
                .extracting(MapChange::description)
                .containsExactlyInAnyOrder(
                        "Stage \"Consideration\" renamed \"Evaluation\"",
                        "Card \"Analyst report\": text \"Analyst report\" → \"Analyst report 2026\"");
    }

    @Test
    void anExportSavedAsXlsIsRecognisedAndComesBackUnchanged() throws Exception {
        Path xlsx;
        try (EditedExport export = EditedExport.of(sample, null, folder.resolve("edited.xlsx"))) {
            export.cell("Curious", ColumnRole.SCORE).setCellValue(-1.0);
            xlsx = export.save();
        }
        Path xls = XlsCopy.of(xlsx, folder.resolve("edited.xls"));

        assertThat(MapChanges.between(sample, read(xls)))
                .extracting(MapChange::description)
                .containsExactly("Card \"Curious\": score +1 → -1");
        assertThat(MapChanges.between(
                        sample,
                        read(XlsCopy.of(
                                EditedExport.export(sample, folder.resolve("plain.xlsx")),
                                folder.resolve("plain.xls")))))
                .isEmpty();
    }

    private static ExportedCards read(Path file) throws TableReadException {
        return ExcelRoundTrip.read(file, Progress.NONE).orElseThrow();
    }
}
