package org.journeycanvas.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A copy of a map in which every element has a new id (a map made from a template must not share ids). */
public final class FreshIds {
    private FreshIds() {}

    public static JourneyMap copy(JourneyMap map, IdGenerator ids) {
        Map<String, String> renamed = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (String id : map.ids()) {
            renamed.put(id, ids.take(taken));
        }
        return new JourneyMap(
                renamed.get(map.id()),
                map.title(),
                map.description(),
                map.stages().stream()
                        .map(stage -> stage.withId(renamed.get(stage.id())))
                        .toList(),
                map.personas().stream()
                        .map(persona -> persona.withId(renamed.get(persona.id()))
                                .withLanes(persona.lanes().stream()
                                        .map(lane -> new Lane(
                                                renamed.get(lane.id()),
                                                lane.kind(),
                                                lane.title(),
                                                lane.cards().stream()
                                                        .map(card -> renamedLinks(
                                                                card.withId(renamed.get(card.id()))
                                                                        .withStageId(renamed.get(card.stageId())),
                                                                renamed))
                                                        .toList()))
                                        .toList()))
                        .toList(),
                map.connectors().stream()
                        .map(connector -> connector
                                .withId(renamed.get(connector.id()))
                                .withEnds(renamed.get(connector.fromCardId()), renamed.get(connector.toCardId())))
                        .toList());
    }

    /** An opportunity's links to pain points, under the pain points' new ids. */
    private static Card renamedLinks(Card card, Map<String, String> renamed) {
        Opportunity opportunity = card.opportunity();
        if (opportunity == null || opportunity.addresses().isEmpty()) {
            return card;
        }
        return card.withOpportunity(opportunity.withAddresses(
                opportunity.addresses().stream().map(renamed::get).toList()));
    }
}
