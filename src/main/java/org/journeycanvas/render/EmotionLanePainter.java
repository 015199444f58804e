package org.journeycanvas.render;

import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.CellBox;
import org.journeycanvas.layout.EmotionCurve;
import org.journeycanvas.layout.EmotionScale;
import org.journeycanvas.layout.LaneRow;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.MapIndex;

/** Draws an emotion lane for {@link MapPainter}: the score guides, the curve, and each moment's point and label. */
final class EmotionLanePainter {
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
        surface.strokeCurve(EmotionCurve.through(lane.curve()), theme.emotionLine(), 3);
        for (CellBox cell : lane.cells()) {
            if (!cell.bounds().intersects(visible)) {
                continue;
            }
            for (CardBox box : cell.cards()) {
                paintEmotion(box, index.card(box.cardId()), surface, sketch);
            }
        }
    }

    private void paintEmotion(CardBox box, Card card, Surface surface, boolean sketch) {
        double x = box.point().x();
        double y = box.point().y();
        double radius = CardBox.EMOTION_POINT_RADIUS;
        if (card.score() == null) {
            surface.fillCircle(x, y, radius, theme.background());
            surface.strokeCircle(x, y, radius, theme.mutedText(), 1.5);
        } else {
            surface.fillCircle(x, y, radius, MapPainter.scoreColor(card.score()));
            surface.strokeCircle(x, y, radius, theme.background(), 2);
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
