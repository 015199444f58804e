package org.journeycanvas.ui.canvas;

import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Affine;
import org.journeycanvas.layout.Rect;

/**
 * The tiles painted at one zoom, by column and row of a grid of the map at that zoom ({@code map point × zoom}),
 * in a group placed so that they show where the map is on screen. After a lane grew or shrank, the tiles below it
 * are moved down or up with the picture they show, off the grid ({@link #moveDown}), until tiles on the grid are
 * painted in their place.
 */
final class TileSet implements TilePixels {
    private static final int SIZE = Tile.SIZE;

    final Group group = new Group();

    final Map<Long, Tile> tiles = new HashMap<>();
    /** Tiles moved off the grid, each in its column ({@code layoutX}) at its own height ({@code layoutY}). */
    private final List<Tile> moved = new ArrayList<>();
    /**
     * Tiles on the grid an edit changed, by place, still shown until they are painted again in place or let go
     * when the view is next shown: a frame drawn in between shows the map as it was rather than holes (a moved
     * tile an edit changed goes at once).
     */
    private final Map<Long, Tile> stale = new HashMap<>();

    double zoom;
    private final Affine placement = new Affine();
    private final Deque<Tile> pool;
    private final int poolSize;
    private final Node screen;

    /**
     * @param pool where released tiles go for reuse, up to {@code poolSize}
     * @param screen the node whose screen the tiles' positions are rounded to
     */
    TileSet(Deque<Tile> pool, int poolSize, Node screen) {
        this.pool = pool;
        this.poolSize = poolSize;
        this.screen = screen;
        group.getTransforms().add(placement);
    }

    static long key(int i, int j) {
        return ((long) i << 32) | (j & 0xffffffffL);
    }

    static int column(long key) {
        return (int) (key >> 32);
    }

    static int row(long key) {
        return (int) key;
    }

    Tile get(int i, int j) {
        return tiles.get(key(i, j));
    }

    @Override
    public double pixelZoom() {
        return zoom;
    }

    @Override
    public int[] pixelsAt(int column, int row) {
        Tile tile = get(column, row);
        return tile != null && tile.isCopied() ? tile.pixels() : null;
    }

    /** Moves and scales the tiles so map point p shows at (p − scroll) × zoom. */
    void place(ViewArea view) {
        double scale = view.zoom() / zoom;
        double x = -view.scrollX() * view.zoom();
        double y = -view.scrollY() * view.zoom();
        if (Double.compare(scale, 1) == 0) {
            // The scroll is kept on whole pixels; rounding drops what arithmetic left, so no tile is filtered.
            x = DevicePixels.round(screen, x);
            y = DevicePixels.round(screen, y);
        }
        placement.setToTransform(scale, 0, x, 0, scale, y);
    }

    /** The tiles (first column, first row, last column, last row) the view shows, widened by some. */
    int[] range(ViewArea view, int widenBy) {
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

    /**
     * Copies into memory the pixels of up to {@code most} tiles in a range (first column, first row, last column,
     * last row) not copied yet, for the zoom preview.
     *
     * @return whether tiles in the range are left to copy
     */
    boolean copyPixels(int[] range, WritableImage scratch, int most) {
        int copied = 0;
        for (int j = range[1]; j <= range[3]; j++) {
            for (int i = range[0]; i <= range[2]; i++) {
                Tile tile = get(i, j);
                if (tile != null && !tile.isCopied()) {
                    if (copied == most) {
                        return true;
                    }
                    tile.copyPixels(scratch);
                    copied++;
                }
            }
        }
        return false;
    }

    /**
     * Copies the pixels of every tile in a range not copied yet, with one snapshot of the part of the grid they
     * lie in: a snapshot waits for the render thread, so one for all costs a frame where one per tile costs
     * several.
     */
    void copyAllPixels(int[] range) {
        int firstI = Integer.MAX_VALUE;
        int firstJ = Integer.MAX_VALUE;
        int lastI = Integer.MIN_VALUE;
        int lastJ = Integer.MIN_VALUE;
        for (int j = range[1]; j <= range[3]; j++) {
            for (int i = range[0]; i <= range[2]; i++) {
                Tile tile = get(i, j);
                if (tile != null && !tile.isCopied()) {
                    firstI = Math.min(firstI, i);
                    firstJ = Math.min(firstJ, j);
                    lastI = Math.max(lastI, i);
                    lastJ = Math.max(lastJ, j);
                }
            }
        }
        if (firstI > lastI) {
            return;
        }
        SnapshotParameters grid = new SnapshotParameters();
        grid.setViewport(new Rectangle2D(
                (double) firstI * SIZE,
                (double) firstJ * SIZE,
                (double) (lastI - firstI + 1) * SIZE,
                (double) (lastJ - firstJ + 1) * SIZE));
        // The group's own placement would move the grid: snapshot it unplaced (and shown, as a hidden node draws
        // nothing), then put it back; the screen shows neither change, as nothing is drawn in between.
        Affine placed = placement.clone();
        boolean shown = group.isVisible();
        placement.setToIdentity();
        group.setVisible(true);
        PixelReader snapshot = group.snapshot(grid, null).getPixelReader();
        placement.setToTransform(placed);
        group.setVisible(shown);
        for (int j = firstJ; j <= lastJ; j++) {
            for (int i = firstI; i <= lastI; i++) {
                Tile tile = get(i, j);
                if (tile != null && !tile.isCopied()) {
                    tile.copyPixels(snapshot, (i - firstI) * SIZE, (j - firstJ) * SIZE);
                }
            }
        }
    }

    void add(int i, int j, Tile tile) {
        tile.canvas.setLayoutX((double) i * SIZE);
        tile.canvas.setLayoutY((double) j * SIZE);
        tiles.put(key(i, j), tile);
        if (tile.canvas.getParent() != group) {
            group.getChildren().add(tile.canvas);
        }
    }

    /** The stale tile at a place, taken to be painted again there, or null. */
    Tile takeStale(int i, int j) {
        return stale.remove(key(i, j));
    }

    /** Lets go of the stale tiles not painted again. */
    void dropStale() {
        stale.values().forEach(this::release);
        stale.clear();
    }

    /** Drops the tiles whose area meets a map area: those on the grid stay shown, stale, until painted again. */
    void dropUnder(Rect mapArea) {
        double left = mapArea.x() * zoom;
        double top = mapArea.y() * zoom;
        double right = mapArea.maxX() * zoom;
        double bottom = mapArea.maxY() * zoom;
        tiles.entrySet().removeIf(entry -> {
            boolean under = meets(entry.getValue(), left, top, right, bottom);
            if (under) {
                entry.getValue().released();
                stale.put(entry.getKey(), entry.getValue());
            }
            return under;
        });
        moved.removeIf(tile -> {
            boolean under = meets(tile, left, top, right, bottom);
            if (under) {
                release(tile);
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
        moved.removeIf(tile -> {
            double i = tile.canvas.getLayoutX() / SIZE;
            double y = tile.canvas.getLayoutY();
            boolean outside =
                    i < kept[0] || i > kept[2] || y + SIZE <= (double) kept[1] * SIZE || y >= (kept[3] + 1.0) * SIZE;
            if (outside) {
                release(tile);
            }
            return outside;
        });
    }

    /**
     * Moves the tiles that lie wholly at or below {@code from} down by {@code by} (whole pixels of the grid, up when
     * negative), off the grid, and drops the others below {@code keptAbove}: the picture from {@code from} down moved
     * with them, and what lies between changed.
     */
    void moveDown(double keptAbove, double from, double by) {
        dropStale();
        List<Tile> moving = new ArrayList<>();
        tiles.values().removeIf(tile -> sortOut(tile, keptAbove, from, moving));
        moved.removeIf(tile -> sortOut(tile, keptAbove, from, moving));
        for (Tile tile : moving) {
            tile.canvas.setLayoutY(tile.canvas.getLayoutY() + by);
        }
        moved.addAll(moving);
    }

    /**
     * Puts a tile wholly below {@code from} among the moving, and lets one below {@code keptAbove} go (stale, if on
     * the grid): whether it leaves where it was.
     */
    private boolean sortOut(Tile tile, double keptAbove, double from, List<Tile> moving) {
        double top = tile.canvas.getLayoutY();
        if (top >= from) {
            moving.add(tile);
            return true;
        }
        if (top + SIZE > keptAbove) {
            // A tile on the grid is the one at its place; a moved one never is.
            long place = key((int) Math.floor(tile.canvas.getLayoutX() / SIZE), (int) Math.floor(top / SIZE));
            if (tiles.get(place) == tile) {
                tile.released();
                stale.put(place, tile);
            } else {
                release(tile);
            }
            return true;
        }
        return false;
    }

    /** Whether any tiles are off the grid. */
    boolean hasMoved() {
        return !moved.isEmpty();
    }

    /** Whether moved tiles cover the whole of a place of the grid. */
    boolean coveredByMoved(int i, int j) {
        if (moved.isEmpty()) {
            return false;
        }
        double x = (double) i * SIZE;
        double reached = (double) j * SIZE;
        double bottom = reached + SIZE;
        boolean extended = true;
        while (extended && reached < bottom) {
            extended = false;
            for (Tile tile : moved) {
                double top = tile.canvas.getLayoutY();
                if (Double.compare(tile.canvas.getLayoutX(), x) == 0 && top <= reached && top + SIZE > reached) {
                    reached = top + SIZE;
                    extended = true;
                }
            }
        }
        return reached >= bottom;
    }

    /** Whether a tile, where it stands, meets an area of the grid's pixels. */
    private static boolean meets(Tile tile, double left, double top, double right, double bottom) {
        double x = tile.canvas.getLayoutX();
        double y = tile.canvas.getLayoutY();
        return x < right && x + SIZE > left && y < bottom && y + SIZE > top;
    }

    /** Lets go of the moved tiles, once tiles on the grid show what they showed. */
    void dropMoved() {
        moved.forEach(this::release);
        moved.clear();
    }

    void clear() {
        group.getChildren().clear();
        tiles.values().forEach(this::pool);
        moved.forEach(this::pool);
        stale.values().forEach(this::pool);
        tiles.clear();
        moved.clear();
        stale.clear();
        zoom = 0;
    }

    private void release(Tile tile) {
        group.getChildren().remove(tile.canvas);
        pool(tile);
    }

    /** Keeps a tile out of the scene for reuse, while the pool has room. */
    private void pool(Tile tile) {
        tile.released();
        if (pool.size() < poolSize) {
            pool.push(tile);
        }
    }
}
