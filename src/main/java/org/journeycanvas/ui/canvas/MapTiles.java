package org.journeycanvas.ui.canvas;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.scene.Group;
import javafx.scene.image.WritableImage;
import javafx.scene.shape.Rectangle;
import org.journeycanvas.layout.Rect;

/**
 * The painted map kept as square tiles, each a canvas painted once at one zoom, so that panning moves pixels
 * instead of painting them again. While the zoom moves, the view shows copies of the tiles' pixels scaled, over a
 * small picture of the whole map for what the tiles do not reach ({@link ZoomPreview}, {@link MapOverview}),
 * and nothing is painted; when the zoom rests, the tiles are painted again at the new zoom.
 *
 * <p>Tiles lie on a grid of the map in device pixels at their zoom ({@code map point × zoom}), and the canvas keeps
 * its scroll on whole device pixels, so a tile at rest sits on whole screen pixels and shows exactly what painting
 * the view in one piece would show. At rest, a visible tile that is missing is painted at once, and the tiles
 * around the view a few per frame, so that a pan finds them ready; once the view is idle, the tiles' pixels are
 * copied and the overview painted, a few per frame, so that a zoom starting then finds them ready. After a lane
 * grew or shrank, tiles moved with the picture below it stand in for the tiles of the grid they cover until idle
 * frames paint those ({@link TileSet#moveDown}).
 */
final class MapTiles {
    private static final int SIZE = Tile.SIZE;
    /** How far beyond the view tiles are painted ahead (and copied), in tiles. */
    private static final int AHEAD = 1;

    private static final int KEPT = 2;
    /** The most canvases kept for reuse; each holds SIZE² pixels. */
    private static final int POOL = 48;
    /** How many tiles are painted ahead in a frame: about what a brisk pan brings into view. */
    private static final int AHEAD_PER_FRAME = 3;
    /** How many tiles' pixels are copied in an idle frame; each copy waits for the render thread. */
    private static final int COPIED_PER_FRAME = 4;

    /** Paints a map area onto a tile's surface, whose transform is already set. */
    interface TilePainter {
        void paint(FxSurface surface, Rect area, double zoom);
    }

    private final TilePainter painter;
    private final Runnable repaint;
    private final Group layer = new Group();
    private final Rectangle clip = new Rectangle();
    private final Deque<Tile> pool = new ArrayDeque<>();
    private final TileSet tiles = new TileSet(pool, POOL, layer);
    private final MapOverview overview = new MapOverview();
    private final ZoomPreview preview = new ZoomPreview();
    private final List<Long> ahead = new ArrayList<>();
    private final WritableImage scratch = new WritableImage(SIZE, SIZE);
    private final AnimationTimer working = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (!work()) {
                stop();
            }
        }
    };
    private ViewArea lastView;
    private boolean resting = true;
    /** Whether the view was shown since the last frame's work: it is not idle yet. */
    private boolean shownSinceWork;
    /** Whether an edit was shown since the last frame's work: that frame paints what changed, and no more. */
    private boolean editedSinceWork;

    private boolean wholeViewShown;
    private boolean showing;
    private boolean shownAgainInside;

    /** @param repaint asks the canvas to show the view again, as when a snapshot's layout pass asked for it */
    MapTiles(TilePainter painter, Runnable repaint) {
        this.painter = painter;
        this.repaint = repaint;
        layer.getChildren().addAll(tiles.group, preview.node());
        layer.setClip(clip);
        layer.setManaged(false);
        layer.setMouseTransparent(true);
    }

    /** The node that shows the tiles, clipped to the view. */
    Group layer() {
        return layer;
    }

    /** The zoom the tiles are painted at (0 before any are). */
    double tileZoom() {
        return tiles.zoom;
    }

    /** The map's bounds, which the overview covers. */
    void fitOverview(Rect mapBounds) {
        overview.fit(mapBounds);
    }

    /** Forgets every painted tile: the map, its layout or its look changed. */
    void invalidate() {
        tiles.clear();
        overview.clear();
        ahead.clear();
    }

    /**
     * Forgets the tiles that show what an edit changed, or every tile when {@code changes} is null. When a lane grew
     * or shrank by a whole number of the tiles' pixels, the tiles below it are moved with the picture they show
     * instead of being painted again.
     */
    void invalidate(ChangedAreas.Changes changes) {
        if (changes == null) {
            invalidate();
            return;
        }
        ahead.clear();
        editedSinceWork = true;
        List<Rect> areas = changes.areas();
        ChangedAreas.Move move = changes.move();
        if (move != null) {
            double by = move.by() * tiles.zoom;
            // Moved by whole pixels of the screen, a tile stays as crisp as one painted there.
            if (tiles.zoom > 0 && DevicePixels.isWhole(layer, by)) {
                // A tile whose top is an overdraw below the lane's old bottom shows nothing of the lane; one that
                // reaches within an overdraw above it may show something of what moved.
                tiles.moveDown(
                        (move.from() - TileContent.OVERDRAW) * tiles.zoom,
                        (move.from() + TileContent.OVERDRAW) * tiles.zoom,
                        by);
                overview.dropUnder(TileContent.reach(move.area()));
            } else {
                areas = changes.withoutMoving();
            }
        }
        for (Rect area : areas) {
            Rect reach = TileContent.reach(area);
            tiles.dropUnder(reach);
            overview.dropUnder(reach);
        }
    }

    /**
     * Shows the view (a scroll position in map units, the zoom, the view's size in pixels): at rest the tiles,
     * painted at this zoom; while the zoom moves ({@code rest} false) the zoom preview, painting nothing.
     */
    void show(double scrollX, double scrollY, double zoom, double width, double height, boolean rest) {
        if (showing) {
            // A snapshot taken below ran a layout pass that asked for the view: shown once this one is done.
            shownAgainInside = true;
            return;
        }
        showing = true;
        try {
            showView(scrollX, scrollY, zoom, width, height, rest);
        } finally {
            showing = false;
        }
        if (shownAgainInside) {
            shownAgainInside = false;
            repaint.run();
        }
    }

    private void showView(double scrollX, double scrollY, double zoom, double width, double height, boolean rest) {
        clip.setWidth(width);
        clip.setHeight(height);
        ViewArea view = new ViewArea(scrollX, scrollY, zoom, width, height);
        lastView = view;
        resting = rest;
        shownSinceWork = true;
        if (!rest && (!tiles.tiles.isEmpty() || tiles.hasMoved())) {
            tiles.dropStale();
            if (tiles.hasMoved()) {
                // The preview copies tiles on the grid: where moved tiles stand in for them, they are painted first.
                paintOverMoved(tiles.range(view, 0), Integer.MAX_VALUE);
            }
            // Copied while the view was idle; if the zoom starts moving before that, copied now, in one go.
            tiles.copyAllPixels(tiles.range(view, AHEAD));
            tiles.group.setVisible(false);
            wholeViewShown = preview.show(view, overview, tiles, overview.backdropColour());
            return;
        }
        if (tiles.zoom != zoom) {
            tiles.clear();
            tiles.zoom = zoom;
        }
        tiles.place(view);
        ahead.clear();
        int[] visible = tiles.range(view, 0);
        for (int j = visible[1]; j <= visible[3]; j++) {
            for (int i = visible[0]; i <= visible[2]; i++) {
                if (tiles.get(i, j) == null && !tiles.coveredByMoved(i, j)) {
                    paint(i, j);
                }
            }
        }
        tiles.dropStale();
        addAround(visible, tiles.range(view, AHEAD));
        tiles.dropOutside(tiles.range(view, KEPT));
        preview.hide();
        tiles.group.setVisible(true);
        wholeViewShown = true;
        working.start();
    }

    /** Whether the last {@link #show} showed all of the visible map, none of it waiting to be painted. */
    boolean showsWholeView() {
        return wholeViewShown;
    }

    /** The tiles around the view still to paint, nearest the middle of the view first. */
    private void addAround(int[] visible, int[] around) {
        for (int j = around[1]; j <= around[3]; j++) {
            for (int i = around[0]; i <= around[2]; i++) {
                if (tiles.get(i, j) == null && !tiles.coveredByMoved(i, j)) {
                    ahead.add(TileSet.key(i, j));
                }
            }
        }
        double middleI = (visible[0] + visible[2]) / 2.0;
        double middleJ = (visible[1] + visible[3]) / 2.0;
        ahead.sort(Comparator.comparingDouble(
                key -> Math.hypot(TileSet.column(key) - middleI, TileSet.row(key) - middleJ)));
    }

    /**
     * A frame's work at rest beyond showing the view: a few tiles painted ahead (not in the frame that shows an
     * edit); else, once the view has been idle for a frame, a few tiles' pixels copied, or a tile of the overview
     * painted.
     *
     * @return whether work is left
     */
    private boolean work() {
        if (!resting || lastView == null) {
            return false;
        }
        if (editedSinceWork) {
            // The frame that shows an edit (a card dropped, text typed) keeps to it; painting ahead waits a frame.
            editedSinceWork = false;
            return true;
        }
        if (!ahead.isEmpty()) {
            for (int painted = 0; painted < AHEAD_PER_FRAME && !ahead.isEmpty(); painted++) {
                long key = ahead.remove(0);
                if (!tiles.tiles.containsKey(key)) {
                    paint(TileSet.column(key), TileSet.row(key));
                }
            }
            return true;
        }
        if (shownSinceWork) {
            shownSinceWork = false;
            return true;
        }
        if (tiles.hasMoved()) {
            paintOverMoved(tiles.range(lastView, AHEAD), AHEAD_PER_FRAME);
            return true;
        }
        return tiles.copyPixels(tiles.range(lastView, AHEAD), scratch, COPIED_PER_FRAME)
                || overview.paintNext(painter, scratch, lastView);
    }

    /**
     * Paints up to {@code most} missing tiles of a range on the grid, where moved tiles may stand in for them, and
     * lets the moved tiles go once none is left: the zoom preview copies tiles on the grid.
     */
    private void paintOverMoved(int[] range, int most) {
        int painted = 0;
        for (int j = range[1]; j <= range[3]; j++) {
            for (int i = range[0]; i <= range[2]; i++) {
                if (tiles.get(i, j) == null) {
                    if (painted == most) {
                        return;
                    }
                    paint(i, j);
                    painted++;
                }
            }
        }
        tiles.dropMoved();
    }

    private void paint(int i, int j) {
        Tile tile = tiles.takeStale(i, j);
        if (tile == null) {
            tile = pool.isEmpty() ? new Tile() : pool.pop();
        }
        tile.surface.graphics().setTransform(tiles.zoom, 0, 0, tiles.zoom, -(double) i * SIZE, -(double) j * SIZE);
        painter.paint(tile.surface, tiles.area(i, j), tiles.zoom);
        tile.painted();
        tiles.add(i, j, tile);
    }
}
