package org.journeycanvas.layout;

import org.journeycanvas.model.Card;
import org.journeycanvas.model.LaneKind;

/**
 * The row of badges at the bottom of a ranked opportunity card (impact, effort, status, owner): the layout makes
 * the card this much taller, and every painter draws the row in that space. An unranked card has no row, so it
 * looks as it always did.
 */
public final class OpportunityBadgeRow {
    /** The row's height, added under the card's text. */
    public static final double HEIGHT = 18;

    private OpportunityBadgeRow() {}

    /** Whether a card in a lane of this kind shows the row: an opportunity that has been ranked. */
    public static boolean shown(LaneKind kind, Card card) {
        return kind == LaneKind.OPPORTUNITIES && card.opportunity() != null;
    }

    /** The row inside a card's bounds: along its bottom edge, inside the padding. */
    public static Rect in(Rect cardBounds, double cardPadding) {
        return new Rect(
                cardBounds.x() + cardPadding,
                cardBounds.maxY() - cardPadding - HEIGHT,
                cardBounds.width() - 2 * cardPadding,
                HEIGHT);
    }
}
