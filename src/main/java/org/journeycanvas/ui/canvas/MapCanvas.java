package org.journeycanvas.ui.canvas;

import java.util.Set;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Region;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.MapLayout;
import org.journeycanvas.layout.Point;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextWrapper;
import org.journeycanvas.layout.ViewOptions;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.render.MapPainter;
import org.journeycanvas.render.MapTheme;
import org.journeycanvas.ui.Selection;

/**
 * The map on screen: the map's layout painted in tiles kept between frames ({@link MapTiles}), so panning moves
 * pixels and only what scrolls into view is painted; over them a canvas the size of the view with the editor's
 * marks, and the stage headers pinned to the top ({@link PinnedHeaders}). Repaints at most once per frame after
 * something changed. Holds zoom and scroll (UI state, never saved), the scroll on whole pixels so tiles stay crisp;
 * mouse and keyboard handling live in {@link CanvasGestures}.
 */
public final class MapCanvas extends Region {
    public static final double MIN_ZOOM = 0.1;
    public static final double MAX_ZOOM = 4;
    private static final double MARGIN = 24;

    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private final MapLayout layout = new MapLayout(new TextWrapper(new FxTextMeasurer()), LayoutStyle.DEFAULT);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(1);
    private final MapTiles tiles = new MapTiles(this::paintTile, this::requestPaint);
    /** Joins the scene above the tiles when it first has marks. */
    private final MarksLayer marks = new MarksLayer(
            this::getZoom, canvas -> getChildren().add(getChildren().indexOf(tiles.layer()) + 1, canvas));

    private final PinnedHeaders pinnedHeaders = new PinnedHeaders(this::getZoom);
    private final ZoomMotion zoomMotion = new ZoomMotion(this::requestPaint);
    private final ObservableValue<Selection> selection;
    private MapPainter painter = new MapPainter(MapTheme.LIGHT);
    private JourneyMap map;
    private MapIndex index;
    private MapGeometry geometry;
    private CanvasOverlay overlay = CanvasOverlay.NONE;
    private ViewOptions viewOptions = ViewOptions.ALL;
    private ViewOptions laidOutWith;
    private Set<String> highlighted = Set.of();
    private double scrollX = -MARGIN;
    private double scrollY = -MARGIN;
    private boolean paintRequested;
    private boolean syncingScrollBars;
    private final FloatingControl floating = new FloatingControl(getChildren(), this::toLocal, this::getZoom);

    public MapCanvas(ObservableValue<Selection> selection) {
        this.selection = selection;
        setId("canvas");
        getStyleClass().add("map-canvas");
        setFocusTraversable(true);
        vertical.setOrientation(Orientation.VERTICAL);
        getChildren().addAll(tiles.layer(), pinnedHeaders.node(), horizontal, vertical);
        horizontal.valueProperty().addListener((obs, old, value) -> scrollBarMoved());
        vertical.valueProperty().addListener((obs, old, value) -> scrollBarMoved());
        selection.addListener((obs, old, value) -> requestPaint());
    }

    /** Shows a map: lays it out again and repaints the visible part. */
    public void show(JourneyMap newMap) {
        MapGeometry before = geometry;
        MapIndex beforeIndex = index;
        this.map = newMap;
        this.index = MapIndex.of(newMap);
        this.geometry = layout.layout(newMap, viewOptions);
        boolean sameView = before != null && viewOptions.equals(laidOutWith);
        laidOutWith = viewOptions;
        tiles.fitOverview(geometry.bounds());
        tiles.invalidate(sameView ? ChangedAreas.between(before, beforeIndex, geometry, index) : null);
        pinnedHeaders.invalidate();
        clampScroll();
        requestPaint();
    }

    public JourneyMap map() {
        return map;
    }

    public MapGeometry geometry() {
        return geometry;
    }

    public ViewOptions viewOptions() {
        return viewOptions;
    }

    /** Folds lanes or filters personas, and lays the map out again. */
    public void setViewOptions(ViewOptions options) {
        viewOptions = options;
        if (map != null) {
            show(map);
        }
    }

    /** Marks cards (those that match a search) until set again. */
    public void setHighlighted(Set<String> cardIds) {
        highlighted = Set.copyOf(cardIds);
        requestPaint();
    }

    public void setTheme(MapTheme theme) {
        painter = new MapPainter(theme);
        tiles.invalidate();
        requestPaint();
    }

    public CompareMarks compareMarks() {
        return marks.compareMarks().marks();
    }

    public void setCompareMarks(CompareMarks newMarks) {
        marks.compareMarks().setMarks(newMarks);
        requestPaint();
    }

    public void setOverlay(CanvasOverlay newOverlay) {
        overlay = newOverlay;
        requestPaint();
    }

    ConnectorMarks connectorMarks() {
        return marks.connectors();
    }

    public double getZoom() {
        return zoom.get();
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** Zooms keeping the map point under (localX, localY) where it is, and paints the map at the new zoom. */
    public void zoomTo(double newZoom, double localX, double localY) {
        zoomMotion.jump();
        zoomAround(newZoom, localX, localY);
    }

    /**
     * Zooms as one step of a wheel gesture (Ctrl+wheel): the map shows scaled until the zoom rests for a moment, then
     * it is painted at the new zoom, as crisp as after {@link #zoomTo}.
     */
    public void zoomGradually(double newZoom, double localX, double localY) {
        zoomMotion.step();
        zoomAround(newZoom, localX, localY);
    }

    private void zoomAround(double newZoom, double localX, double localY) {
        double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
        double mapX = scrollX + localX / zoom.get();
        double mapY = scrollY + localY / zoom.get();
        zoom.set(clamped);
        scrollX = mapX - localX / clamped;
        scrollY = mapY - localY / clamped;
        clampScroll();
        requestPaint();
    }

    public void zoomBy(double factor) {
        zoomTo(zoom.get() * factor, viewportWidth() / 2, viewportHeight() / 2);
    }

    /** Zooms so that the whole map fits the window. */
    public void zoomToFit() {
        if (geometry == null || viewportWidth() <= 0) {
            return;
        }
        Rect bounds = geometry.bounds();
        double fit = Math.min(
                (viewportWidth() - 2 * MARGIN) / bounds.width(), (viewportHeight() - 2 * MARGIN) / bounds.height());
        zoomMotion.jump();
        zoom.set(Math.max(MIN_ZOOM, Math.min(1, fit)));
        scrollX = -MARGIN / zoom.get();
        scrollY = -MARGIN / zoom.get();
        clampScroll();
        requestPaint();
    }

    public void scrollBy(double localDx, double localDy) {
        scrollX += localDx / zoom.get();
        scrollY += localDy / zoom.get();
        clampScroll();
        requestPaint();
    }

    /** Scrolls as little as needed to show a map rectangle. */
    public void reveal(Rect rect) {
        double width = viewportWidth() / zoom.get();
        double height = viewportHeight() / zoom.get();
        double headerHeight = geometry.headerHeight();
        if (rect.x() < scrollX) {
            scrollX = rect.x() - MARGIN;
        } else if (rect.maxX() > scrollX + width) {
            scrollX = rect.maxX() - width + MARGIN;
        }
        if (rect.y() < scrollY + headerHeight) {
            scrollY = rect.y() - headerHeight - MARGIN;
        } else if (rect.maxY() > scrollY + height) {
            scrollY = rect.maxY() - height + MARGIN;
        }
        clampScroll();
        requestPaint();
    }

    /**
     * The map point under a position in this region. Over the stage headers pinned to the top, it is a point on
     * those headers, so they can be clicked and dropped on wherever the map is scrolled.
     */
    public Point toMap(double localX, double localY) {
        double mapX = scrollX + localX / zoom.get();
        double mapY = scrollY + localY / zoom.get();
        if (stickyHeaderShown() && localY / zoom.get() < geometry.headerHeight()) {
            mapY = localY / zoom.get();
        }
        return new Point(mapX, mapY);
    }

    /** The position in this region of a map point (ignoring the pinned headers). */
    public Point2D toLocal(double mapX, double mapY) {
        return new Point2D((mapX - scrollX) * zoom.get(), (mapY - scrollY) * zoom.get());
    }

    /** The screen position of a map point, for tests and for placing the in-place editors. */
    public Point2D toScreen(double mapX, double mapY) {
        Point2D local = toLocal(mapX, mapY);
        return localToScreen(local.getX(), local.getY());
    }

    public double viewportWidth() {
        return Math.max(0, getWidth() - vertical.getWidth());
    }

    public double viewportHeight() {
        return Math.max(0, getHeight() - horizontal.getHeight());
    }

    /**
     * Shows a control over the map at a map rectangle, following pan and zoom, until {@link #hideFloating()}.
     * A hidden control stays among the children, so showing it again does not style it again.
     */
    public void showFloating(Region control, Rect mapBounds) {
        floating.show(control, mapBounds);
        requestLayout();
    }

    public void hideFloating() {
        floating.hide();
    }

    /**
     * Whether the last frame showed everything visible of the current map, nothing waiting to be painted; the
     * benchmark harness checks it so that the frames it times are frames that show the map.
     */
    public boolean isViewComplete() {
        return geometry != null && !paintRequested && tiles.tileZoom() != 0 && tiles.showsWholeView();
    }

    /**
     * Asks for a repaint in the next frame; many requests in one frame paint once, at the next layout pass or
     * in a runnable after the current event, whichever comes first (a request made in a pulse's animations is
     * then painted in that same pulse).
     */
    public void requestPaint() {
        if (paintRequested) {
            return;
        }
        paintRequested = true;
        requestLayout();
        Platform.runLater(this::paintIfRequested);
    }

    private void paintIfRequested() {
        if (paintRequested) {
            paintRequested = false;
            paint();
        }
    }

    @Override
    protected void layoutChildren() {
        double barWidth = vertical.prefWidth(-1);
        double barHeight = horizontal.prefHeight(-1);
        double width = Math.max(0, getWidth() - barWidth);
        double height = Math.max(0, getHeight() - barHeight);
        boolean resized = marks.resize(width, height);
        horizontal.resizeRelocate(0, height, width, barHeight);
        vertical.resizeRelocate(width, 0, barWidth, height);
        clampScroll();
        floating.place();
        // Laid out again for the scroll bars' sake as well, which leaves the map as it is.
        if (resized) {
            paintRequested = false;
            paint();
        } else {
            paintIfRequested();
        }
    }

    private void paint() {
        double width = marks.width();
        double height = marks.height();
        floating.place();
        if (geometry == null || width <= 0 || height <= 0) {
            tiles.invalidate();
            pinnedHeaders.hide();
            marks.fill(painter.theme().bandFill());
            return;
        }
        double scale = zoom.get();
        tiles.show(scrollX, scrollY, scale, width, height, zoomMotion.isResting());
        marks.paint(geometry, painter.theme(), selection.getValue(), highlighted, overlay, scrollX, scrollY, scale);
        if (stickyHeaderShown()) {
            pinnedHeaders.show(
                    geometry,
                    index,
                    painter,
                    selection.getValue(),
                    overlay.dropTarget(),
                    scrollX,
                    scale,
                    width,
                    height,
                    zoomMotion.isResting());
        } else {
            pinnedHeaders.hide();
        }
        syncScrollBars();
    }

    private void paintTile(FxSurface tile, Rect area, double scale) {
        TileContent.paint(painter, geometry, index, viewOptions.highlight(), tile, area, scale);
    }

    private boolean stickyHeaderShown() {
        return geometry != null && scrollY > 0;
    }

    private void clampScroll() {
        if (geometry == null) {
            return;
        }
        double width = viewportWidth() / zoom.get();
        double height = viewportHeight() / zoom.get();
        Rect bounds = geometry.bounds();
        scrollX = onWholePixels(clamp(scrollX, -MARGIN, Math.max(-MARGIN, bounds.maxX() + MARGIN - width)));
        scrollY = onWholePixels(clamp(scrollY, -MARGIN, Math.max(-MARGIN, bounds.maxY() + MARGIN - height)));
    }

    private void syncScrollBars() {
        syncingScrollBars = true;
        Rect bounds = geometry.bounds();
        syncBar(horizontal, bounds.maxX(), scrollX, viewportWidth() / zoom.get(), bounds.width());
        syncBar(vertical, bounds.maxY(), scrollY, viewportHeight() / zoom.get(), bounds.height());
        syncingScrollBars = false;
    }

    private static void syncBar(ScrollBar bar, double mapEnd, double scroll, double visible, double mapSize) {
        double max = Math.max(-MARGIN, mapEnd + MARGIN - visible);
        ScrollBarRange.apply(bar, -MARGIN, max, scroll, visible, mapSize + 2 * MARGIN);
    }

    private void scrollBarMoved() {
        if (syncingScrollBars) {
            return;
        }
        scrollX = horizontal.getValue();
        scrollY = vertical.getValue();
        clampScroll();
        requestPaint();
    }

    private double onWholePixels(double scroll) {
        return DevicePixels.round(this, scroll * zoom.get()) / zoom.get();
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
