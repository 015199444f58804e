package org.journeycanvas.io.table;

import java.util.regex.Pattern;
import org.journeycanvas.i18n.Messages;

/**
 * A table that cannot be read, with one message written for users that names where the problem is: the
 * sheet, row and column in Excel's own form ({@code Interviews!D14: …}), the file, row and column number for
 * CSV, or only the file when the whole file is the problem (not a spreadsheet, password-protected).
 */
public final class TableReadException extends Exception {
    private static final long serialVersionUID = 1L;
    private static final Pattern PLAIN_SHEET_NAME = Pattern.compile("[\\p{L}\\p{N}_.]+");

    private final String source;
    private final String sheet;
    private final int row;
    private final String column;
    private final String problem;

    private TableReadException(String place, String source, String sheet, int row, String column, String problem) {
        super(Messages.get("import.table.problem", place, problem));
        this.source = source;
        this.sheet = sheet;
        this.row = row;
        this.column = column;
        this.problem = problem;
    }

    static TableReadException ofFile(String source, String problem) {
        return new TableReadException(source, source, "", 0, "", problem);
    }

    static TableReadException ofSheet(String source, String sheet, String problem) {
        return new TableReadException(sheetReference(sheet), source, sheet, 0, "", problem);
    }

    /** A cell of a workbook, placed as Excel writes it: {@code Interviews!D14}. */
    static TableReadException ofCell(String source, String sheet, int row, int columnIndex, String problem) {
        String column = columnLetters(columnIndex);
        return new TableReadException(sheetReference(sheet) + "!" + column + row, source, sheet, row, column, problem);
    }

    /** A field of a CSV file: its row and its 1-based column number. */
    static TableReadException ofField(String source, String sheet, int row, int column, String problem) {
        String place = Messages.get("import.table.place.field", source, String.valueOf(row), String.valueOf(column));
        return new TableReadException(place, source, sheet, row, String.valueOf(column), problem);
    }

    /** A row of a CSV file. */
    static TableReadException ofRow(String source, String sheet, int row, String problem) {
        String place = Messages.get("import.table.place.row", source, String.valueOf(row));
        return new TableReadException(place, source, sheet, row, "", problem);
    }

    /** Excel's name of a 0-based column: A, B, …, Z, AA, AB, … */
    static String columnLetters(int columnIndex) {
        StringBuilder letters = new StringBuilder();
        for (int rest = columnIndex + 1; rest > 0; rest = (rest - 1) / 26) {
            letters.insert(0, (char) ('A' + (rest - 1) % 26));
        }
        return letters.toString();
    }

    /** A sheet's name as Excel writes it in a reference: quoted when it holds spaces or punctuation. */
    static String sheetReference(String sheet) {
        return PLAIN_SHEET_NAME.matcher(sheet).matches() ? sheet : "'" + sheet.replace("'", "''") + "'";
    }

    /** The file as the user named it. */
    public String source() {
        return source;
    }

    /** The sheet (for CSV the file's name without its extension), or "" when the whole file is the problem. */
    public String sheet() {
        return sheet;
    }

    /** The 1-based row, or 0 when the problem has no row. */
    public int row() {
        return row;
    }

    /** The column: letters for a workbook (D), a number for CSV (4), or "" when the problem has none. */
    public String column() {
        return column;
    }

    /** What is wrong, without the place. */
    public String problem() {
        return problem;
    }
}
