package org.journeycanvas.ui.canvas;

import java.util.function.DoubleSupplier;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import org.journeycanvas.layout.DropTarget;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.render.MapPainter;
import org.journeycanvas.render.Rgb;
import org.journeycanvas.ui.Selection;

/**
 * The stage headers pinned to the top of the view once the map is scrolled down, so the stages stay named: on a
 * canvas of their own over the map's tiles and marks, painted with every frame (they are a thin strip).
 */
final class PinnedHeaders {
    private static final Rgb SHADOW = Rgb.of("#000000").withAlpha(0.15);
    private static final double SHADOW_HEIGHT = 2;

    private final Canvas canvas = new Canvas();
    private final FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
    private final CanvasMarks marks;

    PinnedHeaders(DoubleSupplier zoom) {
        this.marks = new CanvasMarks(surface, zoom);
        canvas.setManaged(false);
        canvas.setVisible(false);
    }

    Canvas node() {
        return canvas;
    }

    void hide() {
        canvas.setVisible(false);
    }

    /** Paints the headers of what is visible from {@code scrollX} on, with the selected stage and a stage drop. */
    void paint(
            MapGeometry geometry,
            MapIndex index,
            MapPainter painter,
            Selection selected,
            DropTarget dropTarget,
            double scrollX,
            double zoom,
            double width) {
        double headerHeight = geometry.headerHeight();
        double height = Math.ceil(headerHeight * zoom + SHADOW_HEIGHT);
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
        }
        canvas.setVisible(true);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.clearRect(0, 0, width, height);
        gc.setTransform(zoom, 0, 0, zoom, -scrollX * zoom, 0);
        Rect headerArea = new Rect(scrollX, 0, width / zoom, headerHeight);
        painter.paintStageHeaders(geometry, index, headerArea, surface);
        marks.paintStageSelection(geometry, painter.theme(), selected);
        if (dropTarget instanceof DropTarget.StageInsert insert) {
            Rect marker = insert.marker();
            surface.fillRect(
                    new Rect(marker.x(), 0, marker.width(), headerArea.height()),
                    painter.theme().dropTarget());
        }
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setFill(FxSurface.fx(SHADOW));
        gc.fillRect(0, headerHeight * zoom, width, SHADOW_HEIGHT);
    }
}
