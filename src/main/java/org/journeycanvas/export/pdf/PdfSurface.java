package org.journeycanvas.export.pdf;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.journeycanvas.export.vector.TextOutlines;
import org.journeycanvas.export.vector.TextRun;
import org.journeycanvas.layout.CurveSegment;
import org.journeycanvas.layout.Point;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.render.FontRuns;
import org.journeycanvas.render.Java2DFonts;
import org.journeycanvas.render.Java2DSurface;
import org.journeycanvas.render.Rgb;
import org.journeycanvas.render.RoundedPolyline;
import org.journeycanvas.render.Surface;

/**
 * Draws on a PDF page: shapes as vector paths, text as text in the embedded, subset font (selectable and
 * searchable), what that font lacks as outlines, photos as images. The page's space is turned so y grows
 * downwards, as on every other surface.
 */
final class PdfSurface implements Surface {
    /** A quarter circle's control points sit this far along the tangents, as a fraction of the radius. */
    private static final double KAPPA = 0.5522847498;

    private static final float[] DASHES = {4, 4};
    private static final int TEXTS_BETWEEN_TICKS = 256;

    private final PDPageContentStream content;
    private final PdfResources resources;
    private final Runnable tick;
    private double alpha = 1;
    private int texts;

    /** {@code pageHeight} in points (the origin moves to the top left); {@code tick} every 256 texts, for Cancel. */
    PdfSurface(PDPageContentStream content, PdfResources resources, double pageHeight, Runnable tick) {
        this.content = content;
        this.resources = resources;
        this.tick = tick;
        run(() -> content.transform(new Matrix(1, 0, 0, -1, 0, (float) pageHeight)));
    }

    @Override
    public void fillRect(Rect rect, Rgb color) {
        run(() -> {
            fillColor(color);
            content.addRect((float) rect.x(), (float) rect.y(), (float) rect.width(), (float) rect.height());
            content.fill();
        });
    }

    @Override
    public void fillRoundRect(Rect rect, double arc, Rgb color) {
        run(() -> {
            fillColor(color);
            roundRect(rect.x(), rect.y(), rect.width(), rect.height(), arc / 2);
            content.fill();
        });
    }

    @Override
    public void strokeRoundRect(Rect rect, double arc, Rgb color, double lineWidth) {
        run(() -> {
            strokeColor(color, lineWidth);
            roundRect(rect.x() + 0.5, rect.y() + 0.5, rect.width() - 1, rect.height() - 1, arc / 2);
            content.stroke();
        });
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2, Rgb color, double lineWidth, boolean dashed) {
        run(() -> {
            strokeColor(color, lineWidth);
            if (dashed) {
                content.setLineDashPattern(DASHES, 0);
            }
            content.moveTo((float) x1, (float) y1);
            content.lineTo((float) x2, (float) y2);
            content.stroke();
            if (dashed) {
                content.setLineDashPattern(new float[0], 0);
            }
        });
    }

    @Override
    public void strokeCurve(List<CurveSegment> segments, Rgb color, double lineWidth) {
        if (segments.isEmpty()) {
            return;
        }
        run(() -> {
            strokeColor(color, lineWidth);
            content.setLineCapStyle(1);
            content.setLineJoinStyle(1);
            content.moveTo((float) segments.get(0).start().x(), (float)
                    segments.get(0).start().y());
            for (CurveSegment segment : segments) {
                content.curveTo(
                        (float) segment.control1().x(),
                        (float) segment.control1().y(),
                        (float) segment.control2().x(),
                        (float) segment.control2().y(),
                        (float) segment.end().x(),
                        (float) segment.end().y());
            }
            content.stroke();
            content.setLineCapStyle(0);
            content.setLineJoinStyle(0);
        });
    }

    @Override
    public void strokeDashedCurve(List<CurveSegment> segments, Rgb color, double lineWidth) {
        if (segments.isEmpty()) {
            return;
        }
        run(() -> {
            strokeColor(color, lineWidth);
            content.setLineJoinStyle(1);
            content.setLineDashPattern(Surface.curveDashes(), 0);
            if (PdfPaths.append(content, Java2DSurface.path(segments))) {
                content.stroke();
            }
            content.setLineDashPattern(new float[0], 0);
            content.setLineJoinStyle(0);
        });
    }

    @Override
    public void fillCurveArea(List<CurveSegment> outline, Rgb color) {
        if (outline.isEmpty()) {
            return;
        }
        run(() -> {
            fillColor(color);
            fillShape(Java2DSurface.area(outline));
        });
    }

    @Override
    public void fillCircle(double centerX, double centerY, double radius, Rgb color) {
        run(() -> {
            fillColor(color);
            ellipse(centerX - radius, centerY - radius, 2 * radius, 2 * radius);
            content.fill();
        });
    }

    @Override
    public void strokeCircle(double centerX, double centerY, double radius, Rgb color, double lineWidth) {
        run(() -> {
            strokeColor(color, lineWidth);
            ellipse(centerX - radius, centerY - radius, 2 * radius, 2 * radius);
            content.stroke();
        });
    }

    @Override
    public void text(String text, double x, double baseline, TextStyle style, Rgb color) {
        if (text.isEmpty()) {
            return;
        }
        if (++texts % TEXTS_BETWEEN_TICKS == 0) {
            tick.run();
        }
        run(() -> {
            fillColor(color);
            List<TextRun> runs = TextRun.split(text, style);
            if (FontRuns.reordered(text)) {
                // Right-to-left letters: the whole line as outlines, in display order.
                fillShape(TextOutlines.line(runs, x, baseline, style));
                return;
            }
            double left = x;
            for (TextRun run : runs) {
                if (!run.embedded() || !showText(run.text(), left, baseline, style)) {
                    fillShape(TextOutlines.of(run, left, baseline, style));
                }
                left += run.width();
            }
        });
    }

    /** Text in the embedded font; false where the font turns out to lack a letter after all. */
    private boolean showText(String text, double x, double baseline, TextStyle style) throws IOException {
        try {
            byte[] encoded = resources.font(style.bold()).encode(text);
            if (encoded.length == 0) {
                return true;
            }
        } catch (IllegalArgumentException e) {
            return false;
        }
        content.beginText();
        content.setFont(resources.font(style.bold()), (float) style.size());
        // The page's space is upside down; so is the text matrix, which sets the letters upright again.
        content.setTextMatrix(new Matrix(1, 0, 0, -1, (float) x, (float) baseline));
        content.showText(text);
        content.endText();
        return true;
    }

    @Override
    public void icon(int codePoint, double x, double y, double size, Rgb color) {
        run(() -> {
            fillColor(color);
            fillShape(TextOutlines.icon(Java2DFonts.icons(size), codePoint, x, y));
        });
    }

    @Override
    public void photo(String dataUri, Rect square) {
        PDImageXObject image = resources.photo(dataUri);
        if (image == null) {
            return;
        }
        run(() -> {
            content.saveGraphicsState();
            ellipse(square.x(), square.y(), square.width(), square.height());
            content.clip();
            double scale = Math.max(square.width() / image.getWidth(), square.height() / image.getHeight());
            double width = image.getWidth() * scale;
            double height = image.getHeight() * scale;
            // Images are drawn upwards from their corner; in this upside-down space, from the bottom left one.
            float left = (float) (square.centerX() - width / 2);
            float bottom = (float) (square.centerY() + height / 2);
            content.drawImage(image, new Matrix((float) width, 0, 0, (float) -height, left, bottom));
            content.restoreGraphicsState();
        });
        strokeCircle(square.centerX(), square.centerY(), square.width() / 2, Rgb.of("#FFFFFF"), 2);
    }

    @Override
    public void picture(String dataUri, Rect frame) {
        run(() -> resources.drawPicture(content, dataUri, frame));
    }

    @Override
    public void clip(Rect rect) {
        run(() -> {
            content.saveGraphicsState();
            content.addRect((float) rect.x(), (float) rect.y(), (float) rect.width(), (float) rect.height());
            content.clip();
        });
    }

    @Override
    public void transform(double scale, double dx, double dy) {
        run(() -> {
            content.saveGraphicsState();
            content.transform(new Matrix((float) scale, 0, 0, (float) scale, (float) dx, (float) dy));
        });
    }

    @Override
    public void restore() {
        // The graphics state restored holds the opacity of its time; force it to be set again.
        alpha = -1;
        run(content::restoreGraphicsState);
    }

    private void fillColor(Rgb color) throws IOException {
        content.setNonStrokingColor(color.red() / 255f, color.green() / 255f, color.blue() / 255f);
        opacity(color.alpha());
    }

    private void strokeColor(Rgb color, double lineWidth) throws IOException {
        content.setStrokingColor(color.red() / 255f, color.green() / 255f, color.blue() / 255f);
        content.setLineWidth((float) lineWidth);
        opacity(color.alpha());
    }

    private void opacity(double wanted) throws IOException {
        if (wanted != alpha) {
            content.setGraphicsStateParameters(resources.opacity(wanted));
            alpha = wanted;
        }
    }

    private void roundRect(double x, double y, double width, double height, double radius) throws IOException {
        double r = Math.max(0, Math.min(radius, Math.min(width, height) / 2));
        double k = r * KAPPA;
        double right = x + width;
        double bottom = y + height;
        content.moveTo((float) (x + r), (float) y);
        content.lineTo((float) (right - r), (float) y);
        content.curveTo(
                (float) (right - r + k), (float) y, (float) right, (float) (y + r - k), (float) right, (float) (y + r));
        content.lineTo((float) right, (float) (bottom - r));
        content.curveTo(
                (float) right,
                (float) (bottom - r + k),
                (float) (right - r + k),
                (float) bottom,
                (float) (right - r),
                (float) bottom);
        content.lineTo((float) (x + r), (float) bottom);
        content.curveTo((float) (x + r - k), (float) bottom, (float) x, (float) (bottom - r + k), (float) x, (float)
                (bottom - r));
        content.lineTo((float) x, (float) (y + r));
        content.curveTo((float) x, (float) (y + r - k), (float) (x + r - k), (float) y, (float) (x + r), (float) y);
        content.closePath();
    }

    private void ellipse(double x, double y, double width, double height) throws IOException {
        roundRectEllipse(x, y, width / 2, height / 2);
    }

    private void roundRectEllipse(double x, double y, double rx, double ry) throws IOException {
        double cx = x + rx;
        double cy = y + ry;
        double kx = rx * KAPPA;
        double ky = ry * KAPPA;
        content.moveTo((float) (cx + rx), (float) cy);
        content.curveTo((float) (cx + rx), (float) (cy + ky), (float) (cx + kx), (float) (cy + ry), (float) cx, (float)
                (cy + ry));
        content.curveTo(
                (float) (cx - kx), (float) (cy + ry), (float) (cx - rx), (float) (cy + ky), (float) (cx - rx), (float)
                        cy);
        content.curveTo((float) (cx - rx), (float) (cy - ky), (float) (cx - kx), (float) (cy - ry), (float) cx, (float)
                (cy - ry));
        content.curveTo(
                (float) (cx + kx), (float) (cy - ry), (float) (cx + rx), (float) (cy - ky), (float) (cx + rx), (float)
                        cy);
        content.closePath();
    }

    /** Fills a Java2D shape (text or icon outlines) as a PDF path. */
    private void fillShape(Shape shape) throws IOException {
        if (!PdfPaths.append(content, shape)) {
            return;
        }
        if (shape.getPathIterator(null).getWindingRule() == PathIterator.WIND_EVEN_ODD) {
            content.fillEvenOdd();
        } else {
            content.fill();
        }
    }

    /** A drawing step that may fail with the output stream: the export fails as a whole, with its message. */
    private interface Step {
        void draw() throws IOException;
    }

    private static void run(Step step) {
        try {
            step.draw();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- connectors

    @Override
    public void strokePolyline(List<Point> points, double cornerRadius, Rgb color, double lineWidth, boolean dashed) {
        run(() -> {
            strokeColor(color, lineWidth);
            content.setLineJoinStyle(1);
            if (dashed) {
                content.setLineDashPattern(DASHES, 0);
            }
            if (PdfPaths.append(content, RoundedPolyline.path(points, cornerRadius))) {
                content.stroke();
            }
            content.setLineDashPattern(new float[0], 0);
            content.setLineJoinStyle(0);
        });
    }

    @Override
    public void fillPolygon(List<Point> points, Rgb color) {
        run(() -> {
            fillColor(color);
            fillShape(RoundedPolyline.polygon(points));
        });
    }
}
