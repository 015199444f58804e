package org.journeycanvas.io.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the rows a reader finds into a {@link Table}: blank rows are skipped, the first other row is the
 * header, trailing empty cells are dropped and every row is padded to the widest one at the end.
 */
final class TableBuilder {
    private final String source;
    private final String sheet;
    private final boolean workbook;
    private final List<String> notes = new ArrayList<>();
    private final List<TableRow> rows = new ArrayList<>();
    private List<String> header;
    private int width;

    TableBuilder(String source, String sheet, boolean workbook) {
        this.source = source;
        this.sheet = sheet;
        this.workbook = workbook;
    }

    /** Adds a row unless it is blank; returns whether it was a data row (not blank, not the header). */
    boolean add(int rowNumber, List<String> cells) {
        int length = cells.size();
        while (length > 0 && cells.get(length - 1).isEmpty()) {
            length--;
        }
        if (length == 0) {
            return false;
        }
        List<String> kept = cells.subList(0, length);
        width = Math.max(width, length);
        if (header == null) {
            header = List.copyOf(kept);
            return false;
        }
        rows.add(new TableRow(rowNumber, kept));
        return true;
    }

    int dataRows() {
        return rows.size();
    }

    void note(String note) {
        notes.add(note);
    }

    /** The table, or a problem naming the sheet when it holds nothing at all. */
    Table build(TableReadException whenEmpty) throws TableReadException {
        if (header == null) {
            throw whenEmpty;
        }
        List<TableRow> padded = new ArrayList<>(rows.size());
        for (TableRow row : rows) {
            padded.add(row.cells().size() == width ? row : new TableRow(row.number(), padded(row.cells())));
        }
        return new Table(source, sheet, workbook, padded(header), padded, notes);
    }

    private List<String> padded(List<String> cells) {
        if (cells.size() == width) {
            return cells;
        }
        List<String> result = new ArrayList<>(width);
        result.addAll(cells);
        result.addAll(Collections.nCopies(width - cells.size(), ""));
        return result;
    }
}
