package org.journeycanvas.ui.canvas;

import java.util.Set;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.render.MapTheme;
import org.journeycanvas.render.Rgb;
import org.journeycanvas.ui.Selection;

/**
 * The canvas over the map's tiles with what the editor marks on the map: the selection, find results, the drag
 * overlay, a comparison's marks and the connectors' handles. Painted with every frame, and only as large as what
 * it shows (on a grid of {@value #GRID} pixels of the view), hidden while it shows nothing: the software pipeline
 * draws a changed canvas whole, blending it over the tiles under it, and a layer the size of the view made each
 * frame of a drag cost a frame's time there.
 */
final class MarksLayer {
    /** The canvas's size and position step by this much, so that a mark moving a little keeps the canvas. */
    private static final double GRID = 64;

    private final Canvas canvas = new Canvas();
    private final FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
    private final CanvasMarks marks;
    private final CompareMarksPainter compareMarks = new CompareMarksPainter(surface);
    /** Puts the canvas in the scene; see the constructor. */
    private final Consumer<Canvas> attach;

    private double width;
    private double height;
    /** The largest width and height the canvas has had since the view last changed size; see {@link #place}. */
    private double grownWidth;

    private double grownHeight;

    /**
     * {@code attach} puts the layer's canvas in the scene, above the map's tiles; it is called the first time the
     * layer has something to show: a canvas in the scene is drawn as soon as it is sized, even hidden, into an
     * image the size of the view, and the first frame of a window has no marks.
     */
    MarksLayer(DoubleSupplier zoom, Consumer<Canvas> attach) {
        marks = new CanvasMarks(surface, zoom);
        this.attach = attach;
        // Placed by this layer, so that its changing size never asks the map canvas for a layout.
        canvas.setManaged(false);
    }

    ConnectorMarks connectors() {
        return marks.connectors();
    }

    CompareMarksPainter compareMarks() {
        return compareMarks;
    }

    /** The view's size, as the last layout left it. */
    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** Takes the view's size; returns whether it changed. */
    boolean resize(double newWidth, double newHeight) {
        boolean resized = Double.compare(width, newWidth) != 0 || Double.compare(height, newHeight) != 0;
        width = newWidth;
        height = newHeight;
        if (resized) {
            grownWidth = 0;
            grownHeight = 0;
        }
        return resized;
    }

    /** With no map to show, the layer covers the view with the backdrop. */
    void fill(Rgb backdrop) {
        GraphicsContext gc = place(new Rect(0, 0, width, height));
        gc.setFill(FxSurface.fx(backdrop));
        gc.fillRect(0, 0, width, height);
        attachOnce();
        canvas.setVisible(true);
    }

    void paint(
            MapGeometry geometry,
            MapTheme theme,
            Selection selected,
            Set<String> highlighted,
            CanvasOverlay overlay,
            double scrollX,
            double scrollY,
            double zoom) {
        // Measured first, then painted on a canvas made the size of what the marks cover.
        InkedArea inked = new InkedArea();
        surface.measureInto(inked);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(zoom, 0, 0, zoom, -scrollX * zoom, -scrollY * zoom);
        compareMarks.paint(geometry, theme);
        marks.paint(geometry, theme, selected, highlighted, overlay);
        surface.measureInto(null);
        Rect covered = inked.within(width, height, GRID);
        if (covered == null) {
            // Also while hidden: a canvas that is not rendered keeps every command given it, until a clear of the
            // whole.
            gc.setTransform(1, 0, 0, 1, 0, 0);
            gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            canvas.setVisible(false);
            return;
        }
        gc = place(covered);
        gc.setTransform(zoom, 0, 0, zoom, -scrollX * zoom - canvas.getLayoutX(), -scrollY * zoom - canvas.getLayoutY());
        compareMarks.paint(geometry, theme);
        marks.paint(geometry, theme, selected, highlighted, overlay);
        attachOnce();
        canvas.setVisible(true);
    }

    /**
     * Puts the canvas over an area of the view, on whole pixels of the screen so that the marks are as crisp as
     * painted with the view, and clears it; gives its graphics with no transform.
     */
    private GraphicsContext place(Rect area) {
        double left = DevicePixels.round(canvas, area.x());
        double top = DevicePixels.round(canvas, area.y());
        double canvasWidth = area.maxX() - left;
        double canvasHeight = area.maxY() - top;
        if (canvasWidth > grownWidth || canvasHeight > grownHeight) {
            // The renderer keeps a canvas's pixels while the canvas fits in them, and makes new ones of exactly the
            // canvas's size when it outgrows them either way: a wide mark after a tall one would make new pixels at
            // each change. Grown to both largest sizes for one frame, the pixels fit every smaller mark after.
            grownWidth = Math.min(width, Math.max(grownWidth, canvasWidth));
            grownHeight = Math.min(height, Math.max(grownHeight, canvasHeight));
            // Kept in the view where it can be, and over the whole area.
            left = Math.max(0, Math.min(left, DevicePixels.round(canvas, width - grownWidth)));
            top = Math.max(0, Math.min(top, DevicePixels.round(canvas, height - grownHeight)));
            canvasWidth = Math.max(grownWidth, area.maxX() - left);
            canvasHeight = Math.max(grownHeight, area.maxY() - top);
        }
        canvas.setLayoutX(left);
        canvas.setLayoutY(top);
        canvas.setWidth(canvasWidth);
        canvas.setHeight(canvasHeight);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        return gc;
    }

    private void attachOnce() {
        if (canvas.getParent() == null) {
            attach.accept(canvas);
        }
    }
}
