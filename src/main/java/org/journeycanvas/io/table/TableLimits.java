package org.journeycanvas.io.table;

/**
 * How much a table may hold, so that a huge or hostile file is refused with a message instead of exhausting
 * memory. 200,000 rows is the map's own limit of cards; no card text is anywhere near 100,000 characters.
 */
record TableLimits(int maxRows, int maxCellChars) {
    static final TableLimits DEFAULT = new TableLimits(200_000, 100_000);
}
