package org.journeycanvas.command;

import java.util.Optional;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;

/** Changes one field of one card; successive edits of the same field of the same card are one undo step. */
public record EditCardCommand(String cardId, CardEdit edit) implements Command {
    @Override
    public String description() {
        return edit.description();
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Card card = Lookups.card(map, cardId).card();
        Card edited = edit.applyTo(card);
        return map.withLanesMapped(lane -> lane.withCardsMapped(c -> c == card ? edited : c));
    }

    @Override
    public Optional<Command> mergeWith(Command next) {
        if (next instanceof EditCardCommand other
                && other.cardId.equals(cardId) && other.edit.getClass() == edit.getClass()) {
            return Optional.of(other);
        }
        return Optional.empty();
    }
}
