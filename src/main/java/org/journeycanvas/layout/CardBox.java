package org.journeycanvas.layout;

import java.util.List;
import org.journeycanvas.model.LaneKind;

/**
 * Where a card is drawn. For most cards {@code bounds} is the sticky note and {@code lines} its wrapped text;
 * an emotion card is a point on the emotion curve at {@code point}, with its text in {@code bounds} beside it.
 */
public record CardBox(
        String cardId,
        String laneId,
        String stageId,
        LaneKind kind,
        int indexInCell,
        Rect bounds,
        List<String> lines,
        Point point) {
    public static final double EMOTION_POINT_RADIUS = 7;

    public CardBox {
        lines = List.copyOf(lines);
    }

    public CardBox movedDown(double dy) {
        return new CardBox(
                cardId,
                laneId,
                stageId,
                kind,
                indexInCell,
                bounds.movedDown(dy),
                lines,
                point == null ? null : point.movedDown(dy));
    }

    public boolean isEmotionPoint() {
        return point != null;
    }

    /** Whether a position is on the card: its note, or its point or label for an emotion. */
    public boolean contains(double x, double y) {
        if (bounds.contains(x, y)) {
            return true;
        }
        if (point == null) {
            return false;
        }
        double dx = x - point.x();
        double dy = y - point.y();
        double reach = EMOTION_POINT_RADIUS + 3;
        return dx * dx + dy * dy <= reach * reach;
    }
}
