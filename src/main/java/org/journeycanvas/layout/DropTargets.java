package org.journeycanvas.layout;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.journeycanvas.model.LaneKind;

/**
 * Decides where a drag would land. A card goes into the cell under the pointer when that lane is of its kind;
 * over another kind of lane it goes into the same persona's lane of its own kind at that stage, or into a new
 * lane of its kind when the persona has none. A stage goes between the two headers nearest the pointer.
 */
public final class DropTargets {
    private static final double MARKER_THICKNESS = 3;

    private DropTargets() {}

    /**
     * Where a card of the given kind would land at a position. {@code movingCardIds} are the cards being
     * dragged: they do not count when working out the position inside the cell.
     */
    public static DropTarget forCard(
            MapGeometry geometry, double x, double y, LaneKind kind, Set<String> movingCardIds) {
        Optional<StageColumn> stage = geometry.stageAt(x);
        Optional<PersonaBand> persona = geometry.personaAt(y);
        if (stage.isEmpty() || persona.isEmpty()) {
            return new DropTarget.None();
        }
        Optional<LaneRow> underPointer = geometry.laneAt(y);
        if (underPointer.isPresent() && underPointer.get().kind() == kind) {
            CellBox cell = underPointer.get().cells().get(stage.get().index());
            return intoCell(cell, kind, x, y, movingCardIds);
        }
        Optional<LaneRow> ownKind = persona.get().lanes().stream()
                .filter(lane -> lane.kind() == kind)
                .findFirst();
        if (ownKind.isPresent()) {
            CellBox cell = ownKind.get().cells().get(stage.get().index());
            return intoCell(cell, kind, Double.MAX_VALUE, Double.MAX_VALUE, movingCardIds);
        }
        Rect highlight = new Rect(
                stage.get().column().x(),
                persona.get().bounds().y(),
                stage.get().column().width(),
                persona.get().bounds().height());
        return new DropTarget.IntoNewLane(
                persona.get().personaId(), kind, stage.get().stageId(), highlight);
    }

    /** Where a new or moved stage would go: only over the row of stage headers. */
    public static DropTarget forStage(MapGeometry geometry, double x, double y) {
        double headerHeight = geometry.headerHeight();
        if (y < 0
                || y >= headerHeight
                || x < geometry.style().laneLabelWidth() - geometry.style().stageWidth() / 2
                || x > geometry.bounds().maxX() + geometry.style().stageWidth() / 2) {
            return new DropTarget.None();
        }
        List<StageColumn> stages = geometry.stages();
        int index = 0;
        while (index < stages.size() && stages.get(index).column().centerX() < x) {
            index++;
        }
        double boundary = index < stages.size()
                ? stages.get(index).column().x()
                : geometry.style().laneLabelWidth()
                        + stages.size() * geometry.style().stageWidth();
        Rect marker = new Rect(
                boundary - MARKER_THICKNESS / 2,
                0,
                MARKER_THICKNESS,
                geometry.bounds().height());
        return new DropTarget.StageInsert(index, marker);
    }

    private static DropTarget intoCell(CellBox cell, LaneKind kind, double x, double y, Set<String> moving) {
        List<CardBox> staying = cell.cards().stream()
                .filter(card -> !moving.contains(card.cardId()))
                .toList();
        boolean across = kind == LaneKind.EMOTIONS;
        int index = 0;
        while (index < staying.size() && before(staying.get(index), across, x, y)) {
            index++;
        }
        Rect marker = across ? verticalMarker(cell, staying, index) : horizontalMarker(cell, staying, index);
        return new DropTarget.IntoCell(cell.laneId(), cell.stageId(), index, cell.bounds(), marker);
    }

    private static boolean before(CardBox card, boolean across, double x, double y) {
        return across ? card.point().x() < x : card.bounds().centerY() < y;
    }

    private static Rect horizontalMarker(CellBox cell, List<CardBox> staying, int index) {
        Rect bounds = cell.bounds();
        double y;
        if (staying.isEmpty()) {
            y = bounds.y() + 6;
        } else if (index < staying.size()) {
            y = staying.get(index).bounds().y() - 3;
        } else {
            y = staying.get(staying.size() - 1).bounds().maxY() + 3;
        }
        return new Rect(bounds.x() + 6, y - MARKER_THICKNESS / 2, bounds.width() - 12, MARKER_THICKNESS);
    }

    private static Rect verticalMarker(CellBox cell, List<CardBox> staying, int index) {
        Rect bounds = cell.bounds();
        double x;
        if (staying.isEmpty()) {
            x = bounds.centerX();
        } else if (index < staying.size()) {
            x = staying.get(index).point().x() - 14;
        } else {
            x = Math.min(
                    bounds.maxX() - 6, staying.get(staying.size() - 1).bounds().maxX() + 2);
        }
        return new Rect(x - MARKER_THICKNESS / 2, bounds.y() + 6, MARKER_THICKNESS, bounds.height() - 12);
    }
}
