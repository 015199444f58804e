package org.journeycanvas.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.Progress;
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

    private static final long PIXELS_PER_STRIP = 4_000_000L;

    private final long pixelsPerStrip;

    public PngExporter() {
        this(PIXELS_PER_STRIP);
    }

    /** With strips of a given size: tests use small ones to join many strips of a small map. */
    PngExporter(long pixelsPerStrip) {
        this.pixelsPerStrip = pixelsPerStrip;
    }

    public void export(JourneyMap map, PngOptions options, OutputStream out, Progress progress) throws IOException {
        MapGeometry geometry = layout(map, options.personaId());
        Rect bounds = geometry.bounds();
        double scale = options.scale();
        int width = (int) Math.ceil((bounds.width() + 2 * MARGIN) * scale);
        int height = (int) Math.ceil((bounds.height() + 2 * MARGIN) * scale);
        int stripHeight = (int) Math.max(1, Math.min(height, pixelsPerStrip / width));
        StripPainter painter = new StripPainter(geometry, new MapIndex(map), options, width, stripHeight);
        PngWriter png = new PngWriter(out, width, height);
        // Strips are painted and compressed on every core; the file takes them in order. A few strips ahead at
        // most, so memory stays bounded whatever the size of the map.
        int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService encoding = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "png-strips");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<DeflatedRows>> pending = new ArrayDeque<>();
            int nextTop = 0;
            int written = 0;
            while (written < height) {
                while (nextTop < height && pending.size() <= workers) {
                    int top = nextTop;
                    int rows = Math.min(stripHeight, height - top);
                    boolean last = top + rows >= height;
                    pending.add(encoding.submit(() -> painter.paintAndEncode(top, rows, last)));
                    nextTop += rows;
                }
                progress.checkCancelled();
                png.write(pending.remove().get());
                written = Math.min(height, written + stripHeight);
                progress.update((double) written / height);
            }
            png.finish();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(Messages.get("export.error.interrupted"), e);
        } catch (ExecutionException e) {
            throw new IOException(Messages.get("export.error.drawFailed", String.valueOf(e.getCause())), e.getCause());
        } finally {
            encoding.shutdownNow();
        }
    }

    /** Paints horizontal strips of the image: the rows from a given top, at the export's scale. */
    private static final class StripPainter {
        private final MapGeometry geometry;
        private final MapIndex index;
        private final PngOptions options;
        private final MapPainter painter;
        private final int width;
        private final int stripHeight;
        private final Queue<BufferedImage> spareStrips = new ConcurrentLinkedQueue<>();

        StripPainter(MapGeometry geometry, MapIndex index, PngOptions options, int width, int stripHeight) {
            this.geometry = geometry;
            this.index = index;
            this.options = options;
            this.painter = new MapPainter(MapTheme.LIGHT, !options.transparent());
            this.width = width;
            this.stripHeight = stripHeight;
        }

        /** Paints the rows from {@code top} and compresses them, reusing a strip image another run let go. */
        DeflatedRows paintAndEncode(int top, int rows, boolean lastOfImage) {
            BufferedImage strip = spareStrips.poll();
            if (strip == null) {
                strip = new BufferedImage(width, stripHeight, BufferedImage.TYPE_INT_ARGB);
            }
            try {
                return DeflatedRows.encode(paint(strip, top), rows, lastOfImage);
            } finally {
                spareStrips.add(strip);
            }
        }

        private BufferedImage paint(BufferedImage strip, int top) {
            double scale = options.scale();
            Graphics2D g = strip.createGraphics();
            try {
                Java2DSurface surface = new Java2DSurface(g);
                surface.clearRect(new Rect(0, 0, width, stripHeight));
                g.scale(scale, scale);
                g.translate(MARGIN, MARGIN - top / scale);
                Rect visible = new Rect(-MARGIN, top / scale - MARGIN, width / scale, stripHeight / scale + 1);
                if (!options.transparent()) {
                    surface.fillRect(visible, MapTheme.LIGHT.background());
                }
                painter.paint(geometry, index, visible, surface);
            } finally {
                g.dispose();
            }
            return strip;
        }
    }

    /** The layout the export draws: the whole map, or one persona. */
    static MapGeometry layout(JourneyMap map, String personaId) {
        MapLayout layout = new MapLayout(new TextWrapper(new Java2DTextMeasurer()), LayoutStyle.DEFAULT);
        return layout.layout(map, new ViewOptions(Set.of(), personaId));
    }
}
