package org.journeycanvas.io.table;

/**
 * How the app's own Excel export is laid out where an import reads it back, shared by the export that writes it
 * and the import that recognises it (which may not use each other).
 *
 * <p>The marker is a very hidden sheet rather than a custom document property: a sheet survives the round trip
 * through LibreOffice and the older {@code .xls} format (at worst as a merely hidden sheet), and the table reader
 * reads it like any other sheet.
 */
public final class ExportedWorkbook {
    /** The very hidden sheet that says the workbook is an export: a table of keys and values. */
    public static final String MARKER_SHEET = "JourneyCanvasExport";

    /** The marker's header row. */
    public static final String KEY = "key";

    public static final String VALUE = "value";

    /** Marker keys: the map's id, the sheet names as exported (they are in the export's language), each persona. */
    public static final String MAP_ID = "map";

    public static final String OVERVIEW_SHEET = "overview";
    public static final String CARDS_SHEET = "cards";
    public static final String PERSONA_ID = "persona";

    /** The overview's stage table: number, name, description; the stage's id in a hidden column of its own. */
    public static final int STAGE_NAME_COLUMN = 1;

    public static final int STAGE_DESCRIPTION_COLUMN = 2;

    /** Beyond the persona table's four columns, so hiding it hides nothing else. */
    public static final int STAGE_ID_COLUMN = 4;

    /** How the cards sheet joins a card's tags in one cell. */
    public static final String TAG_SEPARATOR = ", ";

    private ExportedWorkbook() {}
}
