package org.journeycanvas.ui.canvas;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.MapLayout;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextWrapper;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.render.MapPainter;
import org.journeycanvas.render.MapTheme;

/** Small pictures of whole maps (template thumbnails), drawn by the same painter as the canvas. */
public final class MapThumbnails {
    private final MapLayout layout = new MapLayout(new TextWrapper(new FxTextMeasurer()), LayoutStyle.DEFAULT);

    /** The top-left part of the map (stages and the first persona), scaled to fit the given size. Use on the FX thread. */
    public WritableImage render(JourneyMap map, double width, double height, MapTheme theme) {
        MapGeometry geometry = layout.layout(map);
        Rect bounds = geometry.bounds();
        double shownHeight = Math.min(bounds.height(), bounds.width() * height / width);
        double scale = Math.min(width / bounds.width(), height / shownHeight);
        Canvas canvas = new Canvas(width, height);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(FxSurface.fx(theme.bandFill()));
        gc.fillRect(0, 0, width, height);
        gc.setTransform(scale, 0, 0, scale, 0, 0);
        new MapPainter(theme)
                .paint(geometry, new MapIndex(map), new Rect(0, 0, width / scale, height / scale), new FxSurface(gc));
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        return canvas.snapshot(parameters, null);
    }
}
