package org.journeycanvas.layout;

/** What lies under a position on the map. */
public sealed interface Hit {
    record OnCard(CardBox card) implements Hit {}

    record OnStageHeader(StageColumn stage) implements Hit {}

    /** An empty part of a cell (not on a card). */
    record OnCell(CellBox cell) implements Hit {}

    record OnLaneLabel(LaneRow lane) implements Hit {}

    record OnPersonaHeader(PersonaBand persona) implements Hit {}

    record Nothing() implements Hit {}
}
