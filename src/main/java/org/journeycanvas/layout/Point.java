package org.journeycanvas.layout;

/** A point in map units. */
public record Point(double x, double y) {
    public Point movedDown(double dy) {
        return new Point(x, y + dy);
    }
}
