package org.journeycanvas.command;

import java.util.Set;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.JourneyMap;

/** Removes cards from the map. */
public record DeleteCardsCommand(Set<String> cardIds) implements Command {
    public DeleteCardsCommand {
        cardIds = Set.copyOf(cardIds);
    }

    @Override
    public String undoLabel() {
        return Messages.plural("undo.deleteCards", cardIds.size());
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        cardIds.forEach(cardId -> Lookups.card(map, cardId));
        return map.withLanesMapped(lane -> lane.withoutCards(cardIds));
    }
}
