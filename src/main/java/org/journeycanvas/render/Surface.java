package org.journeycanvas.render;

import java.util.List;
import org.journeycanvas.layout.CurveSegment;
import org.journeycanvas.layout.Point;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextStyle;

/**
 * What the map painter draws on: the screen's JavaFX canvas, a Java2D image for PNG export, or anything else
 * that can draw these few primitives. Coordinates are map units; the surface applies zoom and offset.
 */
public interface Surface {
    void fillRect(Rect rect, Rgb color);

    void fillRoundRect(Rect rect, double arc, Rgb color);

    void strokeRoundRect(Rect rect, double arc, Rgb color, double lineWidth);

    void strokeLine(double x1, double y1, double x2, double y2, Rgb color, double lineWidth, boolean dashed);

    void strokeCurve(List<CurveSegment> segments, Rgb color, double lineWidth);

    /** A smooth curve drawn dashed ({@link #curveDashes()}): the to-be emotion curve. */
    void strokeDashedCurve(List<CurveSegment> segments, Rgb color, double lineWidth);

    /**
     * A closed area whose outline runs through the segments in order, a straight line joining two that do not
     * meet and the last back to the first: the gap between two emotion curves.
     */
    void fillCurveArea(List<CurveSegment> outline, Rgb color);

    /** Dash and gap lengths of a dashed curve, in map units: longer than a dashed line's, as the curve is thicker. */
    /** The dash and the gap of {@link #strokeDashedCurve}, in map units. */
    float CURVE_DASH = 8;

    float CURVE_GAP = 5;

    /** The dash pattern of {@link #strokeDashedCurve}, a fresh array for APIs that take one. */
    static float[] curveDashes() {
        return new float[] {CURVE_DASH, CURVE_GAP};
    }

    void fillCircle(double centerX, double centerY, double radius, Rgb color);

    void strokeCircle(double centerX, double centerY, double radius, Rgb color, double lineWidth);

    /** One line of text with its baseline at {@code baseline}. */
    void text(String text, double x, double baseline, TextStyle style, Rgb color);

    /** A glyph of the icon font, fitted into a square of {@code size} at (x, y). */
    void icon(int codePoint, double x, double y, double size, Rgb color);

    /** A persona photo (a data URI), cropped to a circle inside the square. */
    void photo(String dataUri, Rect square);

    /**
     * A storyboard picture (a PNG or JPEG data URI) fitted inside the frame, its aspect ratio kept, centred.
     * Decoding is slow, so a surface decodes each picture once and keeps it (bounded, keyed by the URI); a picture
     * that does not decode is not drawn.
     */
    void picture(String dataUri, Rect frame);

    /** Where an image of {@code width × height} lands when fitted into the frame keeping its aspect ratio, centred. */
    static Rect fitted(double width, double height, Rect frame) {
        if (width <= 0 || height <= 0) {
            return frame;
        }
        double scale = Math.min(frame.width() / width, frame.height() / height);
        double w = width * scale;
        double h = height * scale;
        return new Rect(frame.centerX() - w / 2, frame.centerY() - h / 2, w, h);
    }

    /** Limits drawing to a rectangle until {@link #restore()}. */
    void clip(Rect rect);

    /**
     * Draws what follows scaled and shifted until {@link #restore()}: a point p of the map lands at {@code p *
     * scale + (dx, dy)} of the present space. Pages use it to place parts of the map, and to shrink them.
     */
    void transform(double scale, double dx, double dy);

    /** Undoes the latest {@link #clip} or {@link #transform} that is not undone yet. */
    void restore();

    // --- connectors

    /**
     * An open line through the points (a connector), its corners rounded with {@code cornerRadius} or less where a
     * piece next to a corner is short ({@link RoundedPolyline}).
     */
    void strokePolyline(List<Point> points, double cornerRadius, Rgb color, double lineWidth, boolean dashed);

    /** A closed shape through the points, filled: a connector's arrow head. */
    void fillPolygon(List<Point> points, Rgb color);
}
