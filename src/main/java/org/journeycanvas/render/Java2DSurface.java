package org.journeycanvas.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.journeycanvas.layout.CurveSegment;
import org.journeycanvas.layout.Point;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.model.PhotoUri;

/** Draws on a Java2D graphics context: PNG export, without JavaFX, on any thread, with or without a display. */
public final class Java2DSurface implements Surface {
    private static final float[] DASHES = {4, 4};

    private final Graphics2D g;
    /** What each clip or transform not yet restored undoes. */
    private final Deque<Runnable> undos = new ArrayDeque<>();

    private final Map<String, BufferedImage> photos = new HashMap<>();

    public Java2DSurface(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    @Override
    public void fillRect(Rect rect, Rgb color) {
        g.setColor(awt(color));
        g.fill(new Rectangle2D.Double(rect.x(), rect.y(), rect.width(), rect.height()));
    }

    @Override
    public void fillRoundRect(Rect rect, double arc, Rgb color) {
        g.setColor(awt(color));
        g.fill(new RoundRectangle2D.Double(rect.x(), rect.y(), rect.width(), rect.height(), arc, arc));
    }

    @Override
    public void strokeRoundRect(Rect rect, double arc, Rgb color, double lineWidth) {
        g.setColor(awt(color));
        g.setStroke(new BasicStroke((float) lineWidth));
        g.draw(new RoundRectangle2D.Double(
                rect.x() + 0.5, rect.y() + 0.5, rect.width() - 1, rect.height() - 1, arc, arc));
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2, Rgb color, double lineWidth, boolean dashed) {
        g.setColor(awt(color));
        g.setStroke(
                dashed
                        ? new BasicStroke(
                                (float) lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, DASHES, 0)
                        : new BasicStroke((float) lineWidth));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void strokeCurve(List<CurveSegment> segments, Rgb color, double lineWidth) {
        if (segments.isEmpty()) {
            return;
        }
        g.setColor(awt(color));
        g.setStroke(new BasicStroke((float) lineWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path(segments));
    }

    @Override
    public void strokeDashedCurve(List<CurveSegment> segments, Rgb color, double lineWidth) {
        if (segments.isEmpty()) {
            return;
        }
        g.setColor(awt(color));
        g.setStroke(new BasicStroke(
                (float) lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, Surface.curveDashes(), 0));
        g.draw(path(segments));
    }

    @Override
    public void fillCurveArea(List<CurveSegment> outline, Rgb color) {
        if (outline.isEmpty()) {
            return;
        }
        g.setColor(awt(color));
        g.fill(area(outline));
    }

    /** A closed outline as a Java2D path (see {@link Surface#fillCurveArea}), for every surface that can use one. */
    public static Path2D.Double area(List<CurveSegment> outline) {
        Path2D.Double path = path(outline);
        path.closePath();
        return path;
    }

    /**
     * The curve as a Java2D path, for a Graphics2D and for PowerPoint's freeform shapes alike. Where a segment does
     * not start at the previous one's end (an outline going back along the other curve), a straight line joins them.
     */
    public static Path2D.Double path(List<CurveSegment> segments) {
        Path2D.Double path = new Path2D.Double();
        Point reached = segments.get(0).start();
        path.moveTo(reached.x(), reached.y());
        for (CurveSegment segment : segments) {
            if (!segment.start().equals(reached)) {
                path.lineTo(segment.start().x(), segment.start().y());
            }
            reached = segment.end();
            path.curveTo(
                    segment.control1().x(),
                    segment.control1().y(),
                    segment.control2().x(),
                    segment.control2().y(),
                    segment.end().x(),
                    segment.end().y());
        }
        return path;
    }

    @Override
    public void fillCircle(double centerX, double centerY, double radius, Rgb color) {
        g.setColor(awt(color));
        g.fill(new Ellipse2D.Double(centerX - radius, centerY - radius, 2 * radius, 2 * radius));
    }

    @Override
    public void strokeCircle(double centerX, double centerY, double radius, Rgb color, double lineWidth) {
        g.setColor(awt(color));
        g.setStroke(new BasicStroke((float) lineWidth));
        g.draw(new Ellipse2D.Double(centerX - radius, centerY - radius, 2 * radius, 2 * radius));
    }

    @Override
    public void text(String text, double x, double baseline, TextStyle style, Rgb color) {
        if (text.isEmpty()) {
            return;
        }
        Font font = Java2DFonts.text(style);
        g.setFont(font);
        g.setColor(awt(color));
        if (FontRuns.allOwn(text, FontRuns::commonScript)) {
            g.drawString(text, (float) x, (float) baseline);
            return;
        }
        // Other scripts come from an installed font that has them: Java's composite font may draw boxes.
        List<FontRuns.Run> runs = FontRuns.split(text, FontRuns::commonScript);
        if (FontRuns.reordered(text)) {
            FontRuns.line(runs, font, style).draw(g, (float) x, (float) baseline);
            return;
        }
        double left = x;
        for (FontRuns.Run run : runs) {
            if (run.own()) {
                g.setFont(font);
                g.drawString(run.text(), (float) left, (float) baseline);
                left += font.getStringBounds(run.text(), FontRuns.CONTEXT).getWidth();
            } else {
                TextLayout layout = run.layout(style);
                layout.draw(g, (float) left, (float) baseline);
                left += layout.getAdvance();
            }
        }
    }

    @Override
    public void icon(int codePoint, double x, double y, double size, Rgb color) {
        g.setFont(Java2DFonts.icons(size));
        g.setColor(awt(color));
        float ascent = g.getFontMetrics().getAscent();
        g.drawString(new String(Character.toChars(codePoint)), (float) x, (float) (y + ascent));
    }

    @Override
    public void photo(String dataUri, Rect square) {
        BufferedImage image = photos.computeIfAbsent(dataUri, Java2DSurface::decode);
        if (image == null) {
            return;
        }
        Shape before = g.getClip();
        g.clip(new Ellipse2D.Double(square.x(), square.y(), square.width(), square.height()));
        double scale = Math.max(square.width() / image.getWidth(), square.height() / image.getHeight());
        double width = image.getWidth() * scale;
        double height = image.getHeight() * scale;
        g.drawImage(
                image,
                (int) Math.round(square.centerX() - width / 2),
                (int) Math.round(square.centerY() - height / 2),
                (int) Math.round(width),
                (int) Math.round(height),
                null);
        g.setClip(before);
        strokeCircle(square.centerX(), square.centerY(), square.width() / 2, Rgb.of("#FFFFFF"), 2);
    }

    @Override
    public void picture(String dataUri, Rect frame) {
        BufferedImage image = DecodedPictures.of(dataUri);
        if (image == null) {
            return;
        }
        Rect fitted = Surface.fitted(image.getWidth(), image.getHeight(), frame);
        AffineTransform before = g.getTransform();
        g.translate(fitted.x(), fitted.y());
        g.scale(fitted.width() / image.getWidth(), fitted.height() / image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.setTransform(before);
    }

    @Override
    public void clip(Rect rect) {
        Shape before = g.getClip();
        undos.push(() -> g.setClip(before));
        g.clip(new Rectangle2D.Double(rect.x(), rect.y(), rect.width(), rect.height()));
    }

    @Override
    public void transform(double scale, double dx, double dy) {
        AffineTransform before = g.getTransform();
        undos.push(() -> g.setTransform(before));
        g.translate(dx, dy);
        g.scale(scale, scale);
    }

    @Override
    public void restore() {
        undos.pop().run();
    }

    /** Clears a rectangle to fully transparent, for a PNG with a transparent background. */
    public void clearRect(Rect rect) {
        g.setComposite(AlphaComposite.Clear);
        g.fill(new Rectangle2D.Double(rect.x(), rect.y(), rect.width(), rect.height()));
        g.setComposite(AlphaComposite.SrcOver);
    }

    static Color awt(Rgb color) {
        return new Color(color.red(), color.green(), color.blue(), (int) Math.round(color.alpha() * 255));
    }

    private static BufferedImage decode(String dataUri) {
        try {
            return ImageIO.read(new ByteArrayInputStream(PhotoUri.bytes(dataUri)));
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    // --- connectors

    @Override
    public void strokePolyline(List<Point> points, double cornerRadius, Rgb color, double lineWidth, boolean dashed) {
        g.setColor(awt(color));
        g.setStroke(
                dashed
                        ? new BasicStroke(
                                (float) lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, DASHES, 0)
                        : new BasicStroke((float) lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(RoundedPolyline.path(points, cornerRadius));
    }

    @Override
    public void fillPolygon(List<Point> points, Rgb color) {
        g.setColor(awt(color));
        g.fill(RoundedPolyline.polygon(points));
    }
}
