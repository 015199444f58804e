package org.journeycanvas.export;

import static org.journeycanvas.export.PowerPointExporter.SLIDE_HEIGHT;
import static org.journeycanvas.export.PowerPointExporter.SLIDE_WIDTH;
import static org.journeycanvas.export.PowerPointExporter.THEME;
import static org.journeycanvas.export.PowerPointExporter.awt;
import static org.journeycanvas.export.PowerPointExporter.run;
import static org.journeycanvas.export.PowerPointExporter.text;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.StrokeStyle;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFFreeformShape;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.layout.EmotionCurve;
import org.journeycanvas.layout.PersonaComparison;
import org.journeycanvas.layout.Point;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.render.Icons;
import org.journeycanvas.render.Java2DSurface;
import org.journeycanvas.render.Java2DTextMeasurer;
import org.journeycanvas.render.MapPainter;
import org.journeycanvas.render.Rgb;

/**
 * The persona comparison as slides of native shapes: the stage heads, the score guides, each persona's curve as a
 * freeform in its colour with its points, the stage where the personas differ most, and a legend. One slide for
 * the as-is curves, one more for the to-be curves when the map has them; none when fewer than two personas have
 * scored emotions, or when the deck is of one persona.
 */
final class SlidePersonaComparison {
    private static final double MARGIN = 24;
    private static final double TITLE_HEIGHT = 40;

    private final XSLFSlide slide;
    private final GlyphPictures glyphs;
    private final double scale;
    private final double left;
    private final double top;

    private SlidePersonaComparison(XSLFSlide slide, GlyphPictures glyphs, PersonaComparison comparison) {
        this.slide = slide;
        this.glyphs = glyphs;
        double availableWidth = SLIDE_WIDTH - 2 * MARGIN;
        double availableHeight = SLIDE_HEIGHT - 2 * MARGIN - TITLE_HEIGHT;
        Rect bounds = comparison.bounds();
        this.scale = Math.min(availableWidth / bounds.width(), availableHeight / bounds.height());
        this.left = MARGIN + (availableWidth - bounds.width() * scale) / 2;
        this.top = MARGIN + TITLE_HEIGHT;
    }

    /** Adds the comparison slides to a deck of the whole map, when at least two personas have scores to compare. */
    static void add(XMLSlideShow slides, JourneyMap map, PptxOptions options, GlyphPictures glyphs) {
        if (options.personaId() != null) {
            return;
        }
        for (PersonaComparison.Curve curve : PersonaComparison.Curve.values()) {
            PersonaComparison wide = layout(map, curve, SLIDE_WIDTH);
            // Laid out as narrow as makes it fill the slide's height too, so that it is drawn larger.
            double fillingWidth =
                    (SLIDE_WIDTH - 2 * MARGIN) * wide.bounds().height() / (SLIDE_HEIGHT - 2 * MARGIN - TITLE_HEIGHT);
            PersonaComparison comparison = layout(map, curve, Math.min(SLIDE_WIDTH, fillingWidth));
            if (comparison.series().size() >= 2) {
                XSLFSlide slide = slides.createSlide();
                new SlidePersonaComparison(slide, glyphs, comparison).draw(comparison, title(curve));
            }
        }
    }

    private static PersonaComparison layout(JourneyMap map, PersonaComparison.Curve curve, double width) {
        return PersonaComparison.of(
                map, curve, new Java2DTextMeasurer(), width, Messages.get("export.pptx.unnamedPersona"));
    }

    static String title(PersonaComparison.Curve curve) {
        return Messages.get(
                curve == PersonaComparison.Curve.AS_IS
                        ? "export.comparison.title.asIs"
                        : "export.comparison.title.toBe");
    }

    private void draw(PersonaComparison comparison, String title) {
        XSLFTextBox heading = text(
                slide,
                new Rectangle2D.Double(MARGIN, MARGIN - 8, SLIDE_WIDTH - 2 * MARGIN, TITLE_HEIGHT),
                title,
                22,
                true,
                awt(THEME.text()));
        heading.setVerticalAlignment(VerticalAlignment.TOP);
        Rect band = comparison.band();
        rect(band, THEME.bandFill(), null);
        for (PersonaComparison.Column column : comparison.columns()) {
            Rect head = column.head();
            XSLFAutoShape shape = rect(
                    new Rect(head.x() + 1, head.y(), head.width() - 2, head.height() - 4), THEME.headerFill(), null);
            shape.setInsets(new Insets2D(4, 6, 4, 6));
            shape.setVerticalAlignment(VerticalAlignment.MIDDLE);
            run(
                    shape.addNewTextParagraph(),
                    String.join(" ", column.nameLines()),
                    points(PersonaComparison.nameStyle().size()),
                    true,
                    awt(THEME.headerText()));
        }
        PersonaComparison.Gap gap = comparison.largestGap();
        if (gap != null) {
            rect(gap.band(), THEME.selection().withAlpha(0.10), null);
            // as large as the drawing is, and as wide as the stage's column, so that it never runs into the next one
            text(
                    slide,
                    new Rectangle2D.Double(
                            x(gap.band().x() + 4),
                            y(gap.band().y() + 2),
                            (gap.band().width() - 8) * scale,
                            (TextStyle.EMOTION_LABEL.lineHeight() + 6) * scale),
                    Messages.get("export.comparison.largestGap"),
                    points(TextStyle.EMOTION_LABEL.size()),
                    false,
                    awt(THEME.selection()));
        }
        for (int score = Card.MAX_SCORE; score >= Card.MIN_SCORE; score--) {
            double guideY = comparison.scale().y(score);
            XSLFConnectorShape guide = slide.createConnector();
            guide.setAnchor(new Rectangle2D.Double(x(band.x()), y(guideY), band.width() * scale, 0));
            guide.setLineColor(awt(THEME.emotionGuide()));
            guide.setLineWidth(score == 0 ? 1.0 : 0.5);
            if (score != 0) {
                guide.setLineDash(StrokeStyle.LineDash.DASH);
            }
            XSLFPictureData face = slide.getSlideShow()
                    .addPicture(
                            glyphs.png(Icons.score(score), awt(MapPainter.scoreColor(score))),
                            PictureData.PictureType.PNG);
            slide.createPicture(face)
                    .setAnchor(new Rectangle2D.Double(x(band.x() - 30), y(guideY - 10), 20 * scale, 20 * scale));
        }
        for (PersonaComparison.Series series : comparison.series()) {
            Rgb color = Rgb.of(series.color());
            List<Point> points = new ArrayList<>();
            for (Point point : series.positions()) {
                points.add(new Point(x(point.x()), y(point.y())));
            }
            if (points.size() >= 2) {
                XSLFFreeformShape curve = slide.createFreeform();
                curve.setPath(Java2DSurface.path(EmotionCurve.through(points)));
                curve.setLineColor(awt(color));
                curve.setLineWidth(Math.max(1.5, 3 * scale));
                curve.setFillColor(null);
            }
            double radius = PersonaComparison.POINT_RADIUS * scale;
            for (Point point : points) {
                XSLFAutoShape dot = slide.createAutoShape();
                dot.setShapeType(ShapeType.ELLIPSE);
                dot.setAnchor(new Rectangle2D.Double(point.x() - radius, point.y() - radius, 2 * radius, 2 * radius));
                dot.setFillColor(awt(color));
                dot.setLineColor(awt(THEME.background()));
                dot.setLineWidth(1);
            }
        }
        for (PersonaComparison.LegendEntry entry : comparison.legend()) {
            rect(entry.swatch(), Rgb.of(entry.color()), null);
            // the name as the layout measured and cut it, at the drawing's scale, with room for the box's insets
            double height = PersonaComparison.LEGEND_ROW * scale;
            XSLFTextBox name = text(
                    slide,
                    new Rectangle2D.Double(
                            x(entry.textX()) - 2,
                            y(entry.swatch().centerY()) - height / 2,
                            entry.textWidth() * scale + 4,
                            height),
                    entry.name(),
                    points(PersonaComparison.legendStyle().size()),
                    false,
                    awt(THEME.text()));
            name.setWordWrap(false);
            name.setVerticalAlignment(VerticalAlignment.MIDDLE);
        }
    }

    private double x(double mapX) {
        return left + mapX * scale;
    }

    private double y(double mapY) {
        return top + mapY * scale;
    }

    private XSLFAutoShape rect(Rect rect, Rgb fill, Rgb line) {
        XSLFAutoShape shape = slide.createAutoShape();
        shape.setShapeType(ShapeType.RECT);
        shape.setAnchor(new Rectangle2D.Double(x(rect.x()), y(rect.y()), rect.width() * scale, rect.height() * scale));
        shape.setFillColor(awt(fill));
        shape.setLineColor(line == null ? null : awt(line));
        return shape;
    }

    /** A font size of the drawing in points at the slide's scale, to half a point, never below 6. */
    private double points(double size) {
        return Math.max(6.0, Math.round(size * scale * 2) / 2.0);
    }
}
