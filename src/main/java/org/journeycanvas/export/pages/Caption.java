package org.journeycanvas.export.pages;

import org.journeycanvas.layout.TextStyle;

/** A line of text on a page outside the map: the title, a page number, a tile's label. */
public record Caption(String text, double x, double baseline, TextStyle style, double scale) {
    Caption shifted(double dx, double dy) {
        return new Caption(text, x + dx, baseline + dy, style, scale);
    }
}
