package org.journeycanvas.layout;

import java.util.List;

/**
 * Where a connector is drawn: an orthogonal line through {@code points}, from the edge of its first card to the
 * edge of its second, where the arrow head goes. The painter rounds the corners. A label, when there is one, sits
 * in {@code labelBounds} (wrapped into {@code labelLines}) on the longest straight piece of the line.
 */
public record ConnectorRoute(
        String connectorId,
        String fromCardId,
        String toCardId,
        List<Point> points,
        List<String> labelLines,
        Rect labelBounds) {
    public ConnectorRoute {
        points = List.copyOf(points);
        labelLines = List.copyOf(labelLines);
    }

    public Point start() {
        return points.get(0);
    }

    public Point end() {
        return points.get(points.size() - 1);
    }

    /** The rectangle around the whole line and its label: painting skips a connector that misses the view. */
    public Rect bounds() {
        double minX = labelBounds == null ? Double.MAX_VALUE : labelBounds.x();
        double minY = labelBounds == null ? Double.MAX_VALUE : labelBounds.y();
        double maxX = labelBounds == null ? -Double.MAX_VALUE : labelBounds.maxX();
        double maxY = labelBounds == null ? -Double.MAX_VALUE : labelBounds.maxY();
        for (Point point : points) {
            minX = Math.min(minX, point.x());
            minY = Math.min(minY, point.y());
            maxX = Math.max(maxX, point.x());
            maxY = Math.max(maxY, point.y());
        }
        return new Rect(minX, minY, maxX - minX, maxY - minY);
    }

    /** How far a position is from the line (or 0 on the label): for picking a connector with the mouse. */
    public double distanceTo(double x, double y) {
        if (labelBounds != null && labelBounds.contains(x, y)) {
            return 0;
        }
        double nearest = Double.MAX_VALUE;
        for (int i = 1; i < points.size(); i++) {
            nearest = Math.min(nearest, distanceToSegment(points.get(i - 1), points.get(i), x, y));
        }
        return nearest;
    }

    private static double distanceToSegment(Point a, Point b, double x, double y) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : ((x - a.x()) * dx + (y - a.y()) * dy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(x - (a.x() + t * dx), y - (a.y() + t * dy));
    }
}
