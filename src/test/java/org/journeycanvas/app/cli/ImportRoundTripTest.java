package org.journeycanvas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.io.MapFileWriter;
import org.journeycanvas.io.table.ColumnRole;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code import EDITED.xlsx --into MAP}: an edited Excel export of that map brings back its changes. */
@ExtendWith(InEnglish.class)
class ImportRoundTripTest {
    @TempDir
    Path folder;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @Test
    void anEditedExportOfTheMapBringsBackItsChangesAndDeletesOnlyWhenAsked() throws Exception {
        Path map = folder.resolve("fleet.journey");
        new MapFileWriter().write(SampleMaps.threeStages(), map);
        Path workbook = folder.resolve("fleet.xlsx");
        assertThat(run("export", map.toString(), "--format", "xlsx", "-o", workbook.toString()))
                .isEqualTo(JourneyCanvasCli.OK);
        edit(workbook);

        Path edited = folder.resolve("fleet-edited.journey");
        assertThat(run("import", workbook.toString(), "--into", map.toString(), "-o", edited.toString()))
                .as(err.toString())
                .isEqualTo(JourneyCanvasCli.OK);

        assertThat(out.toString().lines())
                .containsExactly(
                        "applied: Card \"Industry webinar\": text \"Industry webinar\" → \"Industry webinar (recorded)\"",
                        "not applied (add --delete-missing to apply it): Card \"Product demo\" deleted from Dana / "
                                + "Consideration / Touchpoints",
                        edited + ": 1 change applied from the edited export " + workbook);
        JourneyMap result = new MapFileReader().read(edited);
        assertThat(result.findCard("c1").orElseThrow().card().text()).isEqualTo("Industry webinar (recorded)");
        assertThat(result.findCard("c3"))
                .as("not deleted without --delete-missing")
                .isPresent();
        assertThat(result.stages()).hasSize(3);

        assertThat(run(
                        "import",
                        workbook.toString(),
                        "--into",
                        map.toString(),
                        "-o",
                        map.toString(),
                        "--delete-missing"))
                .isEqualTo(JourneyCanvasCli.OK);
        assertThat(out.toString().lines())
                .hasSize(3)
                .last()
                .isEqualTo(map + ": 2 changes applied from the edited export " + workbook);
        JourneyMap inPlace = new MapFileReader().read(map);
        assertThat(inPlace.findCard("c3")).isEmpty();
        assertThat(inPlace.findCard("c1").orElseThrow().card().text()).isEqualTo("Industry webinar (recorded)");
    }

    @Test
    void anExportOfAnotherMapIsAddedLikeAnyTable() throws Exception {
        Path other = folder.resolve("other.journey");
        new MapFileWriter().write(SampleMaps.threeStages(), other);
        Path workbook = folder.resolve("other.xlsx");
        assertThat(run("export", other.toString(), "--format", "xlsx", "-o", workbook.toString()))
                .isEqualTo(JourneyCanvasCli.OK);
        Path map = folder.resolve("mine.journey");
        JourneyMap sample = SampleMaps.threeStages();
        new MapFileWriter().write(new JourneyMap("m2", sample.title(), "", sample.stages(), sample.personas()), map);

        int code = run(
                "import",
                workbook.toString(),
                "--sheet",
                Messages.get("export.excel.sheet.cards"),
                "--into",
                map.toString(),
                "-o",
                map.toString());

        assertThat(code).as(err.toString()).isEqualTo(JourneyCanvasCli.OK);
        assertThat(out.toString()).contains(": added from " + workbook);
        assertThat(new MapFileReader().read(map).cardCount())
                .isEqualTo(2 * SampleMaps.threeStages().cardCount());
    }

    @Test
    void anExportImportedAsANewMapBringsItsCardsNotItsOverview() throws Exception {
        Path other = folder.resolve("other.journey");
        new MapFileWriter().write(SampleMaps.threeStages(), other);
        Path workbook = folder.resolve("other.xlsx");
        assertThat(run("export", other.toString(), "--format", "xlsx", "-o", workbook.toString()))
                .isEqualTo(JourneyCanvasCli.OK);
        Path copy = folder.resolve("copy.journey");

        assertThat(run("import", workbook.toString(), "-o", copy.toString()))
                .as(err.toString())
                .isEqualTo(JourneyCanvasCli.OK);

        JourneyMap read = new MapFileReader().read(copy);
        assertThat(read.cardCount()).isEqualTo(SampleMaps.threeStages().cardCount());
        // the stages that have cards: the cards sheet is the table
        assertThat(read.stages()).extracting(stage -> stage.name()).containsExactly("Awareness", "Consideration");
    }

    @Test
    void anExportSavedAsXlsIsStillRecognisedAsTheMapsExport() throws Exception {
        Path map = folder.resolve("fleet.journey");
        new MapFileWriter().write(SampleMaps.threeStages(), map);
        Path workbook = folder.resolve("fleet.xlsx");
        assertThat(run("export", map.toString(), "--format", "xlsx", "-o", workbook.toString()))
                .isEqualTo(JourneyCanvasCli.OK);
        edit(workbook);
        // the reader goes by the content, so the name alone is what the check of the extension sees
        Path xls = Files.copy(workbook, folder.resolve("fleet.xls"));

        assertThat(run("import", xls.toString(), "--into", map.toString(), "-o", map.toString()))
                .as(err.toString())
                .isEqualTo(JourneyCanvasCli.OK);

        assertThat(out.toString()).contains("1 change applied from the edited export");
        JourneyMap result = new MapFileReader().read(map);
        assertThat(result.findCard("c1").orElseThrow().card().text()).isEqualTo("Industry webinar (recorded)");
        assertThat(result.cardCount()).isEqualTo(SampleMaps.threeStages().cardCount());
    }

    /** Renames one card and deletes another's row, as someone would in Excel. */
    private static void edit(Path workbook) throws Exception {
        XSSFWorkbook book;
        try (InputStream in = Files.newInputStream(workbook)) {
            book = new XSSFWorkbook(in);
        }
        try (book) {
            Sheet cards = book.getSheet(Messages.get("export.excel.sheet.cards"));
            int text = -1;
            for (Cell cell : cards.getRow(0)) {
                if (cell.getStringCellValue().equals(ColumnRole.TEXT.label())) {
                    text = cell.getColumnIndex();
                }
            }
            for (Row row : cards) {
                Cell cell = row.getCell(text);
                if (row.getRowNum() > 0 && cell.getStringCellValue().equals("Industry webinar")) {
                    cell.setCellValue("Industry webinar (recorded)");
                }
            }
            for (Row row : cards) {
                if (row.getRowNum() > 0
                        && row.getCell(text).getStringCellValue().equals("Product demo")) {
                    int number = row.getRowNum();
                    cards.removeRow(row);
                    if (number < cards.getLastRowNum()) {
                        cards.shiftRows(number + 1, cards.getLastRowNum(), -1);
                    }
                    break;
                }
            }
            try (OutputStream stream = Files.newOutputStream(workbook)) {
                book.write(stream);
            }
        }
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return JourneyCanvasCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
