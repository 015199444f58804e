package org.journeycanvas.ui.canvas;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.image.WritableImage;
import org.journeycanvas.layout.Rect;

/**
 * The whole map painted small, kept only as pixels in memory: while the zoom moves, it shows the parts of the view
 * that no tile at the view's zoom has been painted for (the edges a zoom out uncovers), coarse for a moment
 * instead of blank. Painted a tile per frame while the view is idle, so it costs a moving view nothing.
 */
final class MapOverview implements TilePixels {
    private static final int SIZE = Tile.SIZE;
    /** The overview's longer side at most, in pixels. */
    private static final double LONGEST = 2048;
    /** The overview's zoom at most: a map small enough is painted at this zoom. */
    private static final double LARGEST_ZOOM = 0.25;

    private final Map<Long, int[]> pixels = new HashMap<>();
    private final Tile easel = new Tile();
    /** A tile's pixels beyond the map, all backdrop: what the overview shows around the map. */
    private int[] backdrop;

    private double zoom;
    private Rect mapBounds;

    /** Fits the overview to the map's bounds; a change of its zoom forgets what was painted. */
    void fit(Rect bounds) {
        double longest = Math.max(bounds.width(), bounds.height());
        // Halvings only, so that a map growing a little keeps what is painted.
        double fitted = LARGEST_ZOOM;
        while (fitted > 1e-3 && longest * fitted > LONGEST) {
            fitted /= 2;
        }
        if (Double.compare(fitted, zoom) != 0) {
            clear();
            zoom = fitted;
        }
        mapBounds = bounds;
        pixels.keySet()
                .removeIf(key -> !area(TileSet.column(key), TileSet.row(key)).intersects(bounds));
    }

    void clear() {
        pixels.clear();
        backdrop = null;
    }

    /** Forgets the tiles that show any of a map area. */
    void dropUnder(Rect mapArea) {
        pixels.keySet()
                .removeIf(key -> area(TileSet.column(key), TileSet.row(key)).intersects(mapArea));
    }

    /** The backdrop's colour, premultiplied ARGB, or 0 (transparent) before it is painted. */
    int backdropColour() {
        return backdrop == null ? 0 : backdrop[0];
    }

    @Override
    public double pixelZoom() {
        return pixels.isEmpty() ? 0 : zoom;
    }

    @Override
    public int[] pixelsAt(int column, int row) {
        return area(column, row).intersects(mapBounds) ? pixels.get(TileSet.key(column, row)) : backdrop;
    }

    /**
     * Paints the missing tile nearest the middle of the view, if any, and copies its pixels.
     *
     * @return whether tiles are left to paint
     */
    boolean paintNext(MapTiles.TilePainter painter, WritableImage scratch, ViewArea view) {
        if (mapBounds == null) {
            return false;
        }
        int firstI = (int) Math.floor(mapBounds.x() * zoom / SIZE);
        int firstJ = (int) Math.floor(mapBounds.y() * zoom / SIZE);
        if (backdrop == null) {
            // The tile above and left of the map's corner lies wholly beyond it.
            backdrop = paint(painter, scratch, firstI - 1, firstJ - 1);
            return true;
        }
        int lastI = (int) Math.ceil(mapBounds.maxX() * zoom / SIZE) - 1;
        int lastJ = (int) Math.ceil(mapBounds.maxY() * zoom / SIZE) - 1;
        double middleI = (view.scrollX() + view.width() / view.zoom() / 2) * zoom / SIZE;
        double middleJ = (view.scrollY() + view.height() / view.zoom() / 2) * zoom / SIZE;
        long nearest = 0;
        double nearestDistance = Double.MAX_VALUE;
        for (int j = firstJ; j <= lastJ; j++) {
            for (int i = firstI; i <= lastI; i++) {
                double distance = Math.hypot(i + 0.5 - middleI, j + 0.5 - middleJ);
                if (distance < nearestDistance && !pixels.containsKey(TileSet.key(i, j))) {
                    nearest = TileSet.key(i, j);
                    nearestDistance = distance;
                }
            }
        }
        if (nearestDistance == Double.MAX_VALUE) {
            return false;
        }
        pixels.put(nearest, paint(painter, scratch, TileSet.column(nearest), TileSet.row(nearest)));
        return true;
    }

    private int[] paint(MapTiles.TilePainter painter, WritableImage scratch, int i, int j) {
        easel.surface.graphics().setTransform(zoom, 0, 0, zoom, -(double) i * SIZE, -(double) j * SIZE);
        painter.paint(easel.surface, area(i, j), zoom);
        easel.copyPixels(scratch);
        return easel.pixels().clone();
    }

    private Rect area(int i, int j) {
        return new Rect(i * SIZE / zoom, j * SIZE / zoom, SIZE / zoom, SIZE / zoom);
    }
}
