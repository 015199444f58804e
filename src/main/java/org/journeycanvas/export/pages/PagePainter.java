package org.journeycanvas.export.pages;

import org.journeycanvas.layout.Rect;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.render.MapPainter;
import org.journeycanvas.render.MapTheme;
import org.journeycanvas.render.Rgb;
import org.journeycanvas.render.Surface;

/**
 * Draws a {@link MapPage} on any surface whose units are points: each placed part of the map by the one map
 * painter, then the captions, crop marks and margin notes.
 */
public final class PagePainter {
    private static final Rgb CROP_MARK = Rgb.of("#000000");

    private final MapPainter painter = new MapPainter(MapTheme.LIGHT);

    public void paint(MapPage page, MapIndex index, Surface surface) {
        MapTheme theme = painter.theme();
        surface.fillRect(new Rect(0, 0, page.width(), page.height()), Rgb.of("#FFFFFF"));
        surface.clip(page.printable());
        for (Placement placement : page.placements()) {
            double scale = placement.scale();
            Rect shown = intersection(placement.target(), page.printable());
            if (shown == null) {
                continue;
            }
            // Only the part of the source that lands on the printed area: a poster's tile draws its own share.
            Rect source = new Rect(
                    placement.source().x() + (shown.x() - placement.x()) / scale,
                    placement.source().y() + (shown.y() - placement.y()) / scale,
                    shown.width() / scale,
                    shown.height() / scale);
            surface.clip(shown);
            surface.transform(
                    scale,
                    placement.x() - placement.source().x() * scale,
                    placement.y() - placement.source().y() * scale);
            // A scale of 1 for the painter: vector output and paper always draw real text, never sketched lines.
            painter.paint(page.geometry(), index, source, surface, 1);
            surface.restore();
            surface.restore();
        }
        for (Caption caption : page.captions()) {
            caption(caption, surface, theme.text());
        }
        surface.restore();
        for (double[] mark : page.cropMarks()) {
            surface.strokeLine(mark[0], mark[1], mark[2], mark[3], CROP_MARK, 0.5, false);
        }
        for (Caption note : page.marginNotes()) {
            caption(note, surface, theme.mutedText());
        }
    }

    /** The overlap of two rectangles, or null where they do not overlap. */
    private static Rect intersection(Rect a, Rect b) {
        double left = Math.max(a.x(), b.x());
        double top = Math.max(a.y(), b.y());
        double right = Math.min(a.maxX(), b.maxX());
        double bottom = Math.min(a.maxY(), b.maxY());
        return right > left && bottom > top ? Rect.spanning(left, top, right, bottom) : null;
    }

    private static void caption(Caption caption, Surface surface, Rgb color) {
        surface.transform(caption.scale(), caption.x(), caption.baseline());
        surface.text(caption.text(), 0, 0, caption.style(), color);
        surface.restore();
    }
}
