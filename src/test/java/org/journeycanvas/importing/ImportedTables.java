package org.journeycanvas.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.table.CsvTableReader;
import org.journeycanvas.io.table.ExcelTableReader;
import org.journeycanvas.io.table.Table;
import org.journeycanvas.io.table.TableReadException;

/** Hand-made tables for import tests: CSV text in a file, and workbooks filled with POI. */
final class ImportedTables {
    private ImportedTables() {}

    static Table csv(Path folder, String name, String text, Charset encoding) throws IOException, TableReadException {
        Path file = folder.resolve(name);
        Files.write(file, text.getBytes(encoding));
        return new CsvTableReader().read(file, Progress.NONE);
    }

    static Table csvBytes(Path folder, String name, byte[] bytes) throws IOException, TableReadException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return new CsvTableReader().read(file, Progress.NONE);
    }

    static Table workbook(Path folder, String name, Workbook workbook, Filler filler)
            throws IOException, TableReadException {
        Path file = folder.resolve(name);
        try (workbook) {
            filler.fill(workbook);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return new ExcelTableReader().readFirstSheet(file, Progress.NONE);
    }

    /** A row of text cells; an empty string leaves its cell out, as an empty cell in Excel. */
    static Row row(Sheet sheet, int index, String... texts) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < texts.length; i++) {
            if (!texts[i].isEmpty()) {
                row.createCell(i).setCellValue(texts[i]);
            }
        }
        return row;
    }

    interface Filler {
        void fill(Workbook workbook) throws IOException;
    }
}
