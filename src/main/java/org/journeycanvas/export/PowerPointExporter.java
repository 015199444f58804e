package org.journeycanvas.export;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.StrokeStyle;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFFreeformShape;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.CellBox;
import org.journeycanvas.layout.CurveSegment;
import org.journeycanvas.layout.EmotionCurve;
import org.journeycanvas.layout.EmotionScale;
import org.journeycanvas.layout.LaneRow;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.PersonaBand;
import org.journeycanvas.layout.Point;
import org.journeycanvas.layout.StageColumn;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;
import org.journeycanvas.render.Icons;
import org.journeycanvas.render.MapPainter;
import org.journeycanvas.render.MapTheme;
import org.journeycanvas.render.Rgb;

/**
 * Exports a map as 16:9 slides of native, editable shapes placed from the layout: a title slide, then for each
 * persona its lanes across the stages; a map wider than a slide continues on further slides by stage ranges,
 * with the stage and lane headers repeated. Pictures of each persona instead, as an option.
 */
public final class PowerPointExporter {
    static final double SLIDE_WIDTH = 960;
    static final double SLIDE_HEIGHT = 540;
    private static final double MARGIN = 24;
    private static final double TITLE_HEIGHT = 40;
    /** Below this, card text on a slide would be too small to read: more slides instead. */
    private static final double MIN_SCALE = 0.6;
    private static final String FONT = "Arial";
    private static final MapTheme THEME = MapTheme.LIGHT;

    private final GlyphPictures glyphs = new GlyphPictures();

    public void export(JourneyMap map, PptxOptions options, OutputStream out, ExportProgress progress)
            throws IOException {
        XMLSlideShow slides = new XMLSlideShow();
        try {
            slides.setPageSize(new Dimension((int) SLIDE_WIDTH, (int) SLIDE_HEIGHT));
            titleSlide(slides, map);
            List<Persona> personas = map.personas().stream()
                    .filter(persona -> options.personaId() == null || persona.id().equals(options.personaId()))
                    .toList();
            for (int i = 0; i < personas.size(); i++) {
                progress.checkCancelled();
                Persona persona = personas.get(i);
                if (options.pictures()) {
                    pictureSlide(slides, map, persona);
                } else {
                    personaSlides(slides, map, persona);
                }
                progress.update((i + 1.0) / (personas.size() + 1));
            }
            progress.checkCancelled();
            slides.write(out);
            progress.update(1);
        } finally {
            UnsavedDocuments.release(slides);
        }
    }

    private void titleSlide(XMLSlideShow slides, JourneyMap map) {
        XSLFSlide slide = slides.createSlide();
        background(slide, THEME.headerFill());
        text(slide, new Rectangle2D.Double(60, 170, 840, 90), map.title().isBlank() ? "Untitled journey" : map.title(),
                36, true, Color.WHITE);
        text(slide, new Rectangle2D.Double(60, 265, 840, 120), map.description(), 18, false,
                new Color(0xDD, 0xE6, 0xF0));
        text(slide, new Rectangle2D.Double(60, 450, 840, 30),
                LocalDate.now().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)), 14, false,
                new Color(0xDD, 0xE6, 0xF0));
    }

    private void pictureSlide(XMLSlideShow slides, JourneyMap map, Persona persona) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        new PngExporter().export(map, new PngOptions(2, persona.id(), false), png, ExportProgress.NONE);
        XSLFPictureData picture = slides.addPicture(png.toByteArray(), PictureData.PictureType.PNG);
        XSLFSlide slide = slides.createSlide();
        slideTitle(slide, persona, "");
        Dimension size = picture.getImageDimension();
        double scale = Math.min((SLIDE_WIDTH - 2 * MARGIN) / size.getWidth(),
                (SLIDE_HEIGHT - TITLE_HEIGHT - 2 * MARGIN) / size.getHeight());
        double width = size.getWidth() * scale;
        double height = size.getHeight() * scale;
        XSLFPictureShape shape = slide.createPicture(picture);
        shape.setAnchor(new Rectangle2D.Double((SLIDE_WIDTH - width) / 2, MARGIN + TITLE_HEIGHT, width, height));
    }

    private void personaSlides(XMLSlideShow slides, JourneyMap map, Persona persona) {
        MapGeometry geometry = PngExporter.layout(map, persona.id());
        if (geometry.personas().isEmpty() || geometry.stages().isEmpty()) {
            XSLFSlide slide = slides.createSlide();
            slideTitle(slide, persona, "");
            text(slide, new Rectangle2D.Double(MARGIN, 120, 600, 40), "This persona has no stages to show.", 16,
                    false, Color.DARK_GRAY);
            return;
        }
        LayoutStyle style = geometry.style();
        PersonaBand band = geometry.personas().get(0);
        double lanesHeight = band.bounds().maxY() - band.header().maxY();
        double availableWidth = SLIDE_WIDTH - 2 * MARGIN;
        double availableHeight = SLIDE_HEIGHT - 2 * MARGIN - TITLE_HEIGHT;
        int perSlide = Math.max(1, (int) Math.floor((availableWidth / MIN_SCALE - style.laneLabelWidth())
                / style.stageWidth()));
        List<List<StageColumn>> ranges = ranges(geometry.stages(), perSlide);
        MapIndex index = new MapIndex(map);
        for (List<StageColumn> range : ranges) {
            double width = style.laneLabelWidth() + range.size() * style.stageWidth();
            double height = style.stageHeaderHeight() + lanesHeight;
            double scale = Math.min(availableWidth / width, availableHeight / height);
            XSLFSlide slide = slides.createSlide();
            String part = ranges.size() == 1 ? "" : "Stages " + (range.get(0).index() + 1) + "–"
                    + (range.get(range.size() - 1).index() + 1) + " of " + geometry.stages().size();
            slideTitle(slide, persona, part);
            new SlideMap(slide, geometry, band, index, range, scale,
                    MARGIN + (availableWidth - width * scale) / 2, MARGIN + TITLE_HEIGHT).draw();
        }
    }

    /** Splits the stages into balanced ranges of at most {@code perSlide}. */
    static List<List<StageColumn>> ranges(List<StageColumn> stages, int perSlide) {
        int count = (int) Math.ceil(stages.size() / (double) perSlide);
        List<List<StageColumn>> ranges = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < count; i++) {
            int size = (stages.size() - start) / (count - i);
            ranges.add(stages.subList(start, start + size));
            start += size;
        }
        return ranges;
    }

    private void slideTitle(XSLFSlide slide, Persona persona, String part) {
        String title = persona.name().isBlank() ? "Unnamed persona" : persona.name();
        XSLFTextBox box = text(slide, new Rectangle2D.Double(MARGIN, MARGIN - 8, SLIDE_WIDTH - 2 * MARGIN,
                TITLE_HEIGHT), title, 22, true, Color.decode("#1F2328"));
        if (!persona.role().isBlank() || !part.isEmpty()) {
            XSLFTextRun detail = box.getTextParagraphs().get(0).addNewTextRun();
            detail.setText("   " + persona.role() + (part.isEmpty() ? "" : (persona.role().isBlank() ? "" : " · ")
                    + part));
            detail.setFontSize(14.0);
            detail.setFontFamily(FONT);
            detail.setFontColor(Color.decode("#59636E"));
        }
    }

    private static void background(XSLFSlide slide, Rgb color) {
        XSLFAutoShape fill = slide.createAutoShape();
        fill.setShapeType(ShapeType.RECT);
        fill.setAnchor(new Rectangle2D.Double(0, 0, SLIDE_WIDTH, SLIDE_HEIGHT));
        fill.setFillColor(awt(color));
        fill.setLineColor(null);
    }

    private static XSLFTextBox text(XSLFSlide slide, Rectangle2D anchor, String text, double size, boolean bold,
                                    Color color) {
        XSLFTextBox box = slide.createTextBox();
        box.clearText();
        box.setAnchor(anchor);
        box.setWordWrap(true);
        box.setInsets(new Insets2D(2, 2, 2, 2));
        XSLFTextParagraph paragraph = box.addNewTextParagraph();
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontFamily(FONT);
        run.setFontColor(color);
        return box;
    }

    static Color awt(Rgb color) {
        return new Color(color.red(), color.green(), color.blue(), (int) Math.round(color.alpha() * 255));
    }

    /** One slide's worth of a persona's map: stage headers, lane labels, cards and the emotion curve. */
    private final class SlideMap {
        private final XSLFSlide slide;
        private final MapGeometry geometry;
        private final PersonaBand band;
        private final MapIndex index;
        private final List<StageColumn> range;
        private final double scale;
        private final double left;
        private final double top;
        private final double firstLaneY;
        private final double firstStageX;
        private final LayoutStyle style;

        SlideMap(XSLFSlide slide, MapGeometry geometry, PersonaBand band, MapIndex index, List<StageColumn> range,
                 double scale, double left, double top) {
            this.slide = slide;
            this.geometry = geometry;
            this.band = band;
            this.index = index;
            this.range = range;
            this.scale = scale;
            this.left = left;
            this.top = top;
            this.style = geometry.style();
            this.firstLaneY = band.header().maxY();
            this.firstStageX = range.get(0).column().x();
        }

        void draw() {
            double width = style.laneLabelWidth() + range.size() * style.stageWidth();
            box(0, 0, style.laneLabelWidth(), style.stageHeaderHeight(), THEME.headerFill().mix(THEME.text(), 0.25),
                    null, ShapeType.RECT);
            for (StageColumn column : range) {
                Stage stage = index.stage(column.stageId());
                Rgb fill = stage.color() != null ? Rgb.of(stage.color()) : THEME.headerFill();
                XSLFAutoShape header = box(stageX(column.column().x()), 0, style.stageWidth(),
                        style.stageHeaderHeight(), fill, null, ShapeType.RECT);
                label(header, stage.name(), TextStyle.STAGE_NAME, THEME.textOn(fill), VerticalAlignment.MIDDLE);
            }
            for (int i = 0; i < band.lanes().size(); i++) {
                LaneRow lane = band.lanes().get(i);
                double y = laneY(lane.bounds().y());
                box(0, y, width, lane.bounds().height(), i % 2 == 0 ? THEME.bandFill() : THEME.bandAlternateFill(),
                        THEME.gridLine(), ShapeType.RECT);
                XSLFAutoShape title = box(0, y, style.laneLabelWidth(), lane.bounds().height(),
                        THEME.cardFill(lane.kind()).mix(THEME.background(), 0.55), THEME.gridLine(), ShapeType.RECT);
                label(title, lane.titleLines().isEmpty() ? "" : String.join(" ", lane.titleLines()),
                        TextStyle.LANE_TITLE, THEME.text(), VerticalAlignment.TOP);
                if (lane.kind() == LaneKind.EMOTIONS) {
                    emotions(lane);
                } else {
                    for (StageColumn column : range) {
                        lane.cells().get(column.index()).cards().forEach(this::card);
                    }
                }
            }
        }

        private void card(CardBox box) {
            Card card = index.card(box.cardId());
            Rgb fill = card.color() != null ? Rgb.of(card.color()) : THEME.cardFill(box.kind());
            XSLFAutoShape shape = box(stageX(box.bounds().x()), laneY(box.bounds().y()), box.bounds().width(),
                    box.bounds().height(), fill, THEME.cardBorder().withAlpha(0.25), ShapeType.ROUND_RECT);
            double iconSpace = 0;
            if (box.kind() == LaneKind.TOUCHPOINTS) {
                iconSpace = style.channelIconSize() + 6;
                if (card.channel() != null) {
                    icon(Icons.channel(card.channel()), stageX(box.bounds().x()) + style.cardPadding() - 1,
                            laneY(box.bounds().y()) + style.cardPadding() - 1, style.channelIconSize(),
                            THEME.textOn(fill).withAlpha(0.75));
                }
            }
            shape.setInsets(new Insets2D(style.cardPadding() * scale, (style.cardPadding() + iconSpace) * scale,
                    style.cardPadding() * scale * 0.5, style.cardPadding() * scale * 0.5));
            text(shape, card.text(), TextStyle.CARD, card.color() != null ? THEME.textOn(fill) : THEME.cardText());
        }

        private void emotions(LaneRow lane) {
            EmotionScale emotionScale = EmotionScale.of(lane, style);
            double right = style.laneLabelWidth() + range.size() * style.stageWidth();
            for (int score = Card.MAX_SCORE; score >= Card.MIN_SCORE; score--) {
                double y = laneY(emotionScale.y(score));
                XSLFConnectorShape guide = slide.createConnector();
                guide.setAnchor(new Rectangle2D.Double(left + style.laneLabelWidth() * scale, top + y * scale,
                        (right - style.laneLabelWidth()) * scale, 0));
                guide.setLineColor(awt(THEME.emotionGuide()));
                guide.setLineWidth(score == 0 ? 1.0 : 0.5);
                if (score != 0) {
                    guide.setLineDash(StrokeStyle.LineDash.DASH);
                }
                icon(Icons.score(score), style.laneLabelWidth() - 26, laneY(emotionScale.y(score) - 9), 18,
                        MapPainter.scoreColor(score));
            }
            List<Point> points = new ArrayList<>();
            for (Point point : lane.curve()) {
                if (inRange(point.x())) {
                    points.add(new Point(left + stageX(point.x()) * scale, top + laneY(point.y()) * scale));
                }
            }
            List<CurveSegment> segments = EmotionCurve.through(points);
            if (!segments.isEmpty()) {
                Path2D.Double path = new Path2D.Double();
                path.moveTo(segments.get(0).start().x(), segments.get(0).start().y());
                for (CurveSegment segment : segments) {
                    path.curveTo(segment.control1().x(), segment.control1().y(), segment.control2().x(),
                            segment.control2().y(), segment.end().x(), segment.end().y());
                }
                XSLFFreeformShape curve = slide.createFreeform();
                curve.setPath(path);
                curve.setLineColor(awt(THEME.emotionLine()));
                curve.setLineWidth(Math.max(1.5, 3 * scale));
                curve.setFillColor(null);
            }
            for (StageColumn column : range) {
                CellBox cell = lane.cells().get(column.index());
                for (CardBox box : cell.cards()) {
                    Card card = index.card(box.cardId());
                    double radius = CardBox.EMOTION_POINT_RADIUS;
                    XSLFAutoShape dot = box(stageX(box.point().x()) - radius, laneY(box.point().y()) - radius,
                            2 * radius, 2 * radius, card.score() == null ? THEME.background()
                                    : MapPainter.scoreColor(card.score()), THEME.background(), ShapeType.ELLIPSE);
                    XSLFAutoShape label = box(stageX(box.bounds().x()), laneY(box.bounds().y()),
                            box.bounds().width() + 12, box.bounds().height(), THEME.emotionLabelFill(), null,
                            ShapeType.ROUND_RECT);
                    label.setInsets(new Insets2D(2 * scale, 2 * scale, 2 * scale, 2 * scale));
                    text(label, card.text(), TextStyle.EMOTION_LABEL, THEME.text());
                }
            }
        }

        private boolean inRange(double x) {
            return x >= firstStageX && x < firstStageX + range.size() * style.stageWidth();
        }

        /** The x of a map position on this slide's map (before scaling): lane labels, then this range's stages. */
        private double stageX(double x) {
            return x < style.laneLabelWidth() ? x : style.laneLabelWidth() + (x - firstStageX);
        }

        private double laneY(double y) {
            return style.stageHeaderHeight() + (y - firstLaneY);
        }

        private XSLFAutoShape box(double x, double y, double width, double height, Rgb fill, Rgb line,
                                  ShapeType type) {
            XSLFAutoShape shape = slide.createAutoShape();
            shape.setShapeType(type);
            shape.setAnchor(new Rectangle2D.Double(left + x * scale, top + y * scale, width * scale,
                    height * scale));
            shape.setFillColor(fill == null ? null : awt(fill));
            shape.setLineColor(line == null ? null : awt(line));
            if (line != null) {
                shape.setLineWidth(0.5);
            }
            return shape;
        }

        private void label(XSLFAutoShape shape, String content, TextStyle textStyle, Rgb color,
                           VerticalAlignment alignment) {
            shape.setInsets(new Insets2D(style.cardPadding() * scale, (style.cardPadding() + 4) * scale,
                    style.cardPadding() * scale, style.cardPadding() * scale));
            text(shape, content, textStyle, color);
            shape.setVerticalAlignment(alignment);
        }

        private void text(XSLFTextShape shape, String content, TextStyle textStyle, Rgb color) {
            shape.setWordWrap(true);
            shape.setVerticalAlignment(VerticalAlignment.TOP);
            shape.clearText();
            String[] paragraphs = content.split("\n", -1);
            for (String line : paragraphs) {
                XSLFTextParagraph paragraph = shape.addNewTextParagraph();
                paragraph.setTextAlign(TextParagraph.TextAlign.LEFT);
                paragraph.setLineSpacing(100.0);
                XSLFTextRun run = paragraph.addNewTextRun();
                run.setText(line);
                run.setFontFamily(FONT);
                run.setFontSize(Math.max(4.0, Math.round(textStyle.size() * scale * 0.75 * 2) / 2.0));
                run.setBold(textStyle.bold());
                run.setFontColor(awt(color));
            }
        }

        private void icon(int codePoint, double x, double y, double size, Rgb color) {
            XSLFPictureData data = slide.getSlideShow().addPicture(glyphs.png(codePoint, awt(color)),
                    PictureData.PictureType.PNG);
            XSLFPictureShape picture = slide.createPicture(data);
            picture.setAnchor(new Rectangle2D.Double(left + x * scale, top + y * scale, size * scale, size * scale));
        }
    }
}
