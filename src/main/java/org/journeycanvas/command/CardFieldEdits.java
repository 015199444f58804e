package org.journeycanvas.command;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;

/**
 * Many field edits of many cards applied in one pass over the map: one {@link FieldEdit} per card would map every
 * lane once per edit, which for thousands of edited cards (an imported spreadsheet) took minutes.
 */
public record CardFieldEdits(List<FieldEdit<Card, ?>> edits) implements Command {
    public CardFieldEdits {
        edits = List.copyOf(edits);
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("no edits");
        }
        for (FieldEdit<Card, ?> edit : edits) {
            if (edit.field().element() != Element.CARD) {
                throw new IllegalArgumentException("not a card field: " + edit);
            }
        }
    }

    @Override
    public String undoLabel() {
        // it is a step of a larger command (an import) that has its own label
        return edits.get(0).undoLabel();
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Map<String, List<FieldEdit<Card, ?>>> byCard = new LinkedHashMap<>();
        for (FieldEdit<Card, ?> edit : edits) {
            byCard.computeIfAbsent(edit.elementId(), id -> new ArrayList<>()).add(edit);
        }
        Set<String> found = new HashSet<>();
        JourneyMap result = map.withLanesMapped(lane -> lane.withCardsMapped(card -> {
            List<FieldEdit<Card, ?>> cardEdits = byCard.get(card.id());
            if (cardEdits == null) {
                return card;
            }
            found.add(card.id());
            Card edited = card;
            for (FieldEdit<Card, ?> edit : cardEdits) {
                edited = set(edit, edited);
            }
            return edited;
        }));
        if (found.size() < byCard.size()) {
            String missing = byCard.keySet().stream()
                    .filter(id -> !found.contains(id))
                    .findFirst()
                    .orElseThrow();
            throw new IllegalArgumentException("no card \"" + missing + "\"");
        }
        return result;
    }

    private static <V> Card set(FieldEdit<Card, V> edit, Card card) {
        return edit.field().set(card, edit.value());
    }
}
