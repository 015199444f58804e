package org.journeycanvas.ui.print;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.journeycanvas.export.pages.MapPage;
import org.journeycanvas.export.pages.PagePainter;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.ui.canvas.FxSurface;

/**
 * A page drawn by the page painter (the one PDF uses) onto a JavaFX canvas, at a number of pixels per point. A
 * canvas is a texture, so it is kept within what graphics cards take: a page too large for the resolution asked
 * is drawn at a lower one. A canvas that is not in a scene may be drawn on any thread.
 */
public final class PageCanvas {
    /** The largest texture side every JavaFX pipeline takes. */
    static final double MAX_SIDE = 8192;
    /** About 128 MB of pixels: a page drawn at most this large keeps printing and copying in bounded memory. */
    static final double MAX_PIXELS = 32_000_000;

    private PageCanvas() {}

    /** {@code wanted} pixels per point, or less where the page would be too large a texture. */
    public static double fittingScale(MapPage page, double wanted) {
        double bySide = MAX_SIDE / Math.max(page.width(), page.height());
        double byArea = Math.sqrt(MAX_PIXELS / (page.width() * page.height()));
        return Math.max(0.01, Math.min(wanted, Math.min(bySide, byArea)));
    }

    /** The page on a new canvas of {@code pixelsPerPoint} (see {@link #fittingScale}). */
    public static Canvas draw(MapPage page, MapIndex index, double pixelsPerPoint) {
        Canvas canvas = new Canvas(
                Math.max(1, Math.ceil(page.width() * pixelsPerPoint)),
                Math.max(1, Math.ceil(page.height() * pixelsPerPoint)));
        FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
        surface.transform(pixelsPerPoint, 0, 0);
        new PagePainter().paint(page, index, surface);
        surface.restore();
        return canvas;
    }

    /** The page as an image. Use on the JavaFX thread. */
    public static WritableImage image(MapPage page, MapIndex index, double pixelsPerPoint) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        return draw(page, index, pixelsPerPoint).snapshot(parameters, null);
    }
}
