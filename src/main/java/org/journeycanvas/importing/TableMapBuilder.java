package org.journeycanvas.importing;

import java.util.concurrent.CancellationException;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.table.Table;

/** Builds a map from a table, one card per row, as the mapping step's options say. */
public final class TableMapBuilder {
    private TableMapBuilder() {}

    /** The score scale a table's score column seems to use (a 3, 4 or 5 and no negative number: 1 to 5). */
    public static ScoreScale guessScale(Table table, ColumnMapping mapping) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * The map the table makes, with every row it skips and why; stages and personas in the order they first
     * appear.
     *
     * @throws CancellationException when the user cancels
     */
    public static TableImport build(Table table, TableImportOptions options, Progress progress) {
        throw new UnsupportedOperationException("not yet");
    }
}
