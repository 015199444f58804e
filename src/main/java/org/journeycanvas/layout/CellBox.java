package org.journeycanvas.layout;

import java.util.List;
import java.util.Map;

/** A lane at a stage: the box that holds that lane's cards for that stage, in order. */
public record CellBox(String laneId, String stageId, Rect bounds, List<CardBox> cards) {
    public CellBox {
        cards = List.copyOf(cards);
    }

    /** This cell moved down, each moved card also put into {@code movedById}: a lane moves and indexes at once. */
    CellBox movedDown(double dy, Map<String, CardBox> movedById) {
        CardBox[] moved = new CardBox[cards.size()];
        for (int i = 0; i < moved.length; i++) {
            moved[i] = cards.get(i).movedDown(dy);
            movedById.put(moved[i].cardId(), moved[i]);
        }
        return new CellBox(laneId, stageId, bounds.movedDown(dy), List.of(moved));
    }
}
