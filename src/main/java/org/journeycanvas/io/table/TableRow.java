package org.journeycanvas.io.table;

import java.util.List;

/**
 * One row of a table: its 1-based number in the file or sheet (as Excel numbers it, so problems can name it)
 * and its cells as the user sees them, as text.
 */
public record TableRow(int number, List<String> cells) {
    public TableRow {
        if (number < 1) {
            throw new IllegalArgumentException("row numbers start at 1: " + number);
        }
        cells = List.copyOf(cells);
    }

    /** The cell in a 0-based column, or "" past the row's end. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }
}
