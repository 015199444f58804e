package org.journeycanvas.layout;

import org.journeycanvas.model.LaneKind;

/** Where a dragged thing would land if dropped now, with what to highlight while dragging. */
public sealed interface DropTarget {
    /** Into an existing lane's cell, before the {@code indexInCell}-th card that is not being moved. */
    record IntoCell(String laneId, String stageId, int indexInCell, Rect cell, Rect marker) implements DropTarget {}

    /** Into a new lane of the given kind, added to the persona, at a stage. */
    record IntoNewLane(String personaId, LaneKind kind, String stageId, Rect highlight) implements DropTarget {}

    /** A new stage column inserted at a position (0 = first). */
    record StageInsert(int index, Rect marker) implements DropTarget {}

    /** Nothing fits here; dropping does nothing. */
    record None() implements DropTarget {}
}
