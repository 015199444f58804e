package org.journeycanvas.ui.canvas;

import java.util.List;
import java.util.Set;
import org.journeycanvas.layout.Rect;

/**
 * What a comparison marks on the canvas: elements the open map added (green), changed (amber) — cards, or the
 * header of a stage, persona or lane — and the ghosts of removed cards where they were. {@code focusedId} is the
 * element of the difference being looked at, marked more strongly.
 */
public record CompareMarks(Set<String> added, Set<String> changed, List<Ghost> ghosts, String focusedId) {
    public static final CompareMarks NONE = new CompareMarks(Set.of(), Set.of(), List.of(), null);

    public CompareMarks {
        added = Set.copyOf(added);
        changed = Set.copyOf(changed);
        ghosts = List.copyOf(ghosts);
    }

    /** A removed card drawn faded where it was: its box and its wrapped text as laid out in the other version. */
    public record Ghost(String cardId, Rect bounds, List<String> lines) {
        public Ghost {
            lines = List.copyOf(lines);
        }
    }
}
