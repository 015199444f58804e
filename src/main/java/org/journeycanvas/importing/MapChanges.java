package org.journeycanvas.importing;

import java.util.List;
import org.journeycanvas.command.Command;
import org.journeycanvas.io.table.TableReadException;
import org.journeycanvas.model.JourneyMap;

/** The differences between a map and an edited Excel export of it, and the one undo step that applies them. */
public final class MapChanges {
    private MapChanges() {}

    /**
     * What changed in {@code edited} since {@code map} was exported: texts, notes, tags, channels and scores,
     * cards added and deleted, stages renamed. An unchanged export gives no change.
     *
     * @throws TableReadException when a cell cannot be taken (a score that is not a number), placed as
     *     {@code Cards!H14: …}
     */
    public static List<MapChange> between(JourneyMap map, ExportedCards edited) throws TableReadException {
        throw new UnsupportedOperationException("not yet");
    }

    /** The accepted changes as one undo step ("Import changes"); never called with an empty list. */
    public static Command command(List<MapChange> accepted) {
        throw new UnsupportedOperationException("not yet");
    }
}
