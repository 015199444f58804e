package org.journeycanvas.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeycanvas.export.ExportFormat;
import org.journeycanvas.export.ExportRequest;
import org.journeycanvas.export.MapExport;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.table.ColumnRole;
import org.journeycanvas.io.table.ExportedWorkbook;
import org.journeycanvas.model.JourneyMap;

/** An Excel export of a map, edited with POI as someone would in another program, then saved. */
final class EditedExport implements AutoCloseable {
    private final Path file;
    private final XSSFWorkbook book;

    private EditedExport(Path file, XSSFWorkbook book) {
        this.file = file;
        this.book = book;
    }

    /** Exports the map (one persona's cards when {@code personaId} is not null) and opens the workbook. */
    static EditedExport of(JourneyMap map, String personaId, Path file) throws Exception {
        new MapExport()
                .export(map, new ExportRequest(ExportFormat.XLSX, personaId, 1, false, false), file, Progress.NONE);
        try (InputStream in = Files.newInputStream(file)) {
            return new EditedExport(file, new XSSFWorkbook(in));
        }
    }

    static Path export(JourneyMap map, Path file) throws Exception {
        new MapExport().export(map, new ExportRequest(ExportFormat.XLSX, null, 1, false, false), file, Progress.NONE);
        return file;
    }

    Sheet cards() {
        return book.getSheet(Messages.get("export.excel.sheet.cards"));
    }

    Sheet overview() {
        return book.getSheet(Messages.get("export.excel.sheet.overview"));
    }

    int column(ColumnRole role) {
        for (Cell cell : cards().getRow(0)) {
            if (cell.getStringCellValue().equals(role.label())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + role);
    }

    /** The cards sheet's row of the card whose text this is. */
    Row rowOf(String text) {
        int textColumn = column(ColumnRole.TEXT);
        for (Row row : cards()) {
            Cell cell = row.getCell(textColumn);
            if (row.getRowNum() > 0 && cell != null && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + text);
    }

    Cell cell(String cardText, ColumnRole role) {
        Row row = rowOf(cardText);
        Cell cell = row.getCell(column(role));
        return cell != null ? cell : row.createCell(column(role));
    }

    /** A new row at the end of the cards sheet, its cells in the order of {@code roles}. */
    void addRow(List<ColumnRole> roles, Object... values) {
        Row row = cards().createRow(cards().getLastRowNum() + 1);
        for (int i = 0; i < roles.size(); i++) {
            Cell cell = row.createCell(column(roles.get(i)));
            if (values[i] instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue((String) values[i]);
            }
        }
    }

    void deleteRow(String cardText) {
        Row row = rowOf(cardText);
        int number = row.getRowNum();
        cards().removeRow(row);
        if (number < cards().getLastRowNum()) {
            cards().shiftRows(number + 1, cards().getLastRowNum(), -1);
        }
    }

    /** Sorts the cards' rows by their text, backwards, as a filter's sort would: the rows' cells move. */
    void sortRowsByTextDescending() {
        DataFormatter formatter = new DataFormatter();
        int last = cards().getLastRowNum();
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 1; r <= last; r++) {
            Row row = cards().getRow(r);
            List<Object> values = new ArrayList<>();
            for (int c = 0; c < ColumnRole.values().length; c++) {
                Cell cell = row == null ? null : row.getCell(c);
                values.add(
                        cell == null
                                ? ""
                                : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                                        ? (Object) cell.getNumericCellValue()
                                        : formatter.formatCellValue(cell));
            }
            rows.add(values);
        }
        int textColumn = column(ColumnRole.TEXT);
        rows.sort(Comparator.comparing((List<Object> values) -> String.valueOf(values.get(textColumn)))
                .reversed());
        for (int r = 1; r <= last; r++) {
            Row row = cards().getRow(r) != null ? cards().getRow(r) : cards().createRow(r);
            for (int c = 0; c < ColumnRole.values().length; c++) {
                Object value = rows.get(r - 1).get(c);
                Cell cell = row.getCell(c) != null ? row.getCell(c) : row.createCell(c);
                if (value instanceof Double number) {
                    cell.setCellValue(number);
                } else if (((String) value).isEmpty()) {
                    cell.setBlank();
                } else {
                    cell.setCellValue((String) value);
                }
            }
        }
    }

    /** Swaps two columns of the cards sheet, headers and all, as a user moving columns would. */
    void swapColumns(ColumnRole first, ColumnRole second) {
        int a = column(first);
        int b = column(second);
        for (Row row : cards()) {
            Cell left = row.getCell(a) != null ? row.getCell(a) : row.createCell(a);
            Cell right = row.getCell(b) != null ? row.getCell(b) : row.createCell(b);
            String leftText = new DataFormatter().formatCellValue(left);
            String rightText = new DataFormatter().formatCellValue(right);
            left.setCellValue(rightText);
            right.setCellValue(leftText);
        }
    }

    /** Copies a card's row, hidden id and all, to a new row at the end, as copy and paste would. */
    Row copyRow(String cardText) {
        Row from = rowOf(cardText);
        Row to = cards().createRow(cards().getLastRowNum() + 1);
        for (Cell cell : from) {
            Cell copy = to.createCell(cell.getColumnIndex());
            copy.setCellValue(new DataFormatter().formatCellValue(cell));
        }
        return to;
    }

    /** Renames a stage where the overview lists it. */
    void renameStage(String oldName, String newName) {
        for (Row row : overview()) {
            Cell cell = row.getCell(1);
            if (cell != null && oldName.equals(cell.getStringCellValue())) {
                cell.setCellValue(newName);
                return;
            }
        }
        throw new AssertionError("no stage " + oldName);
    }

    /** Renames a sheet, as a user double-clicking its tab would. */
    void renameSheet(String from, String to) {
        book.setSheetName(book.getSheetIndex(from), to);
    }

    /** Removes the cards' fingerprints from the marker, as an export made before they were written lacks them. */
    void forgetFingerprints() {
        Sheet marker = book.getSheet(ExportedWorkbook.MARKER_SHEET);
        List<Row> cardRows = new ArrayList<>();
        for (Row row : marker) {
            Cell key = row.getCell(0);
            if (key != null && ExportedWorkbook.CARD.equals(key.getStringCellValue())) {
                cardRows.add(row);
            }
        }
        cardRows.forEach(marker::removeRow);
    }

    /** Saves the edits over the export. */
    Path save() throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
        return file;
    }

    @Override
    public void close() throws IOException {
        book.close();
    }
}
