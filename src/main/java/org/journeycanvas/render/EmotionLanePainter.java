package org.journeycanvas.render;

import java.util.List;
import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.CellBox;
import org.journeycanvas.layout.CurveGap;
import org.journeycanvas.layout.CurveSegment;
import org.journeycanvas.layout.CurveView;
import org.journeycanvas.layout.EmotionCurve;
import org.journeycanvas.layout.EmotionScale;
import org.journeycanvas.layout.LaneRow;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.Point;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.MapIndex;

/**
 * Draws an emotion lane for {@link MapPainter}: the score guides, the as-is curve, the to-be curve dashed in the
 * persona's colour with the gap between the two shaded, and each moment's points and label; the row says which
 * curves the view shows.
 */
final class EmotionLanePainter {
    private static final double HIDDEN_POINT_RADIUS = 3;

    private final MapTheme theme;

    EmotionLanePainter(MapTheme theme) {
        this.theme = theme;
    }

    void paint(MapGeometry geometry, LaneRow lane, MapIndex index, Rect visible, Surface surface, boolean sketch) {
        LayoutStyle style = geometry.style();
        Rect bounds = lane.bounds();
        EmotionScale scale = EmotionScale.of(lane, style);
        double left = style.laneLabelWidth();
        for (int score = Card.MAX_SCORE; score >= Card.MIN_SCORE; score--) {
            double y = scale.y(score);
            surface.strokeLine(left, y, bounds.maxX(), y, theme.emotionGuide(), score == 0 ? 1.5 : 0.75, score != 0);
            surface.icon(Icons.score(score), left - 26, y - 9, 18, MapPainter.scoreColor(score));
        }
        CurveView curves = lane.curves();
        boolean future = !lane.futureCurve().isEmpty();
        Rgb futureColor = FutureCurveStyle.color(theme, index.persona(lane.personaId()));
        if (future && curves == CurveView.BOTH) {
            Rgb gapColor = futureColor.withAlpha(FutureCurveStyle.GAP_OPACITY);
            for (List<CurveSegment> area :
                    CurveGap.areas(lane, id -> index.card(id).score() != null)) {
                surface.fillCurveArea(area, gapColor);
            }
        }
        if (curves.showsAsIs()) {
            surface.strokeCurve(EmotionCurve.through(lane.curve()), theme.emotionLine(), 3);
        }
        if (future) {
            surface.strokeDashedCurve(
                    EmotionCurve.through(lane.futureCurve()), futureColor, FutureCurveStyle.LINE_WIDTH);
        }
        for (CellBox cell : lane.cells()) {
            if (!cell.bounds().intersects(visible)) {
                continue;
            }
            for (CardBox box : cell.cards()) {
                paintEmotion(box, index.card(box.cardId()), surface, sketch, curves.showsAsIs(), futureColor);
            }
        }
    }

    private void paintEmotion(
            CardBox box, Card card, Surface surface, boolean sketch, boolean showsAsIs, Rgb futureColor) {
        double x = box.point().x();
        double y = box.point().y();
        double radius = CardBox.EMOTION_POINT_RADIUS;
        if (!showsAsIs) {
            // to-be only: a small mark anchors the label; dragging it moves the to-be score, not the hidden one
            surface.fillCircle(x, y, HIDDEN_POINT_RADIUS, theme.mutedText().withAlpha(0.5));
        } else if (card.score() == null) {
            surface.fillCircle(x, y, radius, theme.background());
            surface.strokeCircle(x, y, radius, theme.mutedText(), 1.5);
        } else {
            surface.fillCircle(x, y, radius, MapPainter.scoreColor(card.score()));
            surface.strokeCircle(x, y, radius, theme.background(), 2);
        }
        Point future = box.futurePoint();
        if (future != null) {
            if (!showsAsIs || !future.equals(box.point())) {
                surface.fillCircle(future.x(), future.y(), FutureCurveStyle.POINT_RADIUS, theme.background());
            }
            surface.strokeCircle(future.x(), future.y(), FutureCurveStyle.POINT_RADIUS, futureColor, 2);
        }
        if (box.lines().isEmpty()
                || box.lines().size() == 1 && box.lines().get(0).isEmpty()) {
            return;
        }
        surface.fillRoundRect(box.bounds(), 6, theme.emotionLabelFill());
        MapPainter.paintLines(
                box.lines(),
                box.bounds().x() + 3,
                box.bounds().y() + 3,
                box.bounds().maxX() - 3,
                TextStyle.EMOTION_LABEL,
                theme.text(),
                surface,
                sketch);
    }
}
