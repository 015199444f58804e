package org.journeycanvas.importing;

import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import org.journeycanvas.io.FileLimits;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.table.ColumnRole;
import org.journeycanvas.io.table.Table;
import org.journeycanvas.io.table.TableRow;
import org.journeycanvas.model.IdGenerator;

/**
 * Builds a map from a table, one card per row, as the mapping step's options say. The rules:
 *
 * <ul>
 *   <li>A row without text is skipped ("no text"); a blank row is passed over without a word.
 *   <li>Stages and personas are made in the order they first appear and found again by name, case and spacing
 *       ignored. A blank stage or persona takes the one of the row above, as grouped rows are written (a note
 *       names those rows); a row with no stage and none above is skipped. Without a stage column the map has one
 *       stage; a persona without a name, or no persona column, gives one persona with a default name.
 *   <li>A lane cell is matched against the lane kinds (their constant names, and their titles, card and lane
 *       names in every interface language): such lanes make one lane of that kind per persona, titled as the
 *       interface language titles the kind ("Touchpoint" and "Berührungspunkte" are one "Touchpoints" lane), so
 *       that adding them to a map joins its lane of that kind. Any other name makes a lane of {@link
 *       TableImportOptions#unknownLaneKind()}, found again by its title with case, accents and spacing ignored
 *       (a note lists them). A blank lane is the emotions lane when the row has a score, the touchpoints lane
 *       when it has a channel, else the lane of the unknown kind. Lanes are placed in the usual kind order.
 *   <li>A score is a whole number on the chosen {@link ScoreScale} ("+1", "−1", "1.0", "1,0"); 1 to 5 becomes
 *       −2 to +2. Any other score skips the row with the reason placed at the score cell. Only emotion cards
 *       have a score and only touchpoints a channel: others lose them, and a note names the rows.
 *   <li>A channel is matched by its constant name or label in every interface language; an unknown one leaves
 *       the card without a channel, with a note.
 *   <li>Tags are split at "," and ";". A text longer than the map allows, too many tags, or a row that would
 *       give the map more stages, personas, lanes or cards than it may hold is skipped, saying which.
 *   <li>The map's title is the file's name without its extension; every element gets a new id (a card id
 *       column is for the round trip of the app's own export and is not used here). Cells are text: a
 *       workbook's formula is read as its cached value, never as a formula.
 * </ul>
 */
public final class TableMapBuilder {
    private TableMapBuilder() {}

    /**
     * The score scale a table's score column seems to use: 1 to 5 when it holds a 3, 4 or 5 and no negative
     * number, else −2 to +2 (also when there is no score column).
     */
    public static ScoreScale guessScale(Table table, ColumnMapping mapping) {
        OptionalInt column = mapping.column(ColumnRole.SCORE);
        if (column.isEmpty()) {
            return ScoreScale.MINUS_TWO_TO_TWO;
        }
        boolean aboveTwo = false;
        for (TableRow row : table.rows()) {
            OptionalInt number = ScoreText.wholeNumber(row.cell(column.getAsInt()));
            if (number.isPresent() && number.getAsInt() < 0) {
                return ScoreScale.MINUS_TWO_TO_TWO;
            }
            aboveTwo |= number.isPresent() && number.getAsInt() >= 3 && number.getAsInt() <= 5;
        }
        return aboveTwo ? ScoreScale.ONE_TO_FIVE : ScoreScale.MINUS_TWO_TO_TWO;
    }

    /**
     * The map the table makes, with every row it skips and why; stages and personas in the order they first
     * appear.
     *
     * @throws CancellationException when the user cancels
     */
    public static TableImport build(Table table, TableImportOptions options, Progress progress) {
        // Ids need to be unique, not unguessable: a fast generator, as secure randomness was a third of the time.
        return build(table, options, progress, new IdGenerator(new SplittableRandom()));
    }

    /** As {@link #build(Table, TableImportOptions, Progress)}, with the ids from a given generator. */
    public static TableImport build(Table table, TableImportOptions options, Progress progress, IdGenerator ids) {
        return new CardRows(table, options, FileLimits.DEFAULT, ids).run(progress);
    }
}
