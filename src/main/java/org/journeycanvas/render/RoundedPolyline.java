package org.journeycanvas.render;

import java.awt.geom.Path2D;
import java.util.List;
import org.journeycanvas.layout.Point;

/**
 * The path of a connector's line: straight pieces through the points, each corner rounded by a quarter circle
 * (a cubic curve) of the given radius, or less where a piece next to it is short, so that two corners never
 * overlap. Every surface draws this one path, so the corners look the same on screen and in every export.
 */
public final class RoundedPolyline {
    /** A quarter circle's control points sit this far along the tangents, as a fraction of the radius. */
    private static final double KAPPA = 0.5522847498;

    private RoundedPolyline() {}

    public static Path2D.Double path(List<Point> points, double cornerRadius) {
        Path2D.Double path = new Path2D.Double();
        if (points.isEmpty()) {
            return path;
        }
        path.moveTo(points.get(0).x(), points.get(0).y());
        for (int i = 1; i < points.size() - 1; i++) {
            Point before = points.get(i - 1);
            Point corner = points.get(i);
            Point after = points.get(i + 1);
            double in = distance(before, corner);
            double out = distance(corner, after);
            double radius = Math.min(cornerRadius, Math.min(in, out) / 2);
            if (radius <= 0.01) {
                path.lineTo(corner.x(), corner.y());
                continue;
            }
            double inX = (corner.x() - before.x()) / in;
            double inY = (corner.y() - before.y()) / in;
            double outX = (after.x() - corner.x()) / out;
            double outY = (after.y() - corner.y()) / out;
            double startX = corner.x() - inX * radius;
            double startY = corner.y() - inY * radius;
            double endX = corner.x() + outX * radius;
            double endY = corner.y() + outY * radius;
            path.lineTo(startX, startY);
            double k = radius * KAPPA;
            path.curveTo(startX + inX * k, startY + inY * k, endX - outX * k, endY - outY * k, endX, endY);
        }
        if (points.size() > 1) {
            Point last = points.get(points.size() - 1);
            path.lineTo(last.x(), last.y());
        }
        return path;
    }

    /** A closed outline through the points: an arrow head. */
    public static Path2D.Double polygon(List<Point> points) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < points.size(); i++) {
            if (i == 0) {
                path.moveTo(points.get(i).x(), points.get(i).y());
            } else {
                path.lineTo(points.get(i).x(), points.get(i).y());
            }
        }
        if (!points.isEmpty()) {
            path.closePath();
        }
        return path;
    }

    private static double distance(Point a, Point b) {
        return Math.hypot(b.x() - a.x(), b.y() - a.y());
    }
}
