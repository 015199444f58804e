package org.journeycanvas.ui.canvas;

import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.OpportunityHighlight;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.render.MapPainter;
import org.journeycanvas.render.Rgb;

/** What one tile of the canvas shows: the map painted over its area, and the backdrop outside the map's bounds. */
final class TileContent {
    /**
     * How far beyond a tile the painter looks for things to draw (map units): what sticks out of its box, such as
     * a card's outline or a connector's arrow head, is then painted in the neighbouring tile too.
     */
    static final double OVERDRAW = 32;

    private TileContent() {}

    /**
     * Paints a tile whose surface's transform is set. No clip to the map's bounds: a clipped canvas is composited
     * through a mask, which made each frame many times slower; the little the painter draws beyond the map is
     * painted over instead.
     */
    static void paint(
            MapPainter painter,
            MapGeometry geometry,
            MapIndex index,
            OpportunityHighlight highlight,
            FxSurface tile,
            Rect area,
            double scale) {
        Rect around = reach(area);
        painter.paint(geometry, index, around, tile, scale, highlight);
        Rgb fill = painter.theme().bandFill();
        Rect map = geometry.bounds();
        double top = Math.max(around.y(), map.y());
        double bottom = Math.min(around.maxY(), map.maxY());
        fillIfAny(tile, around.x(), around.y(), around.width(), map.y() - around.y(), fill);
        fillIfAny(tile, around.x(), map.maxY(), around.width(), around.maxY() - map.maxY(), fill);
        fillIfAny(tile, around.x(), top, map.x() - around.x(), bottom - top, fill);
        fillIfAny(tile, map.maxX(), top, around.maxX() - map.maxX(), bottom - top, fill);
    }

    /** An area with the overdraw around it: what painting it looks at, and what a change to it reaches. */
    static Rect reach(Rect area) {
        return new Rect(
                area.x() - OVERDRAW, area.y() - OVERDRAW, area.width() + 2 * OVERDRAW, area.height() + 2 * OVERDRAW);
    }

    private static void fillIfAny(FxSurface tile, double x, double y, double width, double height, Rgb fill) {
        if (width > 0 && height > 0) {
            tile.fillRect(new Rect(x, y, width, height), fill);
        }
    }
}
