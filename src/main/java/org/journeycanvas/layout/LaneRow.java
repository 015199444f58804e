package org.journeycanvas.layout;

import java.util.List;
import org.journeycanvas.model.LaneKind;

/**
 * A lane across the map: its label on the left, one cell per stage, and for an emotion lane the points of the
 * curve from left to right. A collapsed lane is one line high and shows no cards.
 */
public record LaneRow(String laneId, String personaId, LaneKind kind, Rect bounds, Rect label,
                      List<String> titleLines, List<CellBox> cells, List<Point> curve, boolean collapsed) {
    public LaneRow {
        titleLines = List.copyOf(titleLines);
        cells = List.copyOf(cells);
        curve = List.copyOf(curve);
    }

    public LaneRow movedDown(double dy) {
        if (dy == 0) {
            return this;
        }
        return new LaneRow(laneId, personaId, kind, bounds.movedDown(dy), label.movedDown(dy), titleLines,
                cells.stream().map(cell -> cell.movedDown(dy)).toList(),
                curve.stream().map(point -> point.movedDown(dy)).toList(), collapsed);
    }
}
