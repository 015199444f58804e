package org.journeycanvas.io.table;

import java.util.List;

/**
 * A table read from a spreadsheet or a CSV file: the header (its first non-blank row) and the data rows below
 * it, every row as wide as the widest (shorter rows padded with "", columns empty in every row trimmed), and
 * notes for the user about what reading did, such as hidden rows it skipped.
 *
 * @param sourceName the file's name as the user sees it
 * @param sheetName the sheet read; for a CSV file its name without the extension, as Excel shows it
 * @param workbook whether it came from a workbook, whose cells are named as Excel names them ({@code Interviews!D14})
 */
public record Table(
        String sourceName,
        String sheetName,
        boolean workbook,
        List<String> header,
        List<TableRow> rows,
        List<String> notes) {
    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /**
     * A problem with one cell, placed as the user finds it: {@code Interviews!D14: …} in a workbook, the file,
     * row and column number in a CSV file.
     */
    public TableReadException problemAt(TableRow row, int column, String problem) {
        return workbook
                ? TableReadException.ofCell(sourceName, sheetName, row.number(), column, problem)
                : TableReadException.ofField(sourceName, sheetName, row.number(), column + 1, problem);
    }

    /** A problem with the table as a whole, placed at its sheet: {@code Cards: …}. */
    public TableReadException problem(String problem) {
        return TableReadException.ofSheet(sourceName, sheetName, problem);
    }

    /** How many columns every row has. */
    public int width() {
        return header.size();
    }
}
