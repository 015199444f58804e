package org.journeycanvas.export.svg;

import java.awt.Shape;
import java.awt.geom.FlatteningPathIterator;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.layout.Point;

/** A Java2D outline as the {@code d} attribute of an SVG path. */
final class SvgPaths {
    private SvgPaths() {}

    static String of(Shape shape) {
        StringBuilder d = new StringBuilder();
        double[] points = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(points);
            switch (type) {
                case PathIterator.SEG_MOVETO -> command(d, 'M', points, 2);
                case PathIterator.SEG_LINETO -> command(d, 'L', points, 2);
                case PathIterator.SEG_QUADTO -> command(d, 'Q', points, 4);
                case PathIterator.SEG_CUBICTO -> command(d, 'C', points, 6);
                case PathIterator.SEG_CLOSE -> d.append('Z');
                default -> throw new IllegalStateException("unknown path segment " + type);
            }
        }
        return d.toString();
    }

    /** The corners of a closed outline with its curves flattened to lines (within a fifth of a unit). */
    static List<Point> flattened(Shape shape) {
        List<Point> corners = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = new FlatteningPathIterator(shape.getPathIterator(null), 0.2); !it.isDone(); it.next()) {
            if (it.currentSegment(c) != PathIterator.SEG_CLOSE) {
                corners.add(new Point(c[0], c[1]));
            }
        }
        return corners;
    }

    private static void command(StringBuilder d, char command, double[] points, int count) {
        d.append(command);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                d.append(' ');
            }
            SvgNumbers.append(d, points[i]);
        }
    }
}
