package org.journeycanvas.export.pdf;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Java2D outlines (text, icons, connectors' lines) as the current path of a PDF content stream. */
final class PdfPaths {
    private PdfPaths() {}

    /** Adds a Java2D shape to the current path; false when it has no segment. */
    static boolean append(PDPageContentStream content, Shape shape) throws IOException {
        PathIterator path = shape.getPathIterator(null);
        double[] c = new double[6];
        double lastX = 0;
        double lastY = 0;
        boolean any = false;
        while (!path.isDone()) {
            switch (path.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    content.moveTo((float) c[0], (float) c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    content.lineTo((float) c[0], (float) c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    // A quadratic curve is the cubic whose control points lie two thirds of the way to its one.
                    content.curveTo(
                            (float) (lastX + 2 * (c[0] - lastX) / 3),
                            (float) (lastY + 2 * (c[1] - lastY) / 3),
                            (float) (c[2] + 2 * (c[0] - c[2]) / 3),
                            (float) (c[3] + 2 * (c[1] - c[3]) / 3),
                            (float) c[2],
                            (float) c[3]);
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    content.curveTo((float) c[0], (float) c[1], (float) c[2], (float) c[3], (float) c[4], (float) c[5]);
                    lastX = c[4];
                    lastY = c[5];
                }
                default -> content.closePath();
            }
            any = true;
            path.next();
        }
        return any;
    }
}
