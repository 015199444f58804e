package org.journeycanvas.ui.canvas;

import java.util.Set;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.render.MapTheme;
import org.journeycanvas.render.Rgb;
import org.journeycanvas.ui.Selection;

/**
 * The canvas the size of the view over the map's tiles, with what the editor marks on the map: the selection,
 * find results, the drag overlay, a comparison's marks and the connectors' handles. Painted with every frame, and
 * hidden while it shows nothing, since blending a transparent layer the size of the view costs a frame's time on
 * the software pipeline.
 */
final class MarksLayer {
    private final Canvas canvas = new Canvas();
    private final FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
    private final CanvasMarks marks;
    private final CompareMarksPainter compareMarks = new CompareMarksPainter(surface);
    /** Puts the canvas in the scene; see the constructor. */
    private final Consumer<Canvas> attach;

    /**
     * {@code attach} puts the layer's canvas in the scene, above the map's tiles; it is called the first time the
     * layer has something to show: a canvas in the scene is drawn as soon as it is sized, even hidden, into an
     * image the size of the view, and the first frame of a window has no marks.
     */
    MarksLayer(DoubleSupplier zoom, Consumer<Canvas> attach) {
        marks = new CanvasMarks(surface, zoom);
        this.attach = attach;
    }

    ConnectorMarks connectors() {
        return marks.connectors();
    }

    CompareMarksPainter compareMarks() {
        return compareMarks;
    }

    /** The view's size, as the last layout left it. */
    double width() {
        return canvas.getWidth();
    }

    double height() {
        return canvas.getHeight();
    }

    /** Sizes the layer to the view; returns whether the size changed. */
    boolean resize(double width, double height) {
        boolean resized =
                Double.compare(canvas.getWidth(), width) != 0 || Double.compare(canvas.getHeight(), height) != 0;
        canvas.setWidth(width);
        canvas.setHeight(height);
        return resized;
    }

    /** With no map to show, the layer covers the view with the backdrop. */
    void fill(Rgb backdrop) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setFill(FxSurface.fx(backdrop));
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
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
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        // Also while hidden: a canvas that is not rendered keeps every command given it, until a clear of the whole.
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        surface.takeInked();
        gc.setTransform(zoom, 0, 0, zoom, -scrollX * zoom, -scrollY * zoom);
        compareMarks.paint(geometry, theme);
        marks.paint(geometry, theme, selected, highlighted, overlay);
        boolean inked = surface.takeInked();
        if (inked) {
            attachOnce();
        }
        canvas.setVisible(inked);
    }

    private void attachOnce() {
        if (canvas.getParent() == null) {
            attach.accept(canvas);
        }
    }
}
