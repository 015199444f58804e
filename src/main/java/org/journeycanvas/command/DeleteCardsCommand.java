package org.journeycanvas.command;

import java.util.HashSet;
import java.util.Set;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.Card;
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
        // one pass over the map, whatever the number of cards: an import may delete thousands
        Set<String> found = new HashSet<>();
        JourneyMap result = map.withLanesMapped(lane -> {
            lane.cards().stream().map(Card::id).filter(cardIds::contains).forEach(found::add);
            return lane.withoutCards(cardIds);
        });
        cardIds.stream()
                .filter(cardId -> !found.contains(cardId))
                .findFirst()
                .ifPresent(cardId -> Lookups.card(map, cardId));
        return result;
    }
}
