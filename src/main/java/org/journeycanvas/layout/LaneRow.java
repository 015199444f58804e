package org.journeycanvas.layout;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.journeycanvas.model.LaneKind;

/**
 * A lane across the map: its label on the left, one cell per stage, and for an emotion lane the points of the
 * curve from left to right. A collapsed lane is one line high and shows no cards.
 *
 * <p>An emotion lane has two series: {@code curve}, the as-is scores, and {@code futureCurve}, the to-be scores
 * ({@code Card.futureScore}) at the same x; {@code curves} says which of them the view shows. A row hiding the
 * to-be curve has no future points, so nothing can pick them.
 *
 * <p>Each row indexes its own card boxes by id ({@code cardsById}, made from the cells). A layout after an edit
 * reuses the rows that did not change, and with them their indexes: one index of every card, rebuilt each time, was
 * most of laying out a large map again.
 */
public record LaneRow(
        String laneId,
        String personaId,
        LaneKind kind,
        Rect bounds,
        Rect label,
        List<String> titleLines,
        List<CellBox> cells,
        List<Point> curve,
        boolean collapsed,
        Map<String, CardBox> cardsById,
        List<Point> futureCurve,
        CurveView curves) {
    public LaneRow {
        titleLines = List.copyOf(titleLines);
        cells = List.copyOf(cells);
        curve = List.copyOf(curve);
        // null: index the cells' cards
        cardsById = Collections.unmodifiableMap(cardsById == null ? indexCards(cells) : cardsById);
        futureCurve = List.copyOf(futureCurve);
        Objects.requireNonNull(curves, "curves");
    }

    /** A new row, its cards indexed from the cells, both series shown (a lane of any other kind has neither). */
    public LaneRow(
            String laneId,
            String personaId,
            LaneKind kind,
            Rect bounds,
            Rect label,
            List<String> titleLines,
            List<CellBox> cells,
            List<Point> curve,
            List<Point> futureCurve,
            boolean collapsed) {
        this(
                laneId,
                personaId,
                kind,
                bounds,
                label,
                titleLines,
                cells,
                curve,
                collapsed,
                null,
                futureCurve,
                CurveView.BOTH);
    }

    private static Map<String, CardBox> indexCards(List<CellBox> cells) {
        Map<String, CardBox> byId = new HashMap<>();
        for (CellBox cell : cells) {
            for (CardBox card : cell.cards()) {
                byId.put(card.cardId(), card);
            }
        }
        return byId;
    }

    /**
     * This row moved down, as every row under a lane that grew is: in one pass that moves and indexes the cards,
     * since on a large map that is most of laying it out again after an edit.
     */
    public LaneRow movedDown(double dy) {
        if (dy == 0) {
            return this;
        }
        Map<String, CardBox> movedById = new HashMap<>((int) (cardsById.size() / 0.75f) + 1);
        CellBox[] movedCells = new CellBox[cells.size()];
        for (int i = 0; i < movedCells.length; i++) {
            movedCells[i] = cells.get(i).movedDown(dy, movedById);
        }
        return new LaneRow(
                laneId,
                personaId,
                kind,
                bounds.movedDown(dy),
                label.movedDown(dy),
                titleLines,
                List.of(movedCells),
                movedDown(curve, dy),
                collapsed,
                movedById,
                movedDown(futureCurve, dy),
                curves);
    }

    private static List<Point> movedDown(List<Point> points, double dy) {
        Point[] moved = new Point[points.size()];
        for (int i = 0; i < moved.length; i++) {
            moved[i] = points.get(i).movedDown(dy);
        }
        return List.of(moved);
    }

    /**
     * This row as a view showing some of its curves: hiding the to-be curve drops its points, so the row is
     * laid out once with both and shown in any way.
     */
    public LaneRow showing(CurveView shown) {
        if (shown == curves || kind != LaneKind.EMOTIONS) {
            return this;
        }
        boolean dropsFuture = !shown.showsToBe() && !futureCurve.isEmpty();
        List<CellBox> shownCells = dropsFuture
                ? cells.stream()
                        .map(cell -> new CellBox(
                                cell.laneId(),
                                cell.stageId(),
                                cell.bounds(),
                                cell.cards().stream()
                                        .map(box -> box.withFuturePoint(null))
                                        .toList()))
                        .toList()
                : cells;
        return new LaneRow(
                laneId,
                personaId,
                kind,
                bounds,
                label,
                titleLines,
                shownCells,
                curve,
                collapsed,
                dropsFuture ? null : cardsById,
                dropsFuture ? List.of() : futureCurve,
                shown);
    }
}
