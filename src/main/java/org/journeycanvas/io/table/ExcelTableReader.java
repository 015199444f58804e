package org.journeycanvas.io.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.Progress;

/**
 * Reads a sheet of an Excel workbook ({@code .xlsx} or {@code .xls}) as the user sees it: numbers and dates in
 * their cells' formats, a formula's cached value (never its text), a merged range's value in each of its cells,
 * hidden rows skipped and said so.
 *
 * <p>POI's user model holds the whole workbook in memory while it is read. That is bounded by POI's zip-bomb
 * guard (an entry that inflates more than 100 times is refused) and by {@link XlsxRowGuard}, which streams a large
 * {@code .xlsx} sheet's rows first and refuses one over the row limit before the user model loads it (an
 * {@code .xls} sheet holds at most 65,536 rows). The streaming event API alone would lose formats, merges and
 * hidden rows, and a sheet of 200,000 rows fits the editor's heap.
 */
public final class ExcelTableReader {
    private static final int ROWS_BETWEEN_PROGRESS = 1024;
    private static final int LISTED_ROWS = 20;

    private final TableLimits limits;

    public ExcelTableReader() {
        this(TableLimits.DEFAULT);
    }

    ExcelTableReader(TableLimits limits) {
        this.limits = limits;
    }

    /** The names of the workbook's sheets, in their order, for the user to choose one. */
    public List<String> sheetNames(Path file) throws TableReadException {
        try (Workbook workbook = ExcelWorkbooks.open(file)) {
            List<String> names = new ArrayList<>();
            for (Sheet sheet : workbook) {
                names.add(sheet.getSheetName());
            }
            return names;
        } catch (IOException e) {
            throw ExcelWorkbooks.unreadable(file, e);
        }
    }

    /** Reads the workbook's first sheet. */
    public Table readFirstSheet(Path file, Progress progress) throws TableReadException {
        return read(file, null, progress);
    }

    /**
     * Reads the named sheet (the first when {@code sheetName} is null).
     *
     * @throws java.util.concurrent.CancellationException if the progress says the user cancelled
     */
    public Table read(Path file, String sheetName, Progress progress) throws TableReadException {
        String source = String.valueOf(file.getFileName());
        XlsxRowGuard.check(file, sheetName, limits.maxRows());
        try (Workbook workbook = ExcelWorkbooks.open(file)) {
            Sheet sheet = sheetName == null
                    ? (workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0))
                    : workbook.getSheet(sheetName);
            if (sheet == null) {
                throw TableReadException.ofFile(
                        source, Messages.get("import.table.noSheet", sheetName == null ? "" : sheetName));
            }
            return read(source, sheet, false, progress);
        } catch (IOException e) {
            throw ExcelWorkbooks.unreadable(file, e);
        }
    }

    /**
     * Opens a workbook to read several of its sheets, parsing the file once (an edited export is read as three
     * sheets). Close it when done.
     */
    public Sheets open(Path file) throws TableReadException {
        XlsxRowGuard.checkEverySheet(file, limits.maxRows());
        return new Sheets(file, ExcelWorkbooks.open(file));
    }

    /** The sheets of one open workbook. */
    public final class Sheets implements AutoCloseable {
        private final Path file;
        private final Workbook workbook;

        private Sheets(Path file, Workbook workbook) {
            this.file = file;
            this.workbook = workbook;
        }

        public boolean has(String sheetName) {
            return workbook.getSheet(sheetName) != null;
        }

        /** The sheets' names, in their order. */
        public List<String> names() {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            return names;
        }

        /** Whether a sheet's column (0-based) is hidden; false for a sheet that is not there. */
        public boolean isColumnHidden(String sheetName, int column) {
            Sheet sheet = workbook.getSheet(sheetName);
            return sheet != null && sheet.isColumnHidden(column);
        }

        /**
         * Reads a sheet. With {@code keepHiddenRows} the rows a filter or the user hid are read too: in an edited
         * export a hidden row is still a card, not a deleted one.
         */
        public Table read(String sheetName, boolean keepHiddenRows, Progress progress) throws TableReadException {
            String source = String.valueOf(file.getFileName());
            Sheet sheet = workbook.getSheet(sheetName);
            if (sheet == null) {
                throw TableReadException.ofFile(source, Messages.get("import.table.noSheet", sheetName));
            }
            return ExcelTableReader.this.read(source, sheet, keepHiddenRows, progress);
        }

        @Override
        public void close() throws TableReadException {
            try {
                workbook.close();
            } catch (IOException e) {
                throw ExcelWorkbooks.unreadable(file, e);
            }
        }
    }

    private Table read(String source, Sheet sheet, boolean keepHiddenRows, Progress progress)
            throws TableReadException {
        String name = sheet.getSheetName();
        TableBuilder table = new TableBuilder(source, name, true);
        MergedCells merged = new MergedCells(sheet);
        DataFormatter formatter = new DataFormatter(Messages.language());
        formatter.setUseCachedValuesForFormulaCells(true);
        List<Integer> hidden = new ArrayList<>();
        int lastRow = Math.max(1, sheet.getLastRowNum() + 1);
        for (Row row : sheet) {
            int number = row.getRowNum() + 1;
            if (row.getZeroHeight() && !keepHiddenRows) {
                hidden.add(number);
                continue;
            }
            List<String> cells = new ArrayList<>(Math.max(0, row.getLastCellNum()));
            for (Cell cell : row) {
                int column = cell.getColumnIndex();
                while (cells.size() < column) {
                    cells.add("");
                }
                String text = formatter.formatCellValue(cell);
                if (text.length() > limits.maxCellChars()) {
                    throw TableReadException.ofCell(
                            source,
                            name,
                            number,
                            column,
                            Messages.get("import.table.cellTooLong", limits.maxCellChars()));
                }
                cells.add(text);
            }
            merged.fill(row.getRowNum(), cells);
            if (table.add(number, cells) && table.dataRows() > limits.maxRows()) {
                throw TableReadException.ofCell(
                        source, name, number, 0, Messages.get("import.table.tooManyRows", limits.maxRows()));
            }
            if (number % ROWS_BETWEEN_PROGRESS == 0) {
                progress.checkCancelled();
                progress.update((double) number / lastRow);
            }
        }
        if (!hidden.isEmpty()) {
            table.note(Messages.get("import.table.note.hiddenRows", listed(hidden)));
        }
        if (!merged.ranges().isEmpty()) {
            table.note(Messages.get("import.table.note.mergedCells", listed(merged.ranges())));
        }
        progress.update(1);
        return table.build(TableReadException.ofSheet(source, name, Messages.get("import.table.empty")));
    }

    /** The first items, comma-separated, and "…" when there are more. */
    private static String listed(List<?> items) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(items.size(), LISTED_ROWS); i++) {
            text.append(i == 0 ? "" : ", ").append(items.get(i));
        }
        return items.size() > LISTED_ROWS ? text + ", …" : text.toString();
    }

    /** The merged ranges of a sheet: each of their cells takes the value of the range's top-left cell. */
    private static final class MergedCells {
        private final List<CellRangeAddress> regions;
        private final Sheet sheet;
        private final DataFormatter formatter = new DataFormatter(Messages.language());

        MergedCells(Sheet sheet) {
            this.sheet = sheet;
            this.regions = sheet.getMergedRegions();
            formatter.setUseCachedValuesForFormulaCells(true);
        }

        void fill(int rowIndex, List<String> cells) {
            for (CellRangeAddress region : regions) {
                if (!region.containsRow(rowIndex)) {
                    continue;
                }
                String value = topLeft(region);
                for (int column = region.getFirstColumn(); column <= region.getLastColumn(); column++) {
                    while (cells.size() <= column) {
                        cells.add("");
                    }
                    cells.set(column, value);
                }
            }
        }

        private String topLeft(CellRangeAddress region) {
            Row row = sheet.getRow(region.getFirstRow());
            Cell cell = row == null ? null : row.getCell(region.getFirstColumn());
            return cell == null ? "" : formatter.formatCellValue(cell);
        }

        List<String> ranges() {
            return regions.stream().map(CellRangeAddress::formatAsString).toList();
        }
    }
}
