package org.journeycanvas.command;

import java.util.List;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;

/**
 * Puts new cards, in order, into one cell (a lane at a stage) at a position: a drop, paste and duplicate. Cards become
 * cards of the lane's kind, at the cell's stage.
 */
public record AddCardsCommand(String undoLabel, String laneId, String stageId, int indexInCell, List<Card> cards)
        implements Command {
    public AddCardsCommand {
        cards = List.copyOf(cards);
    }

    /** Puts one new card into a lane at the card's stage (a step of duplicating, or of dropping onto a new lane). */
    public static AddCardsCommand one(String laneId, Card card, int indexInCell) {
        return new AddCardsCommand(Messages.get("undo.addCard"), laneId, card.stageId(), indexInCell, List.of(card));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Lane target = Lookups.lane(map, laneId);
        Lookups.stage(map, stageId);
        List<Card> fitted = cards.stream()
                .map(card -> card.withStageId(stageId).adaptedTo(target.kind()))
                .toList();
        return map.withLanesMapped(
                lane -> lane == target ? lane.withCardsInserted(stageId, indexInCell, fitted) : lane);
    }
}
