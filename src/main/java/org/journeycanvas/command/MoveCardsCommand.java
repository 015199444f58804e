package org.journeycanvas.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;

/**
 * Moves cards, in the given order, into one cell: a lane at a stage. {@code indexInCell} counts the cards of
 * the target cell that are not being moved. A card moved into a lane of another kind becomes a card of that
 * kind: a channel or score the new kind cannot hold is dropped.
 */
public record MoveCardsCommand(List<String> cardIds, String laneId, String stageId, int indexInCell)
        implements Command {
    public MoveCardsCommand {
        cardIds = List.copyOf(cardIds);
    }

    @Override
    public String undoLabel() {
        return Messages.plural("undo.moveCards", cardIds.size());
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Lane target = Lookups.lane(map, laneId);
        Lookups.stage(map, stageId);
        List<Card> moved = new ArrayList<>(cardIds.size());
        for (String cardId : cardIds) {
            moved.add(Lookups.card(map, cardId).card().withStageId(stageId).adaptedTo(target.kind()));
        }
        Set<String> movedIds = Set.copyOf(cardIds);
        // one pass, so that no map in between lacks the moved cards (which would drop their connectors)
        return map.withLanesMapped(lane -> {
            Lane without = lane.withoutCards(movedIds);
            return lane.id().equals(laneId) ? without.withCardsInserted(stageId, indexInCell, moved) : without;
        });
    }
}
