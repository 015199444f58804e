package org.journeycanvas.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.table.ColumnRole;
import org.journeycanvas.io.table.TableReadException;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Stage;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Texts come back from an export exactly, whatever the spreadsheet format escapes, and tags split as tables do. */
@ExtendWith(InEnglish.class)
class ExcelTextRoundTripTest {
    private static final String ESCAPE_LIKE = "code _x0041_ here";
    private static final String CONTROL = "line\u000Btab\u0001end\uFFFF";

    @TempDir
    Path folder;

    private final JourneyMap map = SampleMaps.threeStages()
            .withStages(List.of(
                    Stage.of("s1", "_x005F_x0042_ stage"), Stage.of("s2", "Consideration"), Stage.of("s3", "Decision")))
            .withLanesMapped(lane -> lane.withCardsMapped(card -> switch (card.id()) {
                case "c1" -> card.withText(ESCAPE_LIKE).withNote(CONTROL);
                case "c2" -> card.withTags(List.of("_x0043_", "a, b"));
                default -> card;
            }));

    @Test
    void anUneditedExportOfEscapeLikeAndControlCharactersGivesNoChange() throws Exception {
        Path file = EditedExport.export(map, folder.resolve("texts.xlsx"));

        assertThat(MapChanges.between(map, read(file))).isEmpty();
        assertThat(read(file).cards().rows()).extracting(row -> row.cell(3)).contains(ESCAPE_LIKE);
    }

    @Test
    void anOlderExportWithoutFingerprintsComparesTheTextsAsWrittenToo() throws Exception {
        Path file;
        try (EditedExport export = EditedExport.of(map, null, folder.resolve("old.xlsx"))) {
            export.forgetFingerprints();
            file = export.save();
        }

        assertThat(MapChanges.between(map, read(file))).isEmpty();
    }

    @Test
    void theOtherSheetsKeepTheTextsToo() throws Exception {
        Path file = EditedExport.export(map, folder.resolve("sheets.xlsx"));
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            DataFormatter formatter = new DataFormatter();
            StringBuilder persona = new StringBuilder();
            for (Row row : book.getSheet("Dana")) {
                row.forEach(
                        cell -> persona.append(formatter.formatCellValue(cell)).append('|'));
            }
            assertThat(persona.toString()).contains(ESCAPE_LIKE, "_x005F_x0042_ stage");
        }
    }

    @Test
    void editedTagsAreSplitAtCommasAndSemicolons() throws Exception {
        Path file;
        try (EditedExport export = EditedExport.of(map, null, folder.resolve("tags.xlsx"))) {
            export.cell("Product demo", ColumnRole.TAGS).setCellValue("pricing; tco, video");
            file = export.save();
        }

        JourneyMap result =
                MapChanges.command(MapChanges.between(map, read(file))).apply(map);

        Card webinar = result.findCard("c3").orElseThrow().card();
        assertThat(webinar.tags()).containsExactly("pricing", "tco", "video");
        assertThat(result.findCard("c2").orElseThrow().card().tags()).containsExactly("_x0043_", "a, b");
    }

    private static ExportedCards read(Path file) throws TableReadException {
        return ExcelRoundTrip.read(file, Progress.NONE).orElseThrow();
    }
}
