package org.journeycanvas.ui.canvas;

import javafx.scene.transform.Affine;
import org.journeycanvas.layout.Rect;

/**
 * Where drawing calls would put ink, in pixels of the canvas, gathered while a surface only measures
 * ({@link FxSurface#measureInto}): the marks' canvas is made only as large as what it shows, since the software
 * pipeline draws the whole of a canvas again whenever it changes.
 */
final class InkedArea {
    /** Room for the blended edge pixels around a shape, in canvas pixels. */
    private static final double EDGE = 2;

    private double minX = Double.POSITIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;

    /** Adds a rectangle of the drawing's own coordinates, under the transform the drawing is made with. */
    void add(Affine transform, double x0, double y0, double x1, double y1) {
        corner(transform, x0, y0);
        corner(transform, x1, y0);
        corner(transform, x0, y1);
        corner(transform, x1, y1);
    }

    private void corner(Affine transform, double x, double y) {
        double canvasX = transform.getMxx() * x + transform.getMxy() * y + transform.getTx();
        double canvasY = transform.getMyx() * x + transform.getMyy() * y + transform.getTy();
        minX = Math.min(minX, canvasX - EDGE);
        minY = Math.min(minY, canvasY - EDGE);
        maxX = Math.max(maxX, canvasX + EDGE);
        maxY = Math.max(maxY, canvasY + EDGE);
    }

    /** For a drawing whose extent is not worked out: it may ink anywhere. */
    void addEverywhere() {
        minX = Double.NEGATIVE_INFINITY;
        minY = Double.NEGATIVE_INFINITY;
        maxX = Double.POSITIVE_INFINITY;
        maxY = Double.POSITIVE_INFINITY;
    }

    /**
     * The inked area grown outward to whole multiples of {@code grid} (so that a mark moving a little keeps the
     * canvas's size) and cut to a view of that size, or null when nothing inked within it.
     */
    Rect within(double width, double height, double grid) {
        double left = Math.max(0, Math.floor(minX / grid) * grid);
        double top = Math.max(0, Math.floor(minY / grid) * grid);
        double right = Math.min(width, Math.ceil(maxX / grid) * grid);
        double bottom = Math.min(height, Math.ceil(maxY / grid) * grid);
        return right > left && bottom > top ? new Rect(left, top, right - left, bottom - top) : null;
    }
}
