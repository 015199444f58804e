package org.journeycanvas.compare;

import java.util.List;
import org.journeycanvas.model.JourneyMap;

/** A merged map, always valid, and the conflicts the merge met (kept in the map as {@link MergeConflict} says). */
public record MergeResult(JourneyMap map, List<MergeConflict> conflicts) {
    public MergeResult {
        conflicts = List.copyOf(conflicts);
    }

    public boolean clean() {
        return conflicts.isEmpty();
    }
}
