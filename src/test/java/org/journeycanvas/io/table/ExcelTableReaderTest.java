package org.journeycanvas.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.POIDocument;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeycanvas.io.Progress;
import org.journeycanvas.testing.CapturedLog;
import org.journeycanvas.testing.InEnglish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(InEnglish.class)
class ExcelTableReaderTest {
    @TempDir
    Path folder;

    private final ExcelTableReader reader = new ExcelTableReader();

    @Test
    void numbersAndDatesReadAsTheUserSeesThem() throws Exception {
        Path file = workbook("numbers.xlsx", new XSSFWorkbook(), workbook -> {
            Sheet sheet = workbook.createSheet("Interviews");
            row(sheet, 0, "Text", "Score", "Amount", "Date");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Dana");
            row.createCell(1).setCellValue(2);
            row.createCell(2).setCellValue(1234.5);
            row.getCell(2).setCellStyle(style(workbook, "#,##0.00"));
            row.createCell(3).setCellValue(LocalDate.of(2024, 3, 15));
            row.getCell(3).setCellStyle(style(workbook, "yyyy-mm-dd"));
        });

        Table table = reader.readFirstSheet(file, Progress.NONE);

        assertThat(table.sheetName()).isEqualTo("Interviews");
        assertThat(table.header()).containsExactly("Text", "Score", "Amount", "Date");
        assertThat(table.rows()).containsExactly(new TableRow(2, List.of("Dana", "2", "1,234.50", "2024-03-15")));
    }

    @Test
    void formulasGiveTheirCachedValueNeverTheirText() throws Exception {
        Path file = workbook("formulas.xlsx", new XSSFWorkbook(), workbook -> {
            Sheet sheet = workbook.createSheet("Sheet1");
            row(sheet, 0, "Number", "Double", "Joined");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(21);
            row.createCell(1).setCellFormula("A2*2");
            row.createCell(2).setCellFormula("\"Card \"&A2");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        Table table = reader.readFirstSheet(file, Progress.NONE);

        assertThat(table.rows().get(0).cells()).containsExactly("21", "42", "Card 21");
    }

    @Test
    void mergedCellsRepeatTheirValueAndSaySo() throws Exception {
        Path file = workbook("merged.xlsx", new XSSFWorkbook(), workbook -> {
            Sheet sheet = workbook.createSheet("Map");
            row(sheet, 0, "Stage", "Text", "Note");
            row(sheet, 1, "Awareness", "Webinar", "");
            row(sheet, 2, "", "Blog post", "");
            sheet.addMergedRegion(CellRangeAddress.valueOf("A2:A3"));
            row(sheet, 3, "Both columns", "", "n");
            sheet.addMergedRegion(CellRangeAddress.valueOf("A4:B4"));
        });

        Table table = reader.readFirstSheet(file, Progress.NONE);

        assertThat(table.rows())
                .extracting(TableRow::cells)
                .containsExactly(
                        List.of("Awareness", "Webinar", ""),
                        List.of("Awareness", "Blog post", ""),
                        List.of("Both columns", "Both columns", "n"));
        assertThat(table.notes())
                .containsExactly("Merged cells A2:A3, A4:B4: each of their cells takes the merged value.");
    }

    @Test
    void hiddenRowsAreSkippedAndSaidSo() throws Exception {
        Path file = workbook("hidden.xlsx", new XSSFWorkbook(), workbook -> {
            Sheet sheet = workbook.createSheet("Interviews");
            for (int i = 0; i < 10; i++) {
                row(sheet, i, "row " + (i + 1));
            }
            sheet.getRow(6).setZeroHeight(true);
            sheet.getRow(8).setZeroHeight(true);
        });

        Table table = reader.readFirstSheet(file, Progress.NONE);

        assertThat(table.rows()).extracting(TableRow::number).containsExactly(2, 3, 4, 5, 6, 8, 10);
        assertThat(table.notes()).containsExactly("Hidden rows skipped: 7, 9");
    }

    @Test
    void everySheetIsOfferedAndOneIsReadByName() throws Exception {
        Path file = workbook("research.xlsx", new XSSFWorkbook(), workbook -> {
            row(workbook.createSheet("Notes"), 0, "nothing");
            Sheet interviews = workbook.createSheet("Interviews");
            row(interviews, 2, "", "Persona", "Text", "", "");
            row(interviews, 3, "", "Dana", "Webinar");
        });

        assertThat(reader.sheetNames(file)).containsExactly("Notes", "Interviews");
        Table table = reader.read(file, "Interviews", Progress.NONE);
        assertThat(table.header()).containsExactly("", "Persona", "Text");
        assertThat(table.rows()).containsExactly(new TableRow(4, List.of("", "Dana", "Webinar")));
        assertThatThrownBy(() -> reader.read(file, "Survey", Progress.NONE))
                .isInstanceOf(TableReadException.class)
                .hasMessage("research.xlsx: the workbook has no sheet named \"Survey\"");
    }

    @Test
    void oldXlsWorkbooksAreReadToo() throws Exception {
        Path file;
        // A new HSSF workbook has no summary properties, which POI warns about while it writes it.
        try (CapturedLog log = CapturedLog.of(POIDocument.class)) {
            file = workbook("old.xls", new HSSFWorkbook(), workbook -> {
                Sheet sheet = workbook.createSheet("Interviews");
                row(sheet, 0, "Persona", "Text");
                row(sheet, 1, "Dana", "Webinar");
            });
        }

        assertThat(reader.readFirstSheet(file, Progress.NONE).rows())
                .containsExactly(new TableRow(2, List.of("Dana", "Webinar")));
    }

    @Test
    void anEmptySheetSaysThereIsNothingToImport() throws Exception {
        Path file = workbook("empty.xlsx", new XSSFWorkbook(), workbook -> workbook.createSheet("Survey results"));

        assertThatThrownBy(() -> reader.readFirstSheet(file, Progress.NONE))
                .isInstanceOf(TableReadException.class)
                .hasMessage("'Survey results': the table is empty: there is nothing to import");
    }

    static Path workbook(Path folder, String name, Workbook workbook, Filler filler) throws IOException {
        try (workbook) {
            filler.fill(workbook);
            Path file = folder.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        }
    }

    private Path workbook(String name, Workbook workbook, Filler filler) throws IOException {
        return workbook(folder, name, workbook, filler);
    }

    static void row(Sheet sheet, int index, String... texts) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < texts.length; i++) {
            row.createCell(i).setCellValue(texts[i]);
        }
    }

    private static CellStyle style(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    interface Filler {
        void fill(Workbook workbook) throws IOException;
    }
}
