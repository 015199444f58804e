package org.journeycanvas.export.pages;

import org.journeycanvas.layout.Rect;

/**
 * A part of the map placed on a page: the map area {@code source}, scaled, with its top-left corner at (x, y)
 * of the page.
 */
public record Placement(Rect source, double scale, double x, double y) {
    /** Where it lands on the page. */
    public Rect target() {
        return new Rect(x, y, source.width() * scale, source.height() * scale);
    }

    Placement shifted(double dx, double dy) {
        return new Placement(source, scale, x + dx, y + dy);
    }
}
