package org.journeycanvas.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.MapLayout;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextWrapper;
import org.journeycanvas.layout.ViewOptions;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.render.Java2DSurface;
import org.journeycanvas.render.Java2DTextMeasurer;
import org.journeycanvas.render.MapPainter;
import org.journeycanvas.render.MapTheme;

/**
 * Exports a map, or one persona, as a PNG drawn by the same painter as the screen. The image is drawn in
 * horizontal strips and streamed into the file, so a map of any size exports without running out of memory.
 */
public final class PngExporter {
    /** Space around the map, in map units. */
    public static final double MARGIN = 24;
    private static final long PIXELS_PER_STRIP = 8_000_000L;

    public void export(JourneyMap map, PngOptions options, OutputStream out, ExportProgress progress)
            throws IOException {
        MapGeometry geometry = layout(map, options.personaId());
        Rect bounds = geometry.bounds();
        double scale = options.scale();
        int width = (int) Math.ceil((bounds.width() + 2 * MARGIN) * scale);
        int height = (int) Math.ceil((bounds.height() + 2 * MARGIN) * scale);
        int stripHeight = (int) Math.max(1, Math.min(height, PIXELS_PER_STRIP / width));
        MapPainter painter = new MapPainter(MapTheme.LIGHT, !options.transparent());
        MapIndex index = new MapIndex(map);
        PngWriter png = new PngWriter(out, width, height);
        BufferedImage strip = new BufferedImage(width, stripHeight, BufferedImage.TYPE_INT_ARGB);
        for (int top = 0; top < height; top += stripHeight) {
            progress.checkCancelled();
            int rows = Math.min(stripHeight, height - top);
            Graphics2D g = strip.createGraphics();
            try {
                Java2DSurface surface = new Java2DSurface(g);
                surface.clearRect(new Rect(0, 0, width, stripHeight));
                g.scale(scale, scale);
                g.translate(MARGIN, MARGIN - top / scale);
                Rect visible = new Rect(-MARGIN, top / scale - MARGIN, width / scale, rows / scale + 1);
                if (!options.transparent()) {
                    surface.fillRect(visible, MapTheme.LIGHT.background());
                }
                painter.paint(geometry, index, visible, surface);
            } finally {
                g.dispose();
            }
            png.writeRows(strip, rows);
            progress.update((double) (top + rows) / height);
        }
        png.finish();
    }

    /** The layout the export draws: the whole map, or one persona. */
    static MapGeometry layout(JourneyMap map, String personaId) {
        MapLayout layout = new MapLayout(new TextWrapper(new Java2DTextMeasurer()), LayoutStyle.DEFAULT);
        return layout.layout(map, new ViewOptions(Set.of(), personaId));
    }
}
