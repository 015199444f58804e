package org.journeycanvas.command;

import java.util.List;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;

/** Puts a new card into a lane's cell at the card's stage, at a position inside that cell. */
public record AddCardCommand(String laneId, Card card, int indexInCell) implements Command {
    @Override
    public String description() {
        return "Add card";
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Lane target = Lookups.lane(map, laneId);
        Lookups.stage(map, card.stageId());
        Card fitted = card.adaptedTo(target.kind());
        return map.withLanesMapped(lane -> lane == target
                ? lane.withCardsInserted(card.stageId(), indexInCell, List.of(fitted))
                : lane);
    }
}
