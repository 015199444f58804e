package org.journeycanvas.layout;

import org.journeycanvas.model.Card;

/** The vertical scale of an emotion lane: where each score from -2 to +2 sits, and the score at a position. */
public record EmotionScale(double plotTop, double levelSpacing) {
    /** The scale of an emotion lane with the given top and height: the five levels centred in it. */
    public static EmotionScale of(double laneTop, double laneHeight, LayoutStyle style) {
        return new EmotionScale(
                laneTop + (laneHeight - 4 * style.emotionLevelSpacing()) / 2, style.emotionLevelSpacing());
    }

    public static EmotionScale of(LaneRow lane, LayoutStyle style) {
        return of(lane.bounds().y(), lane.bounds().height(), style);
    }

    public double y(int score) {
        return plotTop + (Card.MAX_SCORE - score) * levelSpacing;
    }

    /** The whole score nearest to a y position, from -2 to +2. */
    public int scoreAt(double y) {
        long nearest = Math.round(Card.MAX_SCORE - (y - plotTop) / levelSpacing);
        return (int) Math.max(Card.MIN_SCORE, Math.min(Card.MAX_SCORE, nearest));
    }
}
