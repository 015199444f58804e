package org.journeycanvas.ui.canvas;

import java.util.Objects;
import java.util.function.DoubleSupplier;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;
import org.journeycanvas.layout.DropTarget;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.render.MapPainter;
import org.journeycanvas.render.Rgb;
import org.journeycanvas.ui.Selection;

/**
 * The stage headers pinned to the top of the view once the map is scrolled down, so the stages stay named: on a
 * canvas of their own over the map's tiles and marks, painted wider than the view so that panning sideways only
 * moves it, and painted again when it would show its edge or something on it changed.
 */
final class PinnedHeaders {
    private static final Rgb SHADOW = Rgb.of("#000000").withAlpha(0.15);
    private static final double SHADOW_HEIGHT = 2;
    /** How far beyond each side of the view the headers are painted, in pixels. */
    private static final double AHEAD = 384;

    private final Canvas canvas = new Canvas();
    private final FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
    private final CanvasMarks marks;
    /** Keeps what is painted ahead from showing beside the view. */
    private final Rectangle clip = new Rectangle();

    private final Affine placement = new Affine();
    /** What the canvas shows: everything that decides its pixels, and the scroll (in pixels) it was painted at. */
    private Painted painted;

    private record Painted(
            MapGeometry geometry,
            MapPainter painter,
            Selection selected,
            DropTarget dropTarget,
            double zoom,
            double width,
            double scrollPixels) {
        boolean shows(Painted wanted) {
            return sameHeaders(wanted) && zoom == wanted.zoom && Math.abs(scrollPixels - wanted.scrollPixels) <= AHEAD;
        }

        /** The same headers, selection and drop, whatever the zoom and scroll. */
        boolean sameHeaders(Painted wanted) {
            return geometry == wanted.geometry
                    && painter == wanted.painter
                    && selected.equals(wanted.selected)
                    && Objects.equals(dropTarget, wanted.dropTarget)
                    && width == wanted.width;
        }

        /** The painted strip's left edge, in pixels of its zoom from the map's origin. */
        double left() {
            return scrollPixels - AHEAD;
        }
    }

    PinnedHeaders(DoubleSupplier zoom) {
        this.marks = new CanvasMarks(surface, zoom);
        canvas.setManaged(false);
        canvas.setVisible(false);
        canvas.setMouseTransparent(true);
        canvas.setClip(clip);
        canvas.getTransforms().add(placement);
    }

    Canvas node() {
        return canvas;
    }

    void hide() {
        canvas.setVisible(false);
    }

    /** Forgets what the canvas shows: the map's look changed. */
    void invalidate() {
        painted = null;
    }

    /**
     * Shows the headers of what is visible from {@code scrollX} on, with the selected stage and a stage drop. While
     * the zoom moves ({@code rest} false), the headers painted at an earlier zoom are shown scaled, as the map's
     * tiles are, as long as they reach across the view.
     */
    void show(
            MapGeometry geometry,
            MapIndex index,
            MapPainter painter,
            Selection selected,
            DropTarget dropTarget,
            double scrollX,
            double zoom,
            double width,
            double height,
            boolean rest) {
        // On whole pixels, as the map canvas keeps its scroll, so the headers line up with the tiles beneath.
        double scrollPixels = DevicePixels.round(canvas, scrollX * zoom);
        // Only a drop between stages marks the headers: a drag over the cells leaves them as painted.
        DropTarget headersDrop = dropTarget instanceof DropTarget.StageInsert ? dropTarget : null;
        Painted wanted = new Painted(geometry, painter, selected, headersDrop, zoom, width, scrollPixels);
        boolean scaledWillDo = !rest && painted != null && painted.sameHeaders(wanted) && reachesAcross(wanted);
        if (painted == null || !painted.shows(wanted) && !scaledWillDo) {
            paint(wanted, index);
            painted = wanted;
        }
        double scale = zoom / painted.zoom;
        double x = scale * painted.left() - (Double.compare(scale, 1) == 0 ? scrollPixels : scrollX * zoom);
        placement.setToTransform(scale, 0, x, 0, scale, 0);
        clip.setX(-x / scale);
        clip.setWidth(width / scale);
        // At a high zoom in a short window the headers could be taller than the view.
        clip.setHeight(Math.min(canvas.getHeight(), height / scale));
        canvas.setVisible(true);
    }

    /** Whether the painted strip, scaled to the wanted zoom, covers the whole width of the view. */
    private boolean reachesAcross(Painted wanted) {
        double scale = wanted.zoom / painted.zoom;
        if (scale < 0.5 || scale > 2) {
            return false;
        }
        double x = scale * painted.left() - wanted.scrollPixels;
        return x <= 0 && x + scale * canvas.getWidth() >= wanted.width;
    }

    private void paint(Painted wanted, MapIndex index) {
        MapGeometry geometry = wanted.geometry;
        double zoom = wanted.zoom;
        double headerHeight = geometry.headerHeight();
        double width = wanted.width + 2 * AHEAD;
        double height = Math.ceil(headerHeight * zoom + SHADOW_HEIGHT);
        if (Double.compare(canvas.getWidth(), width) != 0 || Double.compare(canvas.getHeight(), height) != 0) {
            canvas.setWidth(width);
            canvas.setHeight(height);
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.clearRect(0, 0, width, height);
        double left = wanted.left();
        gc.setTransform(zoom, 0, 0, zoom, -left, 0);
        Rect headerArea = new Rect(left / zoom, 0, width / zoom, headerHeight);
        MapPainter painter = wanted.painter;
        painter.paintStageHeaders(geometry, index, headerArea, surface);
        marks.paintStageSelection(geometry, painter.theme(), wanted.selected);
        if (wanted.dropTarget instanceof DropTarget.StageInsert insert) {
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
