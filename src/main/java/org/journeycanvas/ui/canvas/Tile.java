package org.journeycanvas.ui.canvas;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

/**
 * One tile of the painted map: a canvas, the surface that paints on it, and, once copied, its pixels in memory
 * for the zoom preview ({@link ZoomPreview}).
 */
final class Tile {
    /** The side of a tile in pixels. */
    static final int SIZE = 256;

    private static final SnapshotParameters SNAPSHOT = new SnapshotParameters();

    final Canvas canvas = new Canvas(SIZE, SIZE);
    final FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
    private int[] pixels;
    private boolean copied;

    /** The tile went back to the pool: its copied pixels are let go, as an idle pool need not hold them. */
    void released() {
        pixels = null;
        copied = false;
    }

    /** The canvas was painted again: the copy of its pixels is out of date. */
    void painted() {
        copied = false;
    }

    boolean isCopied() {
        return copied;
    }

    /** The tile's pixels, premultiplied ARGB row by row, as last copied. */
    int[] pixels() {
        return pixels;
    }

    /** Copies the tile's pixels from a snapshot that shows the tile at (x, y). */
    void copyPixels(PixelReader snapshot, int x, int y) {
        if (pixels == null) {
            pixels = new int[SIZE * SIZE];
        }
        snapshot.getPixels(x, y, SIZE, SIZE, PixelFormat.getIntArgbPreInstance(), pixels, 0, SIZE);
        copied = true;
    }

    /**
     * Copies the canvas's pixels into memory, through a scratch image of a tile's size. A snapshot waits for the
     * render thread, a millisecond or two a tile, so the view's tiles are copied while the view is idle.
     */
    void copyPixels(WritableImage scratch) {
        canvas.snapshot(SNAPSHOT, scratch);
        copyPixels(scratch.getPixelReader(), 0, 0);
    }
}
