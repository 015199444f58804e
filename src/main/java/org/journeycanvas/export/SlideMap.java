package org.journeycanvas.export;

import static org.journeycanvas.export.PowerPointExporter.FONT;
import static org.journeycanvas.export.PowerPointExporter.THEME;
import static org.journeycanvas.export.PowerPointExporter.awt;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.StrokeStyle;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSimpleShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.journeycanvas.layout.BlueprintLine;
import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.ConnectorRoute;
import org.journeycanvas.layout.LaneRow;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.Point;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.StageColumn;
import org.journeycanvas.layout.StageStrips;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.model.Stage;
import org.journeycanvas.render.Icons;
import org.journeycanvas.render.Rgb;
import org.journeycanvas.render.Surface;

/**
 * One slide's worth of a persona's map, as native shapes placed from the layout: stage headers, lane labels, cards
 * and the emotion curve, for one range of stages at one scale.
 */
final class SlideMap {
    private static final Rgb CORNER_FILL = THEME.headerFill().mix(THEME.text(), 0.25);

    private final XSLFSlide slide;
    private final GlyphPictures glyphs;
    private final List<LaneRow> lanes;
    /** The lane above this slide's first, shown on an earlier slide, or null: a blueprint line may lie between. */
    private final LaneRow laneAbove;

    private final MapIndex index;
    private final List<StageColumn> range;
    private final double scale;
    private final double left;
    private final double top;
    private final double firstLaneY;
    private final double firstStageX;
    private final LayoutStyle style;
    private final List<ConnectorRoute> connectors;
    /** The shape of each card drawn (an emotion's point), which connectors glue to. */
    private final Map<String, XSLFSimpleShape> cardShapes = new HashMap<>();

    private final StageStrips strips;

    SlideMap(
            XSLFSlide slide,
            GlyphPictures glyphs,
            MapGeometry geometry,
            List<LaneRow> lanes,
            LaneRow laneAbove,
            MapIndex index,
            List<StageColumn> range,
            double scale,
            double left,
            double top) {
        this.slide = slide;
        this.glyphs = glyphs;
        this.lanes = List.copyOf(lanes);
        this.laneAbove = laneAbove;
        this.index = index;
        this.range = range;
        this.scale = scale;
        this.left = left;
        this.top = top;
        this.style = geometry.style();
        this.connectors = geometry.connectors();
        this.strips = geometry.strips();
        this.firstLaneY = lanes.get(0).bounds().y();
        this.firstStageX = range.get(0).column().x();
    }

    void draw() {
        double width = style.laneLabelWidth() + range.size() * style.stageWidth();
        box(0, 0, style.laneLabelWidth(), style.stageHeaderHeight(), CORNER_FILL, null, ShapeType.RECT);
        for (StageColumn column : range) {
            Stage stage = index.stage(column.stageId());
            Rgb fill = stage.color() != null ? Rgb.of(stage.color()) : THEME.headerFill();
            XSLFAutoShape header = box(
                    stageX(column.column().x()),
                    0,
                    style.stageWidth(),
                    style.stageHeaderHeight(),
                    fill,
                    null,
                    ShapeType.RECT);
            label(header, stage.name(), TextStyle.STAGE_NAME, THEME.textOn(fill), VerticalAlignment.MIDDLE);
        }
        new SlideStrips(this, strips, range, style).draw(width);
        for (int i = 0; i < lanes.size(); i++) {
            LaneRow lane = lanes.get(i);
            double y = laneY(lane.bounds().y());
            box(
                    0,
                    y,
                    width,
                    lane.bounds().height(),
                    i % 2 == 0 ? THEME.bandFill() : THEME.bandAlternateFill(),
                    THEME.gridLine(),
                    ShapeType.RECT);
            XSLFAutoShape title = box(
                    0,
                    y,
                    style.laneLabelWidth(),
                    lane.bounds().height(),
                    THEME.cardFill(lane.kind()).mix(THEME.background(), 0.55),
                    THEME.gridLine(),
                    ShapeType.RECT);
            label(
                    title,
                    lane.titleLines().isEmpty() ? "" : String.join(" ", lane.titleLines()),
                    TextStyle.LANE_TITLE,
                    THEME.text(),
                    VerticalAlignment.TOP);
            if (lane.kind() == LaneKind.EMOTIONS) {
                new SlideEmotions(this, slide, index, range, style, left, top, cardShapes).draw(lane);
            } else {
                for (StageColumn column : range) {
                    lane.cells().get(column.index()).cards().forEach(this::card);
                }
            }
        }
        List<LaneRow> withAbove = new ArrayList<>(lanes);
        if (laneAbove != null) {
            withAbove.add(0, laneAbove);
        }
        BlueprintLine.in(withAbove).forEach(line -> blueprintLine(line, width));
        new SlideConnectors(slide, index, cardShapes, this::onSlide, scale).draw(connectors);
    }

    /**
     * Where a map position is on the slide. A route may cross above or below this slide's lanes, where other
     * slides go on: it runs along the edge of its lanes instead.
     */
    private Point onSlide(Point point) {
        double lanesEnd = lanes.get(lanes.size() - 1).bounds().maxY();
        double y =
                Math.max(firstLaneY + style.cellPadding() / 2, Math.min(lanesEnd - style.cellPadding() / 2, point.y()));
        return new Point(left + stageX(point.x()) * scale, top + laneY(y) * scale);
    }

    /** A service blueprint's line as a dashed connector across the slide's map, named above it on the left. */
    private void blueprintLine(BlueprintLine line, double width) {
        Rgb color = THEME.text().withAlpha(0.6);
        double y = laneY(line.y());
        // A line along the slide's first lane is named in the corner above it, on the header's dark fill.
        Rgb nameColor = line.y() <= firstLaneY ? THEME.textOn(CORNER_FILL).withAlpha(0.8) : color;
        XSLFConnectorShape connector = slide.createConnector();
        connector.setAnchor(new Rectangle2D.Double(left, top + y * scale, width * scale, 0));
        connector.setLineColor(awt(color));
        connector.setLineWidth(Math.max(1, 2 * scale));
        connector.setLineDash(StrokeStyle.LineDash.DASH);
        XSLFAutoShape name = box(0, y - 20, style.laneLabelWidth(), 16, null, null, ShapeType.RECT);
        name.setInsets(new Insets2D(0, (style.cardPadding() + 4) * scale, 0, 0));
        text(name, line.zone().lineName(), TextStyle.BLUEPRINT_LINE, nameColor);
        name.setVerticalAlignment(VerticalAlignment.BOTTOM);
    }

    private void card(CardBox box) {
        Card card = index.card(box.cardId());
        Rgb fill = card.color() != null ? Rgb.of(card.color()) : THEME.cardFill(box.kind());
        XSLFAutoShape shape = box(
                stageX(box.bounds().x()),
                laneY(box.bounds().y()),
                box.bounds().width(),
                box.bounds().height(),
                fill,
                THEME.cardBorder().withAlpha(0.25),
                ShapeType.ROUND_RECT);
        cardShapes.put(box.cardId(), shape);
        double iconSpace = 0;
        if (box.kind() == LaneKind.TOUCHPOINTS) {
            iconSpace = style.channelIconSize() + 6;
            if (card.channel() != null) {
                icon(
                        Icons.channel(card.channel()),
                        stageX(box.bounds().x()) + style.cardPadding() - 1,
                        laneY(box.bounds().y()) + style.cardPadding() - 1,
                        style.channelIconSize(),
                        THEME.textOn(fill).withAlpha(0.75));
            }
        }
        double textTop = style.cardPadding();
        if (box.pictureFrame() != null) {
            pictureFrame(box.pictureFrame(), card.picture(), fill);
            textTop = box.textTop(style.cardPadding()) - box.bounds().y();
        }
        shape.setInsets(new Insets2D(
                textTop * scale,
                (style.cardPadding() + iconSpace) * scale,
                style.cardPadding() * scale * 0.5,
                style.cardPadding() * scale * 0.5));
        text(shape, card.text(), TextStyle.CARD, card.color() != null ? THEME.textOn(fill) : THEME.cardText());
        SlideBadges.draw(
                this,
                box,
                card,
                fill,
                style.cardPadding(),
                laneY(box.bounds().y()) - box.bounds().y());
    }

    /** A storyboard card's picture as a picture of the slide, fitted into its frame; or the empty frame's icon. */
    private void pictureFrame(Rect frame, String dataUri, Rgb fill) {
        Rect onSlide = new Rect(stageX(frame.x()), laneY(frame.y()), frame.width(), frame.height());
        box(
                onSlide.x(),
                onSlide.y(),
                onSlide.width(),
                onSlide.height(),
                fill.mix(THEME.text(), 0.06),
                null,
                ShapeType.RECT);
        CardPicture picture = dataUri == null ? null : CardPicture.of(dataUri);
        if (picture == null) {
            double size = Math.min(48, frame.height() / 2);
            icon(
                    Icons.emptyPicture(),
                    onSlide.centerX() - size / 2,
                    onSlide.centerY() - size / 2,
                    size,
                    THEME.mutedText().withAlpha(0.6));
            return;
        }
        XSLFPictureData data = slide.getSlideShow().addPicture(picture.bytes(), picture.slideType());
        XSLFPictureShape shape = slide.createPicture(data);
        Rect fitted = Surface.fitted(picture.width(), picture.height(), onSlide);
        shape.setAnchor(new Rectangle2D.Double(
                left + fitted.x() * scale, top + fitted.y() * scale, fitted.width() * scale, fitted.height() * scale));
    }

    /** The x of a map position on this slide's map (before scaling): lane labels, then this range's stages. */
    double stageX(double x) {
        return x < style.laneLabelWidth() ? x : style.laneLabelWidth() + (x - firstStageX);
    }

    double scale() {
        return scale;
    }

    String stageColor(String stageId) {
        return index.stage(stageId).color();
    }

    double laneY(double y) {
        return strips.bottom() + (y - firstLaneY);
    }

    XSLFAutoShape box(double x, double y, double width, double height, Rgb fill, Rgb line, ShapeType type) {
        XSLFAutoShape shape = slide.createAutoShape();
        shape.setShapeType(type);
        shape.setAnchor(new Rectangle2D.Double(left + x * scale, top + y * scale, width * scale, height * scale));
        shape.setFillColor(fill == null ? null : awt(fill));
        shape.setLineColor(line == null ? null : awt(line));
        if (line != null) {
            shape.setLineWidth(0.5);
        }
        return shape;
    }

    void label(XSLFAutoShape shape, String content, TextStyle textStyle, Rgb color, VerticalAlignment alignment) {
        shape.setInsets(new Insets2D(
                style.cardPadding() * scale,
                (style.cardPadding() + 4) * scale,
                style.cardPadding() * scale,
                style.cardPadding() * scale));
        text(shape, content, textStyle, color);
        shape.setVerticalAlignment(alignment);
    }

    void text(XSLFTextShape shape, String content, TextStyle textStyle, Rgb color) {
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

    void icon(int codePoint, double x, double y, double size, Rgb color) {
        XSLFPictureData data =
                slide.getSlideShow().addPicture(glyphs.png(codePoint, awt(color)), PictureData.PictureType.PNG);
        XSLFPictureShape picture = slide.createPicture(data);
        picture.setAnchor(new Rectangle2D.Double(left + x * scale, top + y * scale, size * scale, size * scale));
    }
}
