package org.journeycanvas.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.journeycanvas.model.Connector;

/**
 * Routes connectors through the lane grid's gutters, where no card ever is: cards keep {@code cellPadding} from
 * their cell's edges, so the lines between stage columns and between lanes are free. A connector leaves its
 * first card on the side facing its second, runs along the gutter beside the column, crosses columns along a lane
 * boundary (or straight across when nothing is in the way) and enters its second card from the side it came from.
 * Two cards one above the other in a column are joined by a straight vertical line when no card is between them.
 *
 * <p>Written by hand: the grid makes routing a matter of choosing gutters, which no general graph router would
 * know. Connectors sharing a gutter are spread a few units apart so that they stay apart.
 */
final class ConnectorRouter {
    private static final double LABEL_MAX_WIDTH = 150;
    private static final int LABEL_MAX_LINES = 2;
    private static final double LABEL_PADDING = 3;
    /** How far apart the lines of connectors sharing a gutter run. */
    private static final double SPREAD = 4;

    private final TextWrapper wrapper;

    ConnectorRouter(TextWrapper wrapper) {
        this.wrapper = wrapper;
    }

    /** The routes of the connectors whose two cards are both laid out (shown, in lanes that are not folded). */
    List<ConnectorRoute> routes(MapGeometry geometry, List<Connector> connectors) {
        List<ConnectorRoute> routes = new ArrayList<>(connectors.size());
        for (int i = 0; i < connectors.size(); i++) {
            Connector connector = connectors.get(i);
            Optional<CardBox> from = geometry.card(connector.fromCardId());
            Optional<CardBox> to = geometry.card(connector.toCardId());
            if (from.isPresent() && to.isPresent()) {
                double spread = ((i % 3) - 1) * SPREAD;
                List<Point> points = simplified(route(geometry, from.get(), to.get(), spread));
                routes.add(labelled(connector, points));
            }
        }
        return routes;
    }

    private List<Point> route(MapGeometry geometry, CardBox from, CardBox to, double spread) {
        Rect a = anchor(from);
        Rect b = anchor(to);
        StageColumn fromColumn = geometry.stage(from.stageId()).orElseThrow();
        StageColumn toColumn = geometry.stage(to.stageId()).orElseThrow();
        if (fromColumn.index() == toColumn.index()) {
            return inOneColumn(geometry, a, b, fromColumn, spread);
        }
        boolean forward = fromColumn.index() < toColumn.index();
        Point start = forward ? new Point(a.maxX(), a.centerY()) : new Point(a.x(), a.centerY());
        Point end = forward ? new Point(b.x(), b.centerY()) : new Point(b.maxX(), b.centerY());
        // the gutters beside the two columns, on the sides that face each other
        double leaving =
                (forward ? fromColumn.column().maxX() : fromColumn.column().x()) + spread;
        double arriving = (forward ? toColumn.column().x() : toColumn.column().maxX()) + spread;
        if (Math.abs(toColumn.index() - fromColumn.index()) == 1) {
            return List.of(start, new Point(leaving, start.y()), new Point(leaving, end.y()), end);
        }
        double across = crossingHeight(geometry, start, end, leaving, arriving);
        return List.of(
                start,
                new Point(leaving, start.y()),
                new Point(leaving, across),
                new Point(arriving, across),
                new Point(arriving, end.y()),
                end);
    }

    /** Straight down or up when nothing is between the cards, else out to the right and back in. */
    private List<Point> inOneColumn(MapGeometry geometry, Rect a, Rect b, StageColumn column, double spread) {
        boolean below = b.y() >= a.maxY();
        boolean above = b.maxY() <= a.y();
        if (below || above) {
            double x = Math.max(a.x(), b.x()) + Math.min(a.width(), b.width()) / 2;
            Point start = new Point(x, below ? a.maxY() : a.y());
            Point end = new Point(x, below ? b.y() : b.maxY());
            if (verticalIsFree(geometry, x, start.y(), end.y(), a, b)) {
                return List.of(start, end);
            }
        }
        double gutter = column.column().maxX() + spread;
        Point start = new Point(a.maxX(), a.centerY());
        Point end = new Point(b.maxX(), b.centerY());
        return List.of(start, new Point(gutter, start.y()), new Point(gutter, end.y()), end);
    }

    /**
     * The height at which a connector crosses the columns between its two: straight across at the height of
     * either card when that is free of cards, else along the lane boundary nearest to halfway.
     */
    private static double crossingHeight(
            MapGeometry geometry, Point start, Point end, double leaving, double arriving) {
        double left = Math.min(leaving, arriving);
        double right = Math.max(leaving, arriving);
        for (double y : new double[] {end.y(), start.y()}) {
            if (horizontalIsFree(geometry, y, left, right)) {
                return y;
            }
        }
        double halfway = (start.y() + end.y()) / 2;
        double best = start.y();
        double bestDistance = Double.MAX_VALUE;
        for (PersonaBand persona : geometry.personas()) {
            for (LaneRow lane : persona.lanes()) {
                for (double boundary :
                        new double[] {lane.bounds().y(), lane.bounds().maxY()}) {
                    double distance = Math.abs(boundary - halfway);
                    if (distance < bestDistance) {
                        best = boundary;
                        bestDistance = distance;
                    }
                }
            }
        }
        return best;
    }

    private static boolean horizontalIsFree(MapGeometry geometry, double y, double left, double right) {
        Optional<LaneRow> lane = geometry.laneAt(y);
        if (lane.isEmpty()) {
            return true;
        }
        for (CellBox cell : lane.get().cells()) {
            if (cell.bounds().maxX() <= left || cell.bounds().x() >= right) {
                continue;
            }
            for (CardBox card : cell.cards()) {
                Rect box = anchor(card);
                if (y >= box.y() - 1 && y <= box.maxY() + 1 && box.maxX() > left && box.x() < right) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean verticalIsFree(MapGeometry geometry, double x, double y1, double y2, Rect a, Rect b) {
        double top = Math.min(y1, y2);
        double bottom = Math.max(y1, y2);
        for (CardBox card : geometry.cardsTouching(new Rect(x - 1, top, 2, bottom - top))) {
            Rect box = anchor(card);
            if (!box.equals(a) && !box.equals(b) && box.maxY() > top && box.y() < bottom) {
                return false;
            }
        }
        return true;
    }

    /** What a connector attaches to: the note, or the point of an emotion. */
    static Rect anchor(CardBox card) {
        if (card.isEmotionPoint()) {
            double r = CardBox.EMOTION_POINT_RADIUS;
            return new Rect(card.point().x() - r, card.point().y() - r, 2 * r, 2 * r);
        }
        return card.bounds();
    }

    /** Without repeated points and without corners that are not corners (three points on one line). */
    private static List<Point> simplified(List<Point> points) {
        List<Point> kept = new ArrayList<>();
        for (Point point : points) {
            if (!kept.isEmpty() && samePlace(kept.get(kept.size() - 1), point)) {
                continue;
            }
            if (kept.size() >= 2 && inLine(kept.get(kept.size() - 2), kept.get(kept.size() - 1), point)) {
                kept.set(kept.size() - 1, point);
            } else {
                kept.add(point);
            }
        }
        if (kept.size() == 1) {
            kept.add(kept.get(0));
        }
        return kept;
    }

    private static boolean samePlace(Point a, Point b) {
        return Math.abs(a.x() - b.x()) < 0.01 && Math.abs(a.y() - b.y()) < 0.01;
    }

    private static boolean inLine(Point a, Point b, Point c) {
        boolean vertical = Math.abs(a.x() - b.x()) < 0.01 && Math.abs(b.x() - c.x()) < 0.01;
        boolean horizontal = Math.abs(a.y() - b.y()) < 0.01 && Math.abs(b.y() - c.y()) < 0.01;
        return vertical || horizontal;
    }

    /** The route with its label, wrapped, centred on the longest straight piece of the line. */
    private ConnectorRoute labelled(Connector connector, List<Point> points) {
        if (connector.label().isBlank()) {
            return new ConnectorRoute(
                    connector.id(), connector.fromCardId(), connector.toCardId(), points, List.of(), null);
        }
        List<String> lines = wrapper.wrap(
                connector.label(), LABEL_MAX_WIDTH - 2 * LABEL_PADDING, TextStyle.CONNECTOR_LABEL, LABEL_MAX_LINES);
        double width = lines.stream()
                        .mapToDouble(line -> wrapper.width(line, TextStyle.CONNECTOR_LABEL))
                        .max()
                        .orElse(0)
                + 2 * LABEL_PADDING;
        double height = lines.size() * TextStyle.CONNECTOR_LABEL.lineHeight() + 2 * LABEL_PADDING;
        Point a = points.get(0);
        Point b = points.get(1);
        for (int i = 2; i < points.size(); i++) {
            if (length(points.get(i - 1), points.get(i)) > length(a, b)) {
                a = points.get(i - 1);
                b = points.get(i);
            }
        }
        double centerX = (a.x() + b.x()) / 2;
        double centerY = (a.y() + b.y()) / 2;
        Rect bounds =
                new Rect(Math.ceil(centerX - width / 2), Math.ceil(centerY - height / 2), Math.ceil(width), height);
        return new ConnectorRoute(connector.id(), connector.fromCardId(), connector.toCardId(), points, lines, bounds);
    }

    private static double length(Point a, Point b) {
        return Math.abs(a.x() - b.x()) + Math.abs(a.y() - b.y());
    }
}
