package org.journeycanvas.ui.importing;

import java.util.List;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.table.Table;
import org.journeycanvas.io.table.TableReadException;

/**
 * Where a table comes from and the other ways to read it that the mapping step offers: a workbook's sheets,
 * or a CSV file's encodings (Automatic, UTF-8, Windows-1252).
 *
 * @param choiceLabel what the choice is called ("Sheet:"), or "" when there is nothing to choose
 * @param choices the ways to read the file, as the user sees them
 * @param chosen the one the first table was read with
 */
record TableSource(String fileName, String choiceLabel, List<String> choices, int chosen, Reader reader) {
    TableSource {
        choices = List.copyOf(choices);
    }

    /** Reads the file the {@code choice}th way. */
    @FunctionalInterface
    interface Reader {
        Table read(int choice, Progress progress) throws TableReadException;
    }

    boolean hasChoice() {
        return choices.size() > 1;
    }
}
