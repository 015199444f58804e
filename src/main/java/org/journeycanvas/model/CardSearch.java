package org.journeycanvas.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Finds the cards whose text, note or tags contain a phrase, ignoring case, in map order. */
public final class CardSearch {
    private CardSearch() {}

    public static List<String> matching(JourneyMap map, String phrase) {
        String needle = phrase.strip().toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        if (needle.isEmpty()) {
            return found;
        }
        for (Persona persona : map.personas()) {
            for (Lane lane : persona.lanes()) {
                Map<String, List<Card>> cardsByStage = lane.cardsByStage();
                for (Stage stage : map.stages()) {
                    for (Card card : cardsByStage.getOrDefault(stage.id(), List.of())) {
                        if (matches(card, needle)) {
                            found.add(card.id());
                        }
                    }
                }
            }
        }
        return found;
    }

    private static boolean matches(Card card, String needle) {
        if (card.text().toLowerCase(Locale.ROOT).contains(needle)
                || card.note().toLowerCase(Locale.ROOT).contains(needle)) {
            return true;
        }
        return card.tags().stream().anyMatch(tag -> tag.toLowerCase(Locale.ROOT).contains(needle));
    }
}
