package org.journeycanvas.export.svg;

import java.awt.Font;
import java.awt.Shape;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.journeycanvas.export.vector.TextOutlines;
import org.journeycanvas.export.vector.TextRun;
import org.journeycanvas.export.vector.VectorFonts;
import org.journeycanvas.layout.CurveSegment;
import org.journeycanvas.layout.Point;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.render.Java2DFonts;
import org.journeycanvas.render.Java2DSurface;
import org.journeycanvas.render.Rgb;
import org.journeycanvas.render.RoundedPolyline;
import org.journeycanvas.render.Surface;

/**
 * Draws on an SVG document as it is written: each primitive becomes an element, streamed out at once, so a map of
 * any size needs no document in memory. Text stays text (one {@code <text>} per line, in the embedded font where it
 * has the letters, the reader's sans-serif elsewhere), so the file can be edited; icons are pictures and become
 * shapes, each defined once and placed with {@code <use>}.
 */
final class SvgSurface implements Surface {
    /** A fallback run names the reader's own fonts, which shape and order scripts the embedded face lacks. */
    static final String FALLBACK_FAMILY = "sans-serif";

    private static final int TICK_ELEMENTS = 4096;
    private static final Rgb WHITE = Rgb.of("#FFFFFF");

    private final XMLStreamWriter xml;
    private final String idPrefix;
    private final String linkAttribute;
    private final Map<String, String> iconIds = new HashMap<>();
    private final Runnable tick;
    private int nextId;
    private int elements;

    /**
     * @param idPrefix      starts every id the surface makes, so several drawings can share one web page
     * @param linkAttribute {@code xlink:href} in an SVG file (read by every editor), {@code href} inside HTML
     * @param tick          called every few thousand elements: a cancelled export stops there
     */
    SvgSurface(XMLStreamWriter xml, String idPrefix, String linkAttribute, Runnable tick) {
        this.xml = xml;
        this.idPrefix = idPrefix;
        this.linkAttribute = linkAttribute;
        this.tick = tick;
    }

    @Override
    public void fillRect(Rect rect, Rgb color) {
        if (color.alpha() <= 0) {
            return;
        }
        empty("rect");
        rectAttributes(rect.x(), rect.y(), rect.width(), rect.height());
        paint("fill", color);
    }

    @Override
    public void fillRoundRect(Rect rect, double arc, Rgb color) {
        if (color.alpha() <= 0) {
            return;
        }
        empty("rect");
        rectAttributes(rect.x(), rect.y(), rect.width(), rect.height());
        corners(arc);
        paint("fill", color);
    }

    @Override
    public void strokeRoundRect(Rect rect, double arc, Rgb color, double lineWidth) {
        // Half a unit inside, as Java2D draws it, so the border covers the same pixels as on screen and in a PNG.
        empty("rect");
        rectAttributes(rect.x() + 0.5, rect.y() + 0.5, rect.width() - 1, rect.height() - 1);
        corners(arc);
        attribute("fill", "none");
        stroke(color, lineWidth);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2, Rgb color, double lineWidth, boolean dashed) {
        empty("line");
        number("x1", x1);
        number("y1", y1);
        number("x2", x2);
        number("y2", y2);
        stroke(color, lineWidth);
        if (dashed) {
            attribute("stroke-dasharray", "4 4");
        }
    }

    @Override
    public void strokeCurve(List<CurveSegment> segments, Rgb color, double lineWidth) {
        curve(segments, color, lineWidth, null);
    }

    @Override
    public void strokeDashedCurve(List<CurveSegment> segments, Rgb color, double lineWidth) {
        curve(segments, color, lineWidth, CURVE_DASH + " " + CURVE_GAP);
    }

    private void curve(List<CurveSegment> segments, Rgb color, double lineWidth, String dashes) {
        if (segments.isEmpty()) {
            return;
        }
        empty("path");
        attribute("d", SvgPaths.of(Java2DSurface.path(segments)));
        attribute("fill", "none");
        stroke(color, lineWidth);
        attribute("stroke-linecap", dashes == null ? "round" : "butt");
        attribute("stroke-linejoin", "round");
        if (dashes != null) {
            attribute("stroke-dasharray", dashes);
        }
    }

    @Override
    public void fillCurveArea(List<CurveSegment> outline, Rgb color) {
        if (!outline.isEmpty()) {
            // a polygon: filled paths in this file are only the outlines of text and icons
            fillPolygon(SvgPaths.flattened(Java2DSurface.area(outline)), color);
        }
    }

    @Override
    public void fillCircle(double centerX, double centerY, double radius, Rgb color) {
        circle(centerX, centerY, radius);
        paint("fill", color);
    }

    @Override
    public void strokeCircle(double centerX, double centerY, double radius, Rgb color, double lineWidth) {
        circle(centerX, centerY, radius);
        attribute("fill", "none");
        stroke(color, lineWidth);
    }

    /**
     * One {@code <text>} per line, so an editor sees the line as one piece. A line that needs the reader's fonts too
     * holds one {@code <tspan>} per run, each naming its font; the reader then places each run after the previous
     * one by the widths of the fonts it really uses, so a run never overlaps the next or leaves a gap.
     */
    @Override
    public void text(String text, double x, double baseline, TextStyle style, Rgb color) {
        if (text.isEmpty()) {
            return;
        }
        List<TextRun> runs = TextRun.split(text, style);
        start("text");
        number("x", x);
        number("y", baseline);
        if (runs.size() == 1) {
            attribute("font-family", family(runs.get(0)));
        }
        number("font-size", style.size());
        if (style.bold()) {
            attribute("font-weight", "bold");
        }
        paint("fill", color);
        attribute("xml:space", "preserve");
        if (runs.size() == 1) {
            characters(runs.get(0).text());
        } else {
            for (TextRun run : runs) {
                start("tspan");
                attribute("font-family", family(run));
                characters(run.text());
                end();
            }
        }
        end();
    }

    /**
     * The embedded face for its runs; for the others the installed face the layout measured them with, then the
     * reader's sans-serif, which has them where that face is not installed.
     */
    private static String family(TextRun run) {
        if (run.embedded()) {
            return VectorFonts.CSS_FAMILY;
        }
        String family = run.family();
        boolean named = family != null && !family.equals(Font.SANS_SERIF) && family.indexOf('\'') < 0;
        return named ? "'" + family + "', " + FALLBACK_FAMILY : FALLBACK_FAMILY;
    }

    @Override
    public void icon(int codePoint, double x, double y, double size, Rgb color) {
        // Each icon's outline is written once, then placed again wherever the same icon appears.
        String key = codePoint + "@" + SvgNumbers.format(size);
        String id = iconIds.get(key);
        if (id == null) {
            id = newId();
            iconIds.put(key, id);
            Shape outline = TextOutlines.icon(Java2DFonts.icons(size), codePoint, 0, 0);
            start("defs");
            empty("path");
            attribute("id", id);
            attribute("d", SvgPaths.of(outline));
            end();
        }
        empty("use");
        attribute(linkAttribute, "#" + id);
        number("x", x);
        number("y", y);
        paint("fill", color);
    }

    @Override
    public void photo(String dataUri, Rect square) {
        String clipId = newId();
        start("clipPath");
        attribute("id", clipId);
        circle(square.centerX(), square.centerY(), square.width() / 2);
        end();
        empty("image");
        attribute(linkAttribute, dataUri);
        rectAttributes(square.x(), square.y(), square.width(), square.height());
        // Cover the circle and crop what is outside, as the screen does.
        attribute("preserveAspectRatio", "xMidYMid slice");
        attribute("clip-path", "url(#" + clipId + ")");
        strokeCircle(square.centerX(), square.centerY(), square.width() / 2, WHITE, 2);
    }

    @Override
    public void picture(String dataUri, Rect frame) {
        // The viewer fits the image into the frame, so the picture need not be decoded here.
        empty("image");
        attribute(linkAttribute, dataUri);
        rectAttributes(frame.x(), frame.y(), frame.width(), frame.height());
        attribute("preserveAspectRatio", "xMidYMid meet");
    }

    @Override
    public void clip(Rect rect) {
        String clipId = newId();
        start("clipPath");
        attribute("id", clipId);
        empty("rect");
        rectAttributes(rect.x(), rect.y(), rect.width(), rect.height());
        end();
        start("g");
        attribute("clip-path", "url(#" + clipId + ")");
    }

    @Override
    public void transform(double scale, double dx, double dy) {
        start("g");
        StringBuilder matrix = new StringBuilder("matrix(");
        SvgNumbers.appendPrecise(matrix, scale).append(" 0 0 ");
        SvgNumbers.appendPrecise(matrix, scale).append(' ');
        SvgNumbers.appendPrecise(matrix, dx).append(' ');
        SvgNumbers.appendPrecise(matrix, dy).append(')');
        attribute("transform", matrix.toString());
    }

    /** Every clip and transform opens one group, so undoing the latest closes one. */
    @Override
    public void restore() {
        end();
    }

    private String newId() {
        return idPrefix + Integer.toString(nextId++, 36);
    }

    private void circle(double centerX, double centerY, double radius) {
        empty("circle");
        number("cx", centerX);
        number("cy", centerY);
        number("r", radius);
    }

    private void rectAttributes(double x, double y, double width, double height) {
        number("x", x);
        number("y", y);
        number("width", Math.max(0, width));
        number("height", Math.max(0, height));
    }

    /** A Java2D arc is the corner's diameter. */
    private void corners(double arc) {
        number("rx", arc / 2);
        number("ry", arc / 2);
    }

    private void paint(String attribute, Rgb color) {
        attribute(attribute, color.hex());
        if (color.alpha() < 1) {
            number(attribute + "-opacity", color.alpha());
        }
    }

    private void stroke(Rgb color, double lineWidth) {
        paint("stroke", color);
        number("stroke-width", lineWidth);
    }

    private void start(String element) {
        counted();
        try {
            xml.writeStartElement(element);
        } catch (XMLStreamException e) {
            throw new SvgWriteException(e);
        }
    }

    private void empty(String element) {
        counted();
        try {
            xml.writeEmptyElement(element);
        } catch (XMLStreamException e) {
            throw new SvgWriteException(e);
        }
    }

    private void counted() {
        if (++elements % TICK_ELEMENTS == 0) {
            tick.run();
        }
    }

    private void end() {
        try {
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new SvgWriteException(e);
        }
    }

    private void number(String name, double value) {
        attribute(name, SvgNumbers.format(value));
    }

    private void attribute(String name, String value) {
        try {
            xml.writeAttribute(name, value);
        } catch (XMLStreamException e) {
            throw new SvgWriteException(e);
        }
    }

    private void characters(String text) {
        try {
            xml.writeCharacters(XmlText.clean(text));
        } catch (XMLStreamException e) {
            throw new SvgWriteException(e);
        }
    }

    // --- connectors

    @Override
    public void strokePolyline(List<Point> points, double cornerRadius, Rgb color, double lineWidth, boolean dashed) {
        if (points.size() < 2) {
            return;
        }
        empty("path");
        attribute("d", SvgPaths.of(RoundedPolyline.path(points, cornerRadius)));
        attribute("fill", "none");
        stroke(color, lineWidth);
        attribute("stroke-linejoin", "round");
        if (dashed) {
            attribute("stroke-dasharray", "4 4");
        }
    }

    @Override
    public void fillPolygon(List<Point> points, Rgb color) {
        if (points.size() < 3) {
            return;
        }
        // a polygon, not a path: filled paths in this file are only the outlines of text and icons
        StringBuilder coordinates = new StringBuilder();
        for (Point point : points) {
            if (!coordinates.isEmpty()) {
                coordinates.append(' ');
            }
            SvgNumbers.append(coordinates, point.x()).append(',');
            SvgNumbers.append(coordinates, point.y());
        }
        empty("polygon");
        attribute("points", coordinates.toString());
        paint("fill", color);
    }
}
