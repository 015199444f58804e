package org.journeycanvas.testing;

import java.util.List;
import org.journeycanvas.layout.CurveSegment;
import org.journeycanvas.layout.Point;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.render.Rgb;
import org.journeycanvas.render.Surface;

/** A surface that draws nothing: tests override what they record. */
public abstract class BlankSurface implements Surface {
    @Override
    public void fillRect(Rect rect, Rgb color) {}

    @Override
    public void fillRoundRect(Rect rect, double arc, Rgb color) {}

    @Override
    public void strokeRoundRect(Rect rect, double arc, Rgb color, double lineWidth) {}

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2, Rgb color, double lineWidth, boolean dashed) {}

    @Override
    public void strokeCurve(List<CurveSegment> segments, Rgb color, double lineWidth) {}

    @Override
    public void strokeDashedCurve(List<CurveSegment> segments, Rgb color, double lineWidth) {}

    @Override
    public void fillCurveArea(List<CurveSegment> outline, Rgb color) {}

    @Override
    public void fillCircle(double centerX, double centerY, double radius, Rgb color) {}

    @Override
    public void strokeCircle(double centerX, double centerY, double radius, Rgb color, double lineWidth) {}

    @Override
    public void text(String text, double x, double baseline, TextStyle style, Rgb color) {}

    @Override
    public void icon(int codePoint, double x, double y, double size, Rgb color) {}

    @Override
    public void photo(String dataUri, Rect square) {}

    @Override
    public void picture(String dataUri, Rect frame) {}

    @Override
    public void clip(Rect rect) {}

    @Override
    public void transform(double scale, double dx, double dy) {}

    @Override
    public void restore() {}

    // --- connectors

    @Override
    public void strokePolyline(List<Point> points, double cornerRadius, Rgb color, double lineWidth, boolean dashed) {}

    @Override
    public void fillPolygon(List<Point> points, Rgb color) {}
}
