package org.journeycanvas.layout;

import java.util.List;
import org.journeycanvas.model.LaneKind;

/**
 * Where a card is drawn. For most cards {@code bounds} is the sticky note and {@code lines} its wrapped text;
 * an emotion card is a point on the emotion curve at {@code point}, with its text in {@code bounds} beside it.
 * A storyboard card has a picture frame of 4:3 across its width at {@code pictureFrame} (null for other kinds),
 * and its text, the caption, under it.
 *
 * @param futurePoint an emotion's to-be point (its {@code futureScore} at the same x), or null when it has none or
 *     the view hides the to-be curve
 */
public record CardBox(
        String cardId,
        String laneId,
        String stageId,
        LaneKind kind,
        int indexInCell,
        Rect bounds,
        List<String> lines,
        Point point,
        Rect pictureFrame,
        Point futurePoint) {
    /** The picture frame's height for its width: 4:3, as storyboard frames usually are. */
    public static final double PICTURE_ASPECT = 3.0 / 4.0;

    public static final double EMOTION_POINT_RADIUS = 7;

    public CardBox {
        lines = List.copyOf(lines);
    }

    public CardBox withFuturePoint(Point newFuturePoint) {
        return new CardBox(
                cardId, laneId, stageId, kind, indexInCell, bounds, lines, point, pictureFrame, newFuturePoint);
    }

    /** Whether a position is on the to-be point (the same reach as the as-is point). */
    public boolean futurePointContains(double x, double y) {
        if (futurePoint == null) {
            return false;
        }
        double dx = x - futurePoint.x();
        double dy = y - futurePoint.y();
        double reach = EMOTION_POINT_RADIUS + 3;
        return dx * dx + dy * dy <= reach * reach;
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
                point == null ? null : point.movedDown(dy),
                pictureFrame == null ? null : pictureFrame.movedDown(dy),
                futurePoint == null ? null : futurePoint.movedDown(dy));
    }

    /** The top of the card's text: under the picture frame for a storyboard card. */
    public double textTop(double cardPadding) {
        return pictureFrame == null ? bounds.y() + cardPadding : pictureFrame.maxY() + cardPadding;
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
