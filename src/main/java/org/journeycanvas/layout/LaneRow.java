package org.journeycanvas.layout;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeycanvas.model.LaneKind;

/**
 * A lane across the map: its label on the left, one cell per stage, and for an emotion lane the points of the
 * curve from left to right. A collapsed lane is one line high and shows no cards.
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
        Map<String, CardBox> cardsById) {
    public LaneRow {
        titleLines = List.copyOf(titleLines);
        cells = List.copyOf(cells);
        curve = List.copyOf(curve);
        cardsById = Collections.unmodifiableMap(cardsById);
    }

    public LaneRow(
            String laneId,
            String personaId,
            LaneKind kind,
            Rect bounds,
            Rect label,
            List<String> titleLines,
            List<CellBox> cells,
            List<Point> curve,
            boolean collapsed) {
        this(laneId, personaId, kind, bounds, label, titleLines, cells, curve, collapsed, indexCards(cells));
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

    public LaneRow movedDown(double dy) {
        if (dy == 0) {
            return this;
        }
        return new LaneRow(
                laneId,
                personaId,
                kind,
                bounds.movedDown(dy),
                label.movedDown(dy),
                titleLines,
                cells.stream().map(cell -> cell.movedDown(dy)).toList(),
                curve.stream().map(point -> point.movedDown(dy)).toList(),
                collapsed);
    }
}
