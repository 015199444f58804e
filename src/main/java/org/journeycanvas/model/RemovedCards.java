package org.journeycanvas.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * What a change of personas took out of the map, found from the lanes it replaced: a lane that did not change is
 * the same object after it, so only the cards of lanes that changed are compared. Tells the map which connectors
 * lost a card and whether links from opportunities to pain points may need pruning, without going over every
 * card of a large map on each edit.
 *
 * @param cardIds the cards no longer anywhere in the map
 * @param mayBreakLinks whether a pain point left the map or its pain points lane, or a changed lane holds an
 *     opportunity with links (one pasted from elsewhere may name pain points this map does not have)
 */
record RemovedCards(Set<String> cardIds, boolean mayBreakLinks) {
    static RemovedCards between(List<Persona> before, List<Persona> after) {
        Set<String> gone = new HashSet<>();
        Set<String> painPointsGone = new HashSet<>();
        for (Lane lane : lanesNotAmong(before, after)) {
            for (Card card : lane.cards()) {
                gone.add(card.id());
                if (lane.kind() == LaneKind.PAIN_POINTS) {
                    painPointsGone.add(card.id());
                }
            }
        }
        boolean newLinks = false;
        for (Lane lane : lanesNotAmong(after, before)) {
            for (Card card : lane.cards()) {
                // A card in a replaced lane that is still in the map moved, or its lane changed.
                gone.remove(card.id());
                if (lane.kind() == LaneKind.PAIN_POINTS) {
                    painPointsGone.remove(card.id());
                }
                newLinks |= card.opportunity() != null
                        && !card.opportunity().addresses().isEmpty();
            }
        }
        return new RemovedCards(gone, newLinks || !painPointsGone.isEmpty());
    }

    /** The lanes of {@code personas} that are not among those of {@code others} (compared as objects). */
    private static List<Lane> lanesNotAmong(List<Persona> personas, List<Persona> others) {
        Set<Lane> otherLanes = Collections.newSetFromMap(new IdentityHashMap<>());
        others.forEach(persona -> otherLanes.addAll(persona.lanes()));
        List<Lane> lanes = new ArrayList<>();
        for (Persona persona : personas) {
            for (Lane lane : persona.lanes()) {
                if (!otherLanes.contains(lane)) {
                    lanes.add(lane);
                }
            }
        }
        return lanes;
    }
}
