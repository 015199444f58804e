package org.journeycanvas.io.table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

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

    /**
     * A card exported: its id, then the {@link #fingerprint} of the values its row showed, so that an import can
     * tell a row edited in the workbook from a card edited in the app since the export.
     */
    public static final String CARD = "card";

    /** The card's fingerprint, beside its id. */
    public static final int FINGERPRINT_COLUMN = 2;

    /** The overview's stage table: number, name, description; the stage's id in a hidden column of its own. */
    public static final int STAGE_NAME_COLUMN = 1;

    public static final int STAGE_DESCRIPTION_COLUMN = 2;

    /** Beyond the persona table's four columns, so hiding it hides nothing else. */
    public static final int STAGE_ID_COLUMN = 4;

    /** How the cards sheet joins a card's tags in one cell. */
    public static final String TAG_SEPARATOR = ", ";

    private static final int FINGERPRINT_BYTES = 9;

    private ExportedWorkbook() {}

    /**
     * A short digest (12 characters) of a card's row as the cards sheet shows it: persona, stage, lane, text,
     * note, tags, channel and {@link #scoreText score}. Equal values give equal fingerprints; a collision of two
     * different rows is as unlikely as 72 random bits agreeing.
     */
    public static String fingerprint(List<String> shownValues) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        for (String value : shownValues) {
            digest.update(value.getBytes(StandardCharsets.UTF_8));
            // a separator no cell holds, so that "ab","c" and "a","bc" differ
            digest.update((byte) 0);
        }
        return Base64.getEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest.digest(), FINGERPRINT_BYTES));
    }

    /** A score as the fingerprint takes it, however a cell wrote the number: "" for none, else "-2" to "2". */
    public static String scoreText(Integer score) {
        return score == null ? "" : Integer.toString(score);
    }
}
