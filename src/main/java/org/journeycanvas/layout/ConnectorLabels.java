package org.journeycanvas.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a connector's label goes: on its line where the line is long enough, else beside it, wherever it covers
 * the least of the cards' text and never the arrow head. The lane grid's gutters are narrower than a label, so
 * some overlap of a card's edge, where its padding is, is taken; its text is what must stay readable.
 */
final class ConnectorLabels {
    /** How far beside its line a label sits when it does not sit on it. */
    private static final double BESIDE = 6;
    /** Half the size of the square around the arrow head (9 long, 9 wide, at the end), which no label covers. */
    private static final double ARROW_REACH = 5.5;
    /** Where along a piece of the line a label may sit. */
    private static final double[] ALONG = {0.5, 0.3, 0.7};

    private ConnectorLabels() {}

    /**
     * The best place for a label of this size along the line through {@code points}, away from the labels
     * {@code taken} by other connectors.
     */
    static Rect place(MapGeometry geometry, List<Point> points, double width, double height, List<Rect> taken) {
        List<Rect> candidates = new ArrayList<>();
        for (int piece : piecesLongestFirst(points)) {
            Point a = points.get(piece - 1);
            Point b = points.get(piece);
            boolean horizontal = Math.abs(a.y() - b.y()) < 0.01;
            for (double t : ALONG) {
                double x = a.x() + (b.x() - a.x()) * t;
                double y = a.y() + (b.y() - a.y()) * t;
                candidates.add(box(x - width / 2, y - height / 2, width, height));
                if (horizontal) {
                    candidates.add(box(x - width / 2, y - BESIDE - height, width, height));
                    candidates.add(box(x - width / 2, y + BESIDE, width, height));
                } else {
                    candidates.add(box(x + BESIDE, y - height / 2, width, height));
                    candidates.add(box(x - BESIDE - width, y - height / 2, width, height));
                }
            }
        }
        Rect arrow = arrowHead(points);
        Rect best = candidates.get(0);
        double bestCost = Double.MAX_VALUE;
        for (Rect candidate : candidates) {
            double cost = cost(geometry, candidate, arrow);
            for (Rect other : taken) {
                // another label hides all of what it covers, a card only its edge: worse
                cost += 4 * overlap(candidate, other);
            }
            if (cost < bestCost) {
                best = candidate;
                bestCost = cost;
            }
        }
        return best;
    }

    private static Rect arrowHead(List<Point> points) {
        Point end = points.get(points.size() - 1);
        Point before = points.get(points.size() - 2);
        double length = Math.max(0.01, Math.hypot(end.x() - before.x(), end.y() - before.y()));
        double centerX = end.x() - (end.x() - before.x()) / length * 4.5;
        double centerY = end.y() - (end.y() - before.y()) / length * 4.5;
        return new Rect(centerX - ARROW_REACH, centerY - ARROW_REACH, 2 * ARROW_REACH, 2 * ARROW_REACH);
    }

    /** How much of the cards' text the label would cover, and whether it covers the arrow or the headers or leaves the map. */
    private static double cost(MapGeometry geometry, Rect label, Rect arrow) {
        double cost = label.intersects(arrow) ? 1e9 : 0;
        LayoutStyle style = geometry.style();
        Rect map = geometry.bounds();
        if (label.x() < style.laneLabelWidth()
                || label.y() < style.stageHeaderHeight()
                || label.maxX() > map.maxX()
                || label.maxY() > map.maxY()) {
            cost += 1e8;
        }
        double inset = style.cardPadding() / 2;
        for (CardBox card : geometry.cardsTouching(label)) {
            Rect b = card.bounds();
            cost += overlap(
                    label, new Rect(b.x() + inset, b.y() + inset, b.width() - 2 * inset, b.height() - 2 * inset));
        }
        return cost;
    }

    private static double overlap(Rect a, Rect b) {
        double width = Math.min(a.maxX(), b.maxX()) - Math.max(a.x(), b.x());
        double height = Math.min(a.maxY(), b.maxY()) - Math.max(a.y(), b.y());
        return width > 0 && height > 0 ? width * height : 0;
    }

    private static List<Integer> piecesLongestFirst(List<Point> points) {
        List<Integer> pieces = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            pieces.add(i);
        }
        pieces.sort((i, j) -> Double.compare(length(points, j), length(points, i)));
        return pieces;
    }

    private static double length(List<Point> points, int piece) {
        Point a = points.get(piece - 1);
        Point b = points.get(piece);
        return Math.abs(a.x() - b.x()) + Math.abs(a.y() - b.y());
    }

    /** Whole units, so that the label's text sits on the pixel grid as the cards' does. */
    private static Rect box(double x, double y, double width, double height) {
        return new Rect(Math.ceil(x), Math.ceil(y), Math.ceil(width), height);
    }
}
