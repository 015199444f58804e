package org.journeycanvas.layout;

/** An axis-aligned rectangle in map units (pixels at 100% zoom). */
public record Rect(double x, double y, double width, double height) {
    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public boolean contains(double px, double py) {
        return px >= x && px < x + width && py >= y && py < y + height;
    }

    public boolean intersects(Rect other) {
        return other.x < maxX() && other.maxX() > x && other.y < maxY() && other.maxY() > y;
    }

    public Rect movedDown(double dy) {
        return new Rect(x, y + dy, width, height);
    }

    /** The rectangle spanned by two corners in any order, as a rubber band is. */
    public static Rect spanning(double x1, double y1, double x2, double y2) {
        return new Rect(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
    }
}
