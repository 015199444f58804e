package org.journeycanvas.ui.canvas;

import java.awt.geom.PathIterator;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;
import org.journeycanvas.layout.CurveSegment;
import org.journeycanvas.layout.Point;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.render.Java2DSurface;
import org.journeycanvas.render.Rgb;
import org.journeycanvas.render.RoundedPolyline;
import org.journeycanvas.render.Surface;

/** Draws on a JavaFX canvas; the caller sets the zoom and scroll transform on the graphics context. */
public final class FxSurface implements Surface {
    private static final double[] DASHES = {4, 4};
    private static final double[] CURVE_DASH_LENGTHS = {CURVE_DASH, CURVE_GAP};

    private final GraphicsContext gc;
    /** While set, drawing calls only add where they would ink to it, and draw nothing. */
    private InkedArea measuring;

    private FxTextMeasurer textWidths;
    /** Read before drawing text, which is drawn at the zoomed size rather than through the zoom. */
    private final Affine transform = new Affine();

    public FxSurface(GraphicsContext gc) {
        this.gc = gc;
        gc.setTextAlign(TextAlignment.LEFT);
    }

    public GraphicsContext graphics() {
        return gc;
    }

    /**
     * From now on, drawing calls only add where they would put ink to {@code area}, under the transform of the
     * moment, instead of drawing; null to draw again. Text is measured; the curves, polylines and polygons, which
     * the editor's marks do not draw, count as inking anywhere.
     */
    void measureInto(InkedArea area) {
        measuring = area;
    }

    /** While measuring, adds a rectangle, grown by {@code spread}; returns whether only measuring. */
    private boolean inks(double x0, double y0, double x1, double y1, double spread) {
        if (measuring == null) {
            return false;
        }
        gc.getTransform(transform);
        measuring.add(transform, x0 - spread, y0 - spread, x1 + spread, y1 + spread);
        return true;
    }

    private boolean inks(Rect rect, double spread) {
        return inks(rect.x(), rect.y(), rect.maxX(), rect.maxY(), spread);
    }

    private boolean inksAnywhere() {
        if (measuring == null) {
            return false;
        }
        measuring.addEverywhere();
        return true;
    }

    private FxTextMeasurer textWidths() {
        if (textWidths == null) {
            textWidths = new FxTextMeasurer();
        }
        return textWidths;
    }

    @Override
    public void fillRect(Rect rect, Rgb color) {
        if (inks(rect, 0)) {
            return;
        }
        gc.setFill(fx(color));
        gc.fillRect(rect.x(), rect.y(), rect.width(), rect.height());
    }

    @Override
    public void fillRoundRect(Rect rect, double arc, Rgb color) {
        if (inks(rect, 0)) {
            return;
        }
        gc.setFill(fx(color));
        gc.fillRoundRect(rect.x(), rect.y(), rect.width(), rect.height(), arc, arc);
    }

    @Override
    public void strokeRoundRect(Rect rect, double arc, Rgb color, double lineWidth) {
        if (inks(rect, lineWidth / 2)) {
            return;
        }
        gc.setStroke(fx(color));
        gc.setLineWidth(lineWidth);
        gc.setLineDashes();
        gc.strokeRoundRect(rect.x() + 0.5, rect.y() + 0.5, rect.width() - 1, rect.height() - 1, arc, arc);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2, Rgb color, double lineWidth, boolean dashed) {
        if (inks(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2), lineWidth)) {
            return;
        }
        gc.setStroke(fx(color));
        gc.setLineWidth(lineWidth);
        if (dashed) {
            gc.setLineDashes(DASHES);
        } else {
            gc.setLineDashes();
        }
        gc.strokeLine(x1, y1, x2, y2);
        gc.setLineDashes();
    }

    @Override
    public void strokeCurve(List<CurveSegment> segments, Rgb color, double lineWidth) {
        if (inksAnywhere()) {
            return;
        }
        if (segments.isEmpty()) {
            return;
        }
        gc.setStroke(fx(color));
        gc.setLineWidth(lineWidth);
        gc.setLineDashes();
        gc.beginPath();
        gc.moveTo(segments.get(0).start().x(), segments.get(0).start().y());
        for (CurveSegment segment : segments) {
            gc.bezierCurveTo(
                    segment.control1().x(),
                    segment.control1().y(),
                    segment.control2().x(),
                    segment.control2().y(),
                    segment.end().x(),
                    segment.end().y());
        }
        gc.stroke();
    }

    @Override
    public void strokeDashedCurve(List<CurveSegment> segments, Rgb color, double lineWidth) {
        if (inksAnywhere()) {
            return;
        }
        if (segments.isEmpty()) {
            return;
        }
        gc.setStroke(fx(color));
        gc.setLineWidth(lineWidth);
        gc.setLineCap(StrokeLineCap.BUTT);
        gc.setLineDashes(CURVE_DASH_LENGTHS);
        tracePath(Java2DSurface.path(segments).getPathIterator(null));
        gc.stroke();
        gc.setLineDashes();
        gc.setLineCap(StrokeLineCap.SQUARE);
    }

    @Override
    public void fillCurveArea(List<CurveSegment> outline, Rgb color) {
        if (inksAnywhere()) {
            return;
        }
        if (outline.isEmpty()) {
            return;
        }
        gc.setFill(fx(color));
        tracePath(Java2DSurface.area(outline).getPathIterator(null));
        gc.fill();
    }

    @Override
    public void fillCircle(double centerX, double centerY, double radius, Rgb color) {
        if (inks(centerX - radius, centerY - radius, centerX + radius, centerY + radius, 0)) {
            return;
        }
        gc.setFill(fx(color));
        gc.fillOval(centerX - radius, centerY - radius, 2 * radius, 2 * radius);
    }

    @Override
    public void strokeCircle(double centerX, double centerY, double radius, Rgb color, double lineWidth) {
        if (inks(centerX - radius, centerY - radius, centerX + radius, centerY + radius, lineWidth / 2)) {
            return;
        }
        gc.setStroke(fx(color));
        gc.setLineWidth(lineWidth);
        gc.setLineDashes();
        gc.strokeOval(centerX - radius, centerY - radius, 2 * radius, 2 * radius);
    }

    @Override
    public void text(String text, double x, double baseline, TextStyle style, Rgb color) {
        if (measuring != null) {
            double width = textWidths().width(text, style);
            inks(x, baseline - style.size() * 1.25, x + width, baseline + style.size() * 0.5, style.size() * 0.25);
            return;
        }
        gc.setFill(fx(color));
        gc.setTextBaseline(VPos.BASELINE);
        double scale = uniformScale();
        if (scale == 1 || scale <= 0) {
            gc.setFont(FxFonts.text(style));
            gc.fillText(text, x, baseline);
        } else {
            unscaled(() -> {
                gc.setFont(FxFonts.text(style, style.size() * scale));
                gc.fillText(text, transform.getTx() + x * scale, transform.getTy() + baseline * scale);
            });
        }
    }

    @Override
    public void icon(int codePoint, double x, double y, double size, Rgb color) {
        if (inks(x, y, x + size * 1.5, y + size * 1.5, 0)) {
            return;
        }
        gc.setFill(fx(color));
        gc.setTextBaseline(VPos.TOP);
        String glyph = new String(Character.toChars(codePoint));
        double scale = uniformScale();
        if (scale == 1 || scale <= 0) {
            gc.setFont(FxFonts.icons(size));
            gc.fillText(glyph, x, y);
        } else {
            unscaled(() -> {
                gc.setFont(FxFonts.icons(size * scale));
                gc.fillText(glyph, transform.getTx() + x * scale, transform.getTy() + y * scale);
            });
        }
        gc.setTextBaseline(VPos.BASELINE);
    }

    /**
     * The zoom of the current transform, or 0 when it is not a plain zoom. Text under a zoom is drawn at the
     * zoomed size without the transform: scaled text would be filled glyph outline by glyph outline, which cost
     * more than the rest of a frame, while text at its own size comes from the glyph cache.
     */
    private double uniformScale() {
        gc.getTransform(transform);
        boolean plainZoom =
                transform.getMxy() == 0 && transform.getMyx() == 0 && transform.getMxx() == transform.getMyy();
        return plainZoom ? transform.getMxx() : 0;
    }

    /** Runs drawing calls in device pixels (the transform read by {@link #uniformScale()} still holds). */
    private void unscaled(Runnable drawing) {
        gc.save();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        drawing.run();
        gc.restore();
    }

    @Override
    public void photo(String dataUri, Rect square) {
        if (inks(square, 1)) {
            return;
        }
        Image image = DecodedImages.photo(dataUri);
        if (image == null || image.isError()) {
            return;
        }
        // A circle filled with the picture, covering it like a crop; a clip would be composited through a mask.
        double scale = Math.max(square.width() / image.getWidth(), square.height() / image.getHeight());
        double width = image.getWidth() * scale;
        double height = image.getHeight() * scale;
        gc.setFill(new ImagePattern(
                image, square.centerX() - width / 2, square.centerY() - height / 2, width, height, false));
        gc.fillOval(square.x(), square.y(), square.width(), square.height());
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(2);
        gc.strokeArc(square.x(), square.y(), square.width(), square.height(), 0, 360, ArcType.OPEN);
    }

    @Override
    public void picture(String dataUri, Rect frame) {
        if (inks(frame, 0)) {
            return;
        }
        Image image = DecodedImages.picture(dataUri);
        if (image == null || image.isError()) {
            return;
        }
        Rect fitted = Surface.fitted(image.getWidth(), image.getHeight(), frame);
        gc.drawImage(image, fitted.x(), fitted.y(), fitted.width(), fitted.height());
    }

    @Override
    public void clip(Rect rect) {
        gc.save();
        gc.beginPath();
        gc.rect(rect.x(), rect.y(), rect.width(), rect.height());
        gc.closePath();
        gc.clip();
    }

    @Override
    public void transform(double scale, double dx, double dy) {
        gc.save();
        gc.translate(dx, dy);
        gc.scale(scale, scale);
    }

    @Override
    public void restore() {
        gc.restore();
    }

    static Color fx(Rgb color) {
        return Color.rgb(color.red(), color.green(), color.blue(), color.alpha());
    }

    // --- connectors

    @Override
    public void strokePolyline(List<Point> points, double cornerRadius, Rgb color, double lineWidth, boolean dashed) {
        if (inksAnywhere()) {
            return;
        }
        gc.setStroke(fx(color));
        gc.setLineWidth(lineWidth);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        if (dashed) {
            gc.setLineDashes(DASHES);
        } else {
            gc.setLineDashes();
        }
        tracePath(RoundedPolyline.path(points, cornerRadius).getPathIterator(null));
        gc.stroke();
        gc.setLineDashes();
        gc.setLineJoin(StrokeLineJoin.MITER);
    }

    @Override
    public void fillPolygon(List<Point> points, Rgb color) {
        if (inksAnywhere()) {
            return;
        }
        gc.setFill(fx(color));
        tracePath(RoundedPolyline.polygon(points).getPathIterator(null));
        gc.fill();
    }

    /** The graphics context's path made of a Java2D path, which the painter's shared geometry comes as. */
    private void tracePath(PathIterator path) {
        double[] c = new double[6];
        gc.beginPath();
        for (; !path.isDone(); path.next()) {
            switch (path.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> gc.moveTo(c[0], c[1]);
                case PathIterator.SEG_LINETO -> gc.lineTo(c[0], c[1]);
                case PathIterator.SEG_QUADTO -> gc.quadraticCurveTo(c[0], c[1], c[2], c[3]);
                case PathIterator.SEG_CUBICTO -> gc.bezierCurveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                default -> gc.closePath();
            }
        }
    }
}
