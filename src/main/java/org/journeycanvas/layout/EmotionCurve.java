package org.journeycanvas.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A smooth curve through the emotion points, left to right. Monotone (Fritsch–Carlson) tangents keep it from
 * overshooting: between two equal scores it stays flat, and it never dips below or rises above its points.
 */
public final class EmotionCurve {
    private EmotionCurve() {}

    public static List<CurveSegment> through(List<Point> points) {
        int n = points.size();
        List<CurveSegment> segments = new ArrayList<>();
        if (n < 2) {
            return segments;
        }
        double[] slopes = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            double dx = points.get(i + 1).x() - points.get(i).x();
            slopes[i] = dx == 0 ? 0 : (points.get(i + 1).y() - points.get(i).y()) / dx;
        }
        double[] tangents = new double[n];
        tangents[0] = slopes[0];
        tangents[n - 1] = slopes[n - 2];
        for (int i = 1; i < n - 1; i++) {
            tangents[i] = slopes[i - 1] * slopes[i] <= 0 ? 0 : (slopes[i - 1] + slopes[i]) / 2;
        }
        for (int i = 0; i < n - 1; i++) {
            if (slopes[i] == 0) {
                tangents[i] = 0;
                tangents[i + 1] = 0;
                continue;
            }
            double a = tangents[i] / slopes[i];
            double b = tangents[i + 1] / slopes[i];
            double length = a * a + b * b;
            if (length > 9) {
                double scale = 3 / Math.sqrt(length);
                tangents[i] = scale * a * slopes[i];
                tangents[i + 1] = scale * b * slopes[i];
            }
        }
        for (int i = 0; i < n - 1; i++) {
            Point start = points.get(i);
            Point end = points.get(i + 1);
            double third = (end.x() - start.x()) / 3;
            segments.add(new CurveSegment(
                    start,
                    new Point(start.x() + third, start.y() + tangents[i] * third),
                    new Point(end.x() - third, end.y() - tangents[i + 1] * third),
                    end));
        }
        return segments;
    }
}
