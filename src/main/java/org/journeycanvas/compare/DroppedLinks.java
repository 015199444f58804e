package org.journeycanvas.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.Persona;

/**
 * The links from opportunities to pain points that a merged map dropped: the map keeps a link only to a pain point
 * card it holds, so one side's link to a pain point the other side deleted, or moved to a lane of another kind,
 * goes, and is reported as a dropped connector is.
 */
final class DroppedLinks {
    private DroppedLinks() {}

    /**
     * @param merged     the merged cards, before the map was built from them
     * @param built      the map built from them
     * @param inConflict the ids of the elements a conflict was reported for already: a pain point whose card or
     *                   lane both sides changed went where ours put it, and its link with it, which says enough
     * @param cardText   a card's text by its id, also of a card the merge deleted
     */
    static List<MergeConflict> in(
            Collection<Card> merged, JourneyMap built, Set<String> inConflict, UnaryOperator<String> cardText) {
        Map<String, Card> kept = new HashMap<>();
        Map<String, String> laneOf = new HashMap<>();
        for (Persona persona : built.personas()) {
            for (Lane lane : persona.lanes()) {
                lane.cards().forEach(card -> {
                    kept.put(card.id(), card);
                    laneOf.put(card.id(), lane.id());
                });
            }
        }
        List<MergeConflict> dropped = new ArrayList<>();
        for (Card card : merged) {
            Card after = kept.get(card.id());
            if (card.opportunity() == null || after == null || after.opportunity() == null) {
                continue;
            }
            for (String painPoint : card.opportunity().addresses()) {
                boolean alreadySaid = inConflict.contains(painPoint) || inConflict.contains(laneOf.get(painPoint));
                if (!after.opportunity().addresses().contains(painPoint) && !alreadySaid) {
                    dropped.add(new MergeConflict(
                            kept.containsKey(painPoint)
                                    ? MergeConflict.Kind.OPPORTUNITY_LINK_LEFT_PAIN_POINTS
                                    : MergeConflict.Kind.OPPORTUNITY_LINK_DROPPED,
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
