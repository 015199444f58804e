package org.journeycanvas.ui.canvas;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;
import org.journeycanvas.layout.Rect;

/**
 * The painted map kept as square tiles, each a canvas painted once at one zoom, so that panning moves pixels
 * instead of painting them again. While the zoom changes, the tiles are shown scaled; when it rests, they are
 * painted again at the new zoom.
 *
 * <p>Tiles lie on a grid of the map in device pixels at their zoom ({@code map point × zoom}), and the canvas keeps
 * its scroll on whole device pixels, so a tile at rest sits on whole screen pixels and shows exactly what painting
 * the view in one piece would show. Every visible part of the map is on screen after each {@link #show}: a visible
 * tile that is missing is painted at once, unless the zoom is moving and an older zoom's tiles cover it (they then
 * show scaled beneath the new ones until the zoom rests). At rest, the tiles around the view are painted a few per
 * frame, so that a pan finds them ready.
 */
final class MapTiles {
    /** The side of a tile in device pixels. */
    static final int SIZE = 256;
    /** How far beyond the view tiles are painted ahead and kept, in tiles. */
    private static final int AHEAD = 1;

    private static final int KEPT = 2;
    /** The most canvases kept for reuse; each holds SIZE² pixels. */
    private static final int POOL = 48;
    /** How many tiles are painted ahead in a frame: about what a brisk pan brings into view. */
    private static final int AHEAD_PER_FRAME = 3;

    /** Paints a map area onto a tile's surface, whose transform is already set. */
    interface TilePainter {
        void paint(FxSurface surface, Rect area, double zoom);
    }

    /** One painted tile: its canvas and the surface that draws on it. */
    private record Tile(Canvas canvas, FxSurface surface) {}

    private final TilePainter painter;
    private final Group layer = new Group();
    private final Rectangle clip = new Rectangle();
    private final TileSet back = new TileSet();
    private final TileSet front = new TileSet();
    private final Deque<Tile> pool = new ArrayDeque<>();
    private final List<Long> ahead = new ArrayList<>();
    private final AnimationTimer paintingAhead = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (!paintAhead(AHEAD_PER_FRAME)) {
                stop();
            }
        }
    };

    MapTiles(TilePainter painter) {
        this.painter = painter;
        layer.getChildren().addAll(back.group, front.group);
        layer.setClip(clip);
        layer.setManaged(false);
        layer.setMouseTransparent(true);
    }

    /** The node that shows the tiles, clipped to the view. */
    Group layer() {
        return layer;
    }

    /** The zoom the front tiles are painted at (0 before any are). */
    double tileZoom() {
        return front.zoom;
    }

    /** Forgets every painted tile: the map, its layout or its look changed. */
    void invalidate() {
        back.clear();
        front.clear();
        ahead.clear();
    }

    /**
     * Forgets the tiles that show any of these map areas, or every tile when they are null. The old zoom's tiles
     * go too: they show the map before the change.
     */
    void invalidate(List<Rect> changed) {
        if (changed == null) {
            invalidate();
            return;
        }
        back.clear();
        ahead.clear();
        for (Rect area : changed) {
            Rect reach = new Rect(
                    area.x() - TileContent.OVERDRAW,
                    area.y() - TileContent.OVERDRAW,
                    area.width() + 2 * TileContent.OVERDRAW,
                    area.height() + 2 * TileContent.OVERDRAW);
            front.dropUnder(reach);
        }
    }

    /**
     * Shows the view (a scroll position in map units, the zoom, the view's size in pixels), with tiles of the
     * front zoom scaled if {@code rest} is false and the zoom differs, or repainted at this zoom if it is true.
     * Paints at once every visible tile that nothing else covers, and the others in the next frames.
     */
    void show(double scrollX, double scrollY, double zoom, double width, double height, boolean rest) {
        clip.setWidth(width);
        clip.setHeight(height);
        View view = new View(scrollX, scrollY, zoom, width, height);
        if (front.zoom != zoom && (rest || front.tiles.isEmpty() || tooFarFrom(front.zoom, zoom))) {
            // The front tiles stand in for the new ones if they show the whole view; else the older ones stay.
            if (front.coversView(view)) {
                back.clear();
                front.moveTo(back);
            } else {
                front.clear();
            }
            front.zoom = zoom;
        }
        back.place(view);
        front.place(view);
        boolean complete = true;
        ahead.clear();
        int[] range = front.range(view, 0);
        for (int j = range[1]; j <= range[3]; j++) {
            for (int i = range[0]; i <= range[2]; i++) {
                if (front.tiles.containsKey(key(i, j))) {
                    continue;
                }
                if (!rest && back.covers(front.area(i, j))) {
                    complete = false;
                    if (tooFarFrom(back.zoom, zoom)) {
                        // The old tiles blown up or shrunk too far: the new ones come, a few each frame.
                        ahead.add(key(i, j));
                    }
                } else {
                    paint(i, j);
                }
            }
        }
        if (complete) {
            back.clear();
        }
        if (rest) {
            addAround(range, front.range(view, AHEAD));
        }
        front.dropOutside(front.range(view, KEPT));
        if (!ahead.isEmpty()) {
            paintingAhead.start();
        }
    }

    /**
     * The tiles around the view still to paint, nearest the middle of the view first. Only while the zoom rests:
     * while it moves, they would be painted at a zoom about to be left.
     */
    private void addAround(int[] visible, int[] around) {
        for (int j = around[1]; j <= around[3]; j++) {
            for (int i = around[0]; i <= around[2]; i++) {
                if (!front.tiles.containsKey(key(i, j))) {
                    ahead.add(key(i, j));
                }
            }
        }
        double middleI = (visible[0] + visible[2]) / 2.0;
        double middleJ = (visible[1] + visible[3]) / 2.0;
        ahead.sort(Comparator.comparingDouble(key -> Math.hypot(column(key) - middleI, row(key) - middleJ)));
    }

    /**
     * Paints up to {@code count} of the tiles waiting to be painted ahead.
     *
     * @return whether any remain
     */
    private boolean paintAhead(int count) {
        for (int painted = 0; painted < count && !ahead.isEmpty(); painted++) {
            long key = ahead.remove(0);
            if (!front.tiles.containsKey(key)) {
                paint(column(key), row(key));
            }
        }
        // The old tiles stay beneath until show() finds the view covered without them.
        return !ahead.isEmpty();
    }

    private void paint(int i, int j) {
        Tile tile = pool.isEmpty() ? newTile() : pool.pop();
        tile.surface.graphics().setTransform(front.zoom, 0, 0, front.zoom, -(double) i * SIZE, -(double) j * SIZE);
        painter.paint(tile.surface, front.area(i, j), front.zoom);
        tile.canvas.setLayoutX((double) i * SIZE);
        tile.canvas.setLayoutY((double) j * SIZE);
        front.tiles.put(key(i, j), tile);
        front.group.getChildren().add(tile.canvas);
    }

    private static Tile newTile() {
        Canvas canvas = new Canvas(SIZE, SIZE);
        return new Tile(canvas, new FxSurface(canvas.getGraphicsContext2D()));
    }

    /**
     * Whether scaled tiles would look too coarse (zoomed in) or need too many tiles (zoomed out): then the tiles
     * are painted again at the zoom reached, while the old ones show scaled beneath them.
     */
    private static boolean tooFarFrom(double tileZoom, double zoom) {
        double ratio = zoom / tileZoom;
        return ratio < 0.5 || ratio > 2;
    }

    private static long key(int i, int j) {
        return ((long) i << 32) | (j & 0xffffffffL);
    }

    private static int column(long key) {
        return (int) (key >> 32);
    }

    private static int row(long key) {
        return (int) key;
    }

    /** Where the view is: its scroll in map units, zoom, and size in pixels. */
    private record View(double scrollX, double scrollY, double zoom, double width, double height) {}

    /** The tiles of one zoom, in a group placed so they show where the map is on screen. */
    private final class TileSet {
        final Group group = new Group();
        final Affine placement = new Affine();
        final Map<Long, Tile> tiles = new HashMap<>();
        double zoom;

        TileSet() {
            group.getTransforms().add(placement);
        }

        /** Moves and scales the tiles so map point p shows at (p − scroll) × zoom. */
        void place(View view) {
            double scale = view.zoom() / zoom;
            double x = -view.scrollX() * view.zoom();
            double y = -view.scrollY() * view.zoom();
            if (Double.compare(scale, 1) == 0) {
                // The scroll is kept on whole pixels; rounding drops what arithmetic left, so no tile is filtered.
                x = DevicePixels.round(layer, x);
                y = DevicePixels.round(layer, y);
            }
            placement.setToTransform(scale, 0, x, 0, scale, y);
        }

        /** The tiles (first column, first row, last column, last row) the view shows, widened by some. */
        int[] range(View view, int widenBy) {
            double left = view.scrollX() * zoom;
            double top = view.scrollY() * zoom;
            double right = left + view.width() / view.zoom() * zoom;
            double bottom = top + view.height() / view.zoom() * zoom;
            return new int[] {
                (int) Math.floor(left / SIZE) - widenBy,
                (int) Math.floor(top / SIZE) - widenBy,
                (int) Math.ceil(right / SIZE) - 1 + widenBy,
                (int) Math.ceil(bottom / SIZE) - 1 + widenBy
            };
        }

        /** The map area a tile shows. */
        Rect area(int i, int j) {
            return new Rect(i * SIZE / zoom, j * SIZE / zoom, SIZE / zoom, SIZE / zoom);
        }

        /** Whether every tile the view shows is painted. */
        boolean coversView(View view) {
            int[] range = range(view, 0);
            for (int j = range[1]; j <= range[3]; j++) {
                for (int i = range[0]; i <= range[2]; i++) {
                    if (!tiles.containsKey(key(i, j))) {
                        return false;
                    }
                }
            }
            return !tiles.isEmpty();
        }

        /** Whether every tile under a map area is painted. */
        boolean covers(Rect mapArea) {
            if (tiles.isEmpty()) {
                return false;
            }
            int firstI = (int) Math.floor(mapArea.x() * zoom / SIZE);
            int firstJ = (int) Math.floor(mapArea.y() * zoom / SIZE);
            int lastI = (int) Math.ceil(mapArea.maxX() * zoom / SIZE) - 1;
            int lastJ = (int) Math.ceil(mapArea.maxY() * zoom / SIZE) - 1;
            for (int j = firstJ; j <= lastJ; j++) {
                for (int i = firstI; i <= lastI; i++) {
                    if (!tiles.containsKey(key(i, j))) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** Drops the tiles whose area meets a map area. */
        void dropUnder(Rect mapArea) {
            tiles.entrySet().removeIf(entry -> {
                boolean under =
                        area(column(entry.getKey()), row(entry.getKey())).intersects(mapArea);
                if (under) {
                    release(entry.getValue());
                }
                return under;
            });
        }

        void dropOutside(int[] kept) {
            tiles.entrySet().removeIf(entry -> {
                int i = column(entry.getKey());
                int j = row(entry.getKey());
                boolean outside = i < kept[0] || i > kept[2] || j < kept[1] || j > kept[3];
                if (outside) {
                    release(entry.getValue());
                }
                return outside;
            });
        }

        void moveTo(TileSet other) {
            other.tiles.putAll(tiles);
            other.group.getChildren().setAll(group.getChildren());
            other.zoom = zoom;
            tiles.clear();
            group.getChildren().clear();
        }

        void clear() {
            group.getChildren().clear();
            for (Tile tile : tiles.values()) {
                if (pool.size() < POOL) {
                    pool.push(tile);
                }
            }
            tiles.clear();
            zoom = 0;
        }

        private void release(Tile tile) {
            group.getChildren().remove(tile.canvas);
            if (pool.size() < POOL) {
                pool.push(tile);
            }
        }
    }
}
