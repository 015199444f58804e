package org.journeycanvas.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Checks a map made by editing another, going over only what the edit replaced: an edit makes a new map that
 * shares every persona, lane and connector it did not touch with the map it started from, which was checked when
 * it was made. So the elements of the personas and lanes that are not among the earlier map's (compared as
 * objects) are checked against the earlier map's {@link ElementTable} with the replaced ones taken out, and every
 * connector's cards are looked up again.
 *
 * <p>Gives null, for a full check by {@link MapChecks}, whenever the short way cannot tell: anything wrong (the
 * full check then names the problem as it always has), an element shared twice, an edit that replaced most of
 * the map, links to pain points to check again.
 */
final class EditChecks {
    private EditChecks() {}

    /**
     * The table of a map that has the same id and the very same list of stages as {@code before}, from the table
     * {@code before} was checked with; or null to check the map in full.
     */
    static ElementTable afterEdit(
            JourneyMap before, ElementTable table, List<Persona> personas, List<Connector> connectors) {
        Set<Persona> earlierPersonas = identitySet();
        Set<Lane> earlierLanes = identitySet();
        int earlierCards = 0;
        for (Persona persona : before.personas()) {
            earlierPersonas.add(persona);
            for (Lane lane : persona.lanes()) {
                earlierLanes.add(lane);
                earlierCards += lane.cards().size();
            }
        }
        Set<Persona> keptPersonas = identitySet();
        Set<Lane> keptLanes = identitySet();
        List<Persona> newPersonas = new ArrayList<>();
        List<Lane> newLanes = new ArrayList<>();
        int newCards = 0;
        for (Persona persona : personas) {
            if (!earlierPersonas.contains(persona)) {
                newPersonas.add(persona); // one made twice claims its id twice, which fails
            } else if (!keptPersonas.add(persona)) {
                return null; // the same persona twice
            }
            for (Lane lane : persona.lanes()) {
                if (!earlierLanes.contains(lane)) {
                    newLanes.add(lane);
                    newCards += lane.cards().size();
                } else if (!keptLanes.add(lane)) {
                    return null; // the same lane twice
                }
            }
        }
        if (newCards > earlierCards / 2) {
            return null; // as much work as checking it all
        }
        ElementTable.Edit edit = table.edit();
        Set<String> painPointsTakenOut = new HashSet<>();
        for (Persona persona : before.personas()) {
            if (!keptPersonas.contains(persona)) {
                edit.remove(persona.id());
            }
            for (Lane lane : persona.lanes()) {
                if (!keptLanes.contains(lane)) {
                    edit.remove(lane.id());
                    for (Card card : lane.cards()) {
                        edit.remove(card.id());
                        if (lane.kind() == LaneKind.PAIN_POINTS) {
                            painPointsTakenOut.add(card.id());
                        }
                    }
                }
            }
        }
        for (Persona persona : newPersonas) {
            if (!edit.claim(persona.id(), persona)) {
                return null;
            }
        }
        for (Lane lane : newLanes) {
            if (!claimLane(edit, lane, painPointsTakenOut)) {
                return null;
            }
        }
        if (table.linked() && !painPointsTakenOut.isEmpty()) {
            return null; // an opportunity may link to a pain point that went
        }
        if (!claimConnectors(edit, before.connectors(), connectors)) {
            return null;
        }
        return edit.done();
    }

    /** Claims a new lane's id and its cards', each at a stage of the map and linking to no pain point. */
    private static boolean claimLane(ElementTable.Edit edit, Lane lane, Set<String> painPointsTakenOut) {
        if (!edit.claim(lane.id(), lane)) {
            return false;
        }
        for (Card card : lane.cards()) {
            if (!edit.claim(card.id(), card) || !(edit.get(card.stageId()) instanceof Stage)) {
                return false;
            }
            if (card.opportunity() != null && !card.opportunity().addresses().isEmpty()) {
                return false; // its links are checked in full
            }
            if (lane.kind() == LaneKind.PAIN_POINTS) {
                painPointsTakenOut.remove(card.id());
            }
        }
        return true;
    }

    /** Takes out the connectors that went, claims the new ones, and looks up every connector's two cards. */
    private static boolean claimConnectors(
            ElementTable.Edit edit, List<Connector> earlier, List<Connector> connectors) {
        if (connectors != earlier) {
            Set<Connector> now = identitySet();
            now.addAll(connectors);
            Set<Connector> before = identitySet();
            for (Connector connector : earlier) {
                before.add(connector);
                if (!now.contains(connector)) {
                    edit.remove(connector.id());
                }
            }
            if (now.size() != connectors.size()) {
                return false; // the same connector twice
            }
            for (Connector connector : connectors) {
                if (!before.contains(connector) && !edit.claim(connector.id(), connector)) {
                    return false;
                }
            }
        }
        for (Connector connector : connectors) {
            if (!(edit.get(connector.fromCardId()) instanceof Card)
                    || !(edit.get(connector.toCardId()) instanceof Card)) {
                return false;
            }
        }
        return true;
    }

    private static <T> Set<T> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
