package org.journeycanvas.ui.canvas;

import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * What the canvas shows while the zoom moves: one image the size of the view, each pixel the nearest pixel of the
 * painted tiles where they reach, else of the overview of the whole map, computed here from copies of their
 * pixels. Written by hand because the software pipeline, all a facilitator's remote desktop may have, draws a
 * scaled texture about eight times slower than an unscaled one: scaling 40 tiles took a whole frame, copying
 * pixels here and drawing one image unscaled takes a fraction of it.
 */
final class ZoomPreview {
    private static final int SIZE = Tile.SIZE;

    private final ImageView node = new ImageView();
    private PixelBuffer<IntBuffer> buffer;
    private int[] pixels;
    private int width;
    private int height;
    private int fill;
    private boolean filled;
    private final TileGrid overGrid = new TileGrid();
    private final TileGrid underGrid = new TileGrid();

    ZoomPreview() {
        node.setId("zoom-preview");
        node.setManaged(false);
        node.setVisible(false);
    }

    Node node() {
        return node;
    }

    boolean isShown() {
        return node.isVisible();
    }

    void hide() {
        node.setVisible(false);
    }

    /**
     * Shows the view from the copied pixels of two tile sets: {@code over}'s where it has them, else {@code
     * under}'s, else the fill.
     *
     * @param fill premultiplied ARGB for screen pixels no copied tile shows
     * @return whether every screen pixel shows a tile's pixel, none the fill
     */
    boolean show(ViewArea view, TilePixels under, TilePixels over, int fill) {
        resize((int) Math.ceil(view.width()), (int) Math.ceil(view.height()));
        this.fill = fill;
        filled = false;
        overGrid.locate(view, over, width, height);
        underGrid.locate(view, under, width, height);
        // Written inside the update, as PixelBuffer asks, so the render thread never copies a half-written image.
        buffer.updateBuffer(changed -> {
            for (int y = 0; y < height; y++) {
                int row = y * width;
                if (overGrid.hasTiles()) {
                    drawRow(overGrid, y, row, 0, width, underGrid);
                } else if (underGrid.hasTiles()) {
                    drawRow(underGrid, y, row, 0, width, null);
                } else {
                    Arrays.fill(pixels, row, row + width, fill);
                    filled = true;
                }
            }
            return null;
        });
        node.setVisible(true);
        return !filled;
    }

    /**
     * Copies one screen row's pixels in [from, to) from a grid's copied tiles, run by run of screen pixels in the
     * same tile; a run whose tile has no copy comes from the fallback grid, or is filled.
     */
    private void drawRow(TileGrid grid, int y, int row, int from, int to, TileGrid fallback) {
        int x = from;
        while (x < to) {
            int column = grid.columnTile[x];
            int end = x + 1;
            while (end < to && grid.columnTile[end] == column) {
                end++;
            }
            int[] source = grid.pixelsAt(column, grid.rowTile[y]);
            if (source != null) {
                int sourceRow = grid.rowOffset[y] * SIZE;
                int[] offsets = grid.columnOffset;
                for (int at = x; at < end; at++) {
                    pixels[row + at] = source[sourceRow + offsets[at]];
                }
            } else if (fallback != null && fallback.hasTiles()) {
                drawRow(fallback, y, row, x, end, null);
            } else {
                Arrays.fill(pixels, row + x, row + end, fill);
                filled = true;
            }
            x = end;
        }
    }

    private void resize(int newWidth, int newHeight) {
        if (buffer != null && newWidth == width && newHeight == height) {
            return;
        }
        width = Math.max(1, newWidth);
        height = Math.max(1, newHeight);
        pixels = new int[width * height];
        buffer = new PixelBuffer<>(width, height, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
        node.setImage(new WritableImage(buffer));
    }

    /**
     * Which tile pixel each screen pixel shows for one tile set: screen pixel x's centre is map point
     * scroll + (x + ½) / zoom, which is pixel (that × the set's zoom) of the set's grid.
     */
    private static final class TileGrid {
        int[] columnTile = new int[0];
        int[] columnOffset = new int[0];
        int[] rowTile = new int[0];
        int[] rowOffset = new int[0];
        private TilePixels set;
        /** The copied pixels of the tiles of one row of the grid, by column from the view's first. */
        private int[][] rowPixels = new int[0][];

        private int pixelsRow;

        void locate(ViewArea view, TilePixels tiles, int width, int height) {
            set = tiles.pixelZoom() == 0 ? null : tiles;
            if (set == null) {
                return;
            }
            if (columnTile.length != width) {
                columnTile = new int[width];
                columnOffset = new int[width];
            }
            if (rowTile.length != height) {
                rowTile = new int[height];
                rowOffset = new int[height];
            }
            double zoom = set.pixelZoom();
            double scale = zoom / view.zoom();
            locate(view.scrollX() * zoom, scale, columnTile, columnOffset);
            locate(view.scrollY() * zoom, scale, rowTile, rowOffset);
            rowPixels = new int[columnTile[width - 1] - columnTile[0] + 1][];
            pixelsRow = rowTile[0] - 1;
        }

        boolean hasTiles() {
            return set != null;
        }

        /** A tile's copied pixels (or null), looked up once per row of tiles the view crosses. */
        int[] pixelsAt(int column, int row) {
            int first = columnTile[0];
            if (row != pixelsRow) {
                pixelsRow = row;
                for (int at = 0; at < rowPixels.length; at++) {
                    rowPixels[at] = set.pixelsAt(first + at, row);
                }
            }
            return rowPixels[column - first];
        }

        private static void locate(double start, double scale, int[] tile, int[] offset) {
            for (int at = 0; at < tile.length; at++) {
                int grid = (int) Math.floor(start + (at + 0.5) * scale);
                tile[at] = Math.floorDiv(grid, SIZE);
                offset[at] = Math.floorMod(grid, SIZE);
            }
        }
    }
}
