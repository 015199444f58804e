package org.journeycanvas.layout;

import java.util.List;

/** A lane at a stage: the box that holds that lane's cards for that stage, in order. */
public record CellBox(String laneId, String stageId, Rect bounds, List<CardBox> cards) {
    public CellBox {
        cards = List.copyOf(cards);
    }

    public CellBox movedDown(double dy) {
        return new CellBox(
                laneId,
                stageId,
                bounds.movedDown(dy),
                cards.stream().map(card -> card.movedDown(dy)).toList());
    }
}
