package org.journeycanvas.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.journeycanvas.i18n.Messages;

/**
 * The links from opportunities to the pain points they address. A link names a pain point card of the same map:
 * the map refuses one that does not (a broken file), and drops the links to a pain point that a change removed
 * or moved out of a pain points lane, as it drops a connector whose card went.
 */
final class OpportunityLinks {
    private OpportunityLinks() {}

    /** Throws for the first link that does not name a pain point card of these personas. */
    static void check(List<Persona> personas) {
        Set<String> painPoints = null;
        for (int p = 0; p < personas.size(); p++) {
            List<Lane> lanes = personas.get(p).lanes();
            for (int l = 0; l < lanes.size(); l++) {
                List<Card> cards = lanes.get(l).cards();
                for (int c = 0; c < cards.size(); c++) {
                    Opportunity opportunity = cards.get(c).opportunity();
                    if (opportunity == null || opportunity.addresses().isEmpty()) {
                        continue;
                    }
                    if (painPoints == null) {
                        painPoints = painPointIds(personas);
                    }
                    for (int a = 0; a < opportunity.addresses().size(); a++) {
                        String target = opportunity.addresses().get(a);
                        if (!painPoints.contains(target)) {
                            throw new MapInvariantException(
                                    "personas[" + p + "].lanes[" + l + "].cards[" + c + "].opportunity.addresses[" + a
                                            + "]",
                                    Messages.get("model.opportunity.noPainPoint", target));
                        }
                    }
                }
            }
        }
    }

    /** The personas with the links to pain points that are no longer there taken out (the same list if none). */
    static List<Persona> pruned(List<Persona> personas) {
        Set<String> painPoints = null;
        for (Persona persona : personas) {
            for (Lane lane : persona.lanes()) {
                if (lane.kind() != LaneKind.OPPORTUNITIES) {
                    continue;
                }
                for (Card card : lane.cards()) {
                    if (card.opportunity() == null
                            || card.opportunity().addresses().isEmpty()) {
                        continue;
                    }
                    if (painPoints == null) {
                        painPoints = painPointIds(personas);
                    }
                    if (!painPoints.containsAll(card.opportunity().addresses())) {
                        return withoutLinksOutside(personas, painPoints);
                    }
                }
            }
        }
        return personas;
    }

    private static List<Persona> withoutLinksOutside(List<Persona> personas, Set<String> painPoints) {
        List<Persona> result = new ArrayList<>(personas.size());
        for (Persona persona : personas) {
            result.add(persona.withLanesMapped(lane -> lane.kind() != LaneKind.OPPORTUNITIES
                    ? lane
                    : lane.withCardsMapped(card -> {
                        Opportunity opportunity = card.opportunity();
                        if (opportunity == null || painPoints.containsAll(opportunity.addresses())) {
                            return card;
                        }
                        return card.withOpportunity(opportunity.withAddresses(opportunity.addresses().stream()
                                .filter(painPoints::contains)
                                .toList()));
                    })));
        }
        return result;
    }

    private static Set<String> painPointIds(List<Persona> personas) {
        Set<String> ids = new HashSet<>();
        for (Persona persona : personas) {
            for (Lane lane : persona.lanes()) {
                if (lane.kind() == LaneKind.PAIN_POINTS) {
                    lane.cards().forEach(card -> ids.add(card.id()));
                }
            }
        }
        return ids;
    }
}
