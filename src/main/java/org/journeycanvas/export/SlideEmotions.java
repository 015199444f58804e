package org.journeycanvas.export;

import static org.journeycanvas.export.PowerPointExporter.THEME;
import static org.journeycanvas.export.PowerPointExporter.awt;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.StrokeStyle;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFFreeformShape;
import org.apache.poi.xslf.usermodel.XSLFSimpleShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.CurveGap;
import org.journeycanvas.layout.CurveSegment;
import org.journeycanvas.layout.EmotionCurve;
import org.journeycanvas.layout.EmotionScale;
import org.journeycanvas.layout.LaneRow;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.Point;
import org.journeycanvas.layout.StageColumn;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.model.Persona;
import org.journeycanvas.render.FutureCurveStyle;
import org.journeycanvas.render.Icons;
import org.journeycanvas.render.Java2DSurface;
import org.journeycanvas.render.MapPainter;

/**
 * An emotion lane on a {@link SlideMap} slide as native shapes: the score guides, the gap between the as-is and
 * to-be curves (a tinted freeform), the as-is curve, the to-be curve dashed in the persona's colour, and each
 * moment's dot, to-be ring and label. The curves run through this slide's stages only.
 */
final class SlideEmotions {
    private final SlideMap map;
    private final XSLFSlide slide;
    private final MapIndex index;
    private final List<StageColumn> range;
    private final LayoutStyle style;
    private final double left;
    private final double top;
    private final Map<String, XSLFSimpleShape> cardShapes;

    SlideEmotions(
            SlideMap map,
            XSLFSlide slide,
            MapIndex index,
            List<StageColumn> range,
            LayoutStyle style,
            double left,
            double top,
            Map<String, XSLFSimpleShape> cardShapes) {
        this.map = map;
        this.slide = slide;
        this.index = index;
        this.range = range;
        this.style = style;
        this.left = left;
        this.top = top;
        this.cardShapes = cardShapes;
    }

    void draw(LaneRow lane) {
        double scale = map.scale();
        guides(lane, scale);
        List<Point> asIs = new ArrayList<>();
        List<Point> toBe = new ArrayList<>();
        List<CurveGap.Moment> moments = new ArrayList<>();
        for (StageColumn column : range) {
            for (CardBox box : lane.cells().get(column.index()).cards()) {
                boolean scored = index.card(box.cardId()).score() != null;
                if (scored) {
                    asIs.add(onSlide(box.point()));
                }
                if (box.futurePoint() != null) {
                    toBe.add(onSlide(box.futurePoint()));
                }
                moments.add(new CurveGap.Moment(scored, box.futurePoint() != null));
            }
        }
        Persona persona = index.persona(lane.personaId());
        for (List<CurveSegment> area : CurveGap.areas(asIs, toBe, moments)) {
            XSLFFreeformShape gap = slide.createFreeform();
            gap.setPath(Java2DSurface.area(area));
            gap.setFillColor(awt(FutureCurveStyle.gapColor(THEME, persona)));
            gap.setLineColor(null);
        }
        List<CurveSegment> asIsCurve = EmotionCurve.through(asIs);
        if (!asIsCurve.isEmpty()) {
            XSLFFreeformShape curve = slide.createFreeform();
            curve.setPath(Java2DSurface.path(asIsCurve));
            curve.setLineColor(awt(THEME.emotionLine()));
            curve.setLineWidth(Math.max(1.5, 3 * scale));
            curve.setFillColor(null);
        }
        List<CurveSegment> toBeCurve = EmotionCurve.through(toBe);
        if (!toBeCurve.isEmpty()) {
            XSLFFreeformShape curve = slide.createFreeform();
            curve.setPath(Java2DSurface.path(toBeCurve));
            curve.setLineColor(awt(FutureCurveStyle.color(THEME, persona)));
            curve.setLineWidth(Math.max(1.25, FutureCurveStyle.LINE_WIDTH * scale));
            curve.setLineDash(StrokeStyle.LineDash.DASH);
            curve.setFillColor(null);
        }
        for (StageColumn column : range) {
            for (CardBox box : lane.cells().get(column.index()).cards()) {
                moment(box, persona);
            }
        }
    }

    private void guides(LaneRow lane, double scale) {
        EmotionScale emotionScale = EmotionScale.of(lane, style);
        double right = style.laneLabelWidth() + range.size() * style.stageWidth();
        for (int score = Card.MAX_SCORE; score >= Card.MIN_SCORE; score--) {
            double y = map.laneY(emotionScale.y(score));
            XSLFConnectorShape guide = slide.createConnector();
            guide.setAnchor(new Rectangle2D.Double(
                    left + style.laneLabelWidth() * scale,
                    top + y * scale,
                    (right - style.laneLabelWidth()) * scale,
                    0));
            guide.setLineColor(awt(THEME.emotionGuide()));
            guide.setLineWidth(score == 0 ? 1.0 : 0.5);
            if (score != 0) {
                guide.setLineDash(StrokeStyle.LineDash.DASH);
            }
            map.icon(
                    Icons.score(score),
                    style.laneLabelWidth() - 26,
                    map.laneY(emotionScale.y(score) - 9),
                    18,
                    MapPainter.scoreColor(score));
        }
    }

    private void moment(CardBox box, Persona persona) {
        Card card = index.card(box.cardId());
        double scale = map.scale();
        double radius = CardBox.EMOTION_POINT_RADIUS;
        XSLFAutoShape dot = map.box(
                map.stageX(box.point().x()) - radius,
                map.laneY(box.point().y()) - radius,
                2 * radius,
                2 * radius,
                card.score() == null ? THEME.background() : MapPainter.scoreColor(card.score()),
                THEME.background(),
                ShapeType.ELLIPSE);
        cardShapes.put(box.cardId(), dot);
        if (box.futurePoint() != null) {
            double ring = FutureCurveStyle.POINT_RADIUS;
            XSLFAutoShape future = map.box(
                    map.stageX(box.futurePoint().x()) - ring,
                    map.laneY(box.futurePoint().y()) - ring,
                    2 * ring,
                    2 * ring,
                    box.futurePoint().equals(box.point()) ? null : THEME.background(),
                    FutureCurveStyle.color(THEME, persona),
                    ShapeType.ELLIPSE);
            future.setLineWidth(Math.max(1, 2 * scale));
        }
        XSLFAutoShape label = map.box(
                map.stageX(box.bounds().x()),
                map.laneY(box.bounds().y()),
                box.bounds().width() + 12,
                box.bounds().height(),
                THEME.emotionLabelFill(),
                null,
                ShapeType.ROUND_RECT);
        label.setInsets(new Insets2D(2 * scale, 2 * scale, 2 * scale, 2 * scale));
        map.text(label, card.text(), TextStyle.EMOTION_LABEL, THEME.text());
    }

    private Point onSlide(Point point) {
        double scale = map.scale();
        return new Point(left + map.stageX(point.x()) * scale, top + map.laneY(point.y()) * scale);
    }
}
