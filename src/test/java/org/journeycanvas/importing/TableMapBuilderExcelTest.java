package org.journeycanvas.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.POIDocument;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeycanvas.io.table.Table;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.testing.CapturedLog;
import org.journeycanvas.testing.InEnglish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks as people fill them in: numbers, dates, formulas, merged and hidden rows, in .xlsx and old .xls. */
@ExtendWith(InEnglish.class)
class TableMapBuilderExcelTest {
    private static final String[] EXPECTED_MAP = {
        "map research",
        "stages Awareness | Purchase",
        "persona Dana",
        "  TOUCHPOINTS Touchpoints",
        "    [Awareness] Webinar #1 channel=WEBINAR",
        "  THOUGHTS Thoughts",
        "    [Purchase] Fine",
        "    [Purchase] 42",
        "  EMOTIONS Emotions",
        "    [Awareness] Curious note=2024-03-15 score=1",
        "    [Awareness] Worried score=-2"
    };
    private static final String[] EXPECTED_NOTES = {
        "Hidden rows skipped: 5",
        "Merged cells A2:A4, G2:G7: each of their cells takes the merged value.",
        "Scores were read as −2 to +2 (0 is neutral).",
        "Only emotion cards have a score, so the scores of other cards were left out: rows 6"
    };

    @TempDir
    Path folder;

    @Test
    void anXlsxWorkbook() throws Exception {
        Table table =
                ImportedTables.workbook(folder, "research.xlsx", new XSSFWorkbook(), TableMapBuilderExcelTest::fill);

        TableImport result = TableMapBuilderCsvTest.build(table, LaneKind.NOTES);

        assertThat(MapOutline.of(result.map())).containsExactly(EXPECTED_MAP);
        assertThat(result.skipped())
                .containsExactly(new SkippedRow(14, "Interviews!D14: score \"high\" is not a number from −2 to +2"));
        assertThat(result.notes()).containsExactly(EXPECTED_NOTES);
    }

    @Test
    void anOldXlsWorkbook() throws Exception {
        Table table;
        // A new HSSF workbook has no summary properties, which POI warns about while it writes it.
        try (CapturedLog log = CapturedLog.of(POIDocument.class)) {
            table = ImportedTables.workbook(folder, "research.xls", new HSSFWorkbook(), TableMapBuilderExcelTest::fill);
        }

        TableImport result = TableMapBuilderCsvTest.build(table, LaneKind.NOTES);

        assertThat(MapOutline.of(result.map())).containsExactly(EXPECTED_MAP);
        assertThat(result.skipped())
                .containsExactly(new SkippedRow(14, "Interviews!D14: score \"high\" is not a number from −2 to +2"));
        assertThat(result.notes()).containsExactly(EXPECTED_NOTES);
    }

    @Test
    void numericScoresFromOneToFiveAndAQuotedSheetName() throws Exception {
        Table table = ImportedTables.workbook(folder, "survey.xlsx", new XSSFWorkbook(), workbook -> {
            Sheet sheet = workbook.createSheet("Survey 2024");
            ImportedTables.row(sheet, 0, "Etapa", "Tarjeta", "Valoración");
            number(ImportedTables.row(sheet, 1, "Compra", "Rápido"), 2, 5);
            number(ImportedTables.row(sheet, 2, "Compra", "Lento"), 2, 2);
            number(ImportedTables.row(sheet, 3, "Compra", "Raro"), 2, 6);
        });

        TableImport result = TableMapBuilderCsvTest.build(table, LaneKind.NOTES);

        assertThat(MapOutline.of(result.map()))
                .containsExactly(
                        "map survey",
                        "stages Compra",
                        "persona Persona",
                        "  EMOTIONS Emotions",
                        "    [Compra] Rápido score=2",
                        "    [Compra] Lento score=-1");
        assertThat(result.skipped())
                .containsExactly(new SkippedRow(4, "'Survey 2024'!C4: score \"6\" is not a number from 1 to 5"));
    }

    /**
     * Interviews: stage merged over three rows, numbers and a date, formulas (read as their cached values), a
     * hidden row, a score on a thoughts card, a persona merged down the whole table, and a bad score in D14.
     */
    private static void fill(Workbook workbook) {
        Sheet sheet = workbook.createSheet("Interviews");
        ImportedTables.row(sheet, 0, "Stage", "Lane", "Text", "Score", "Note", "Channel", "Persona");
        Row curious = ImportedTables.row(sheet, 1, "Awareness", "Emotions", "Curious", "", "", "", "Dana");
        number(curious, 3, 1);
        curious.createCell(4).setCellValue(LocalDate.of(2024, 3, 15));
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        curious.getCell(4).setCellStyle(date);
        number(ImportedTables.row(sheet, 2, "", "Emotions", "Worried"), 3, -2);
        Row webinar = ImportedTables.row(sheet, 3, "", "Touchpoints", "", "", "", "Webinar");
        webinar.createCell(2).setCellFormula("\"Webinar #\"&D2");
        sheet.addMergedRegion(CellRangeAddress.valueOf("A2:A4"));
        ImportedTables.row(sheet, 4, "Purchase", "Thoughts", "Too slow").setZeroHeight(true);
        number(ImportedTables.row(sheet, 5, "Purchase", "Thoughts", "Fine"), 3, 2);
        ImportedTables.row(sheet, 6, "Purchase", "Thoughts").createCell(2).setCellFormula("2*21");
        sheet.addMergedRegion(CellRangeAddress.valueOf("G2:G7"));
        ImportedTables.row(sheet, 13, "Purchase", "Emotions", "Angry", "high");
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
    }

    private static void number(Row row, int column, double value) {
        row.createCell(column).setCellValue(value);
    }
}
