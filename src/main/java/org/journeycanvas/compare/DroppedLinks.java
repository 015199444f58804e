package org.journeycanvas.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.Persona;

/**
 * The links from opportunities to pain points that a merged map dropped because the pain point is gone: the map
 * keeps a link only to a pain point it holds, so one side's link to a pain point the other side deleted goes, and
 * is reported as a dropped connector is.
 */
final class DroppedLinks {
    private DroppedLinks() {}

    /**
     * @param merged   the merged cards, before the map was built from them
     * @param built    the map built from them
     * @param cardText a card's text by its id, also of a card the merge deleted
     */
    static List<MergeConflict> in(Collection<Card> merged, JourneyMap built, UnaryOperator<String> cardText) {
        Map<String, Card> kept = new HashMap<>();
        for (Persona persona : built.personas()) {
            for (Lane lane : persona.lanes()) {
                lane.cards().forEach(card -> kept.put(card.id(), card));
            }
        }
        List<MergeConflict> dropped = new ArrayList<>();
        for (Card card : merged) {
            Card after = kept.get(card.id());
            if (card.opportunity() == null || after == null || after.opportunity() == null) {
                continue;
            }
            for (String painPoint : card.opportunity().addresses()) {
                // Only a pain point the merge deleted: one that went to a lane of another kind follows that lane's
                // kind, which both sides may have changed (a conflict reported already).
                if (!after.opportunity().addresses().contains(painPoint) && !kept.containsKey(painPoint)) {
                    dropped.add(new MergeConflict(
                            MergeConflict.Kind.OPPORTUNITY_LINK_DROPPED,
                            ElementKind.CARD,
                            card.id(),
                            ElementNames.link(card.text(), cardText.apply(painPoint)),
                            null,
                            null,
                            null));
                }
            }
        }
        return dropped;
    }
}
