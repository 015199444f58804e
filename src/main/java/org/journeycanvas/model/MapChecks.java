package org.journeycanvas.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeycanvas.i18n.Messages;

/**
 * Checks a map as it is made: ids unique across all its elements, cards at stages that are there, connectors
 * between cards that are there, opportunities linked only to pain points. Runs on every change, so the common
 * case is one pass filling one hash map of every element by id, which the map's {@link MapIndex} then keeps;
 * the paths for the message are worked out only when something is wrong. A map made by an edit of a recent one is
 * mostly checked the short way, by {@link EditChecks}.
 */
final class MapChecks {
    /** What the map's own id stands for among its elements' ids. */
    static final Object MAP = new Object();

    private MapChecks() {}

    /** Every element of the map by id (the map's own id for {@link #MAP}); throws for the first problem. */
    static ElementTable checkedElements(
            String mapId, List<Stage> stages, List<Persona> personas, List<Connector> connectors) {
        // Sized for all the ids at once: growing a map of thousands step by step was most of this check's cost.
        Map<String, Object> elements =
                new HashMap<>(capacityFor(1 + stages.size() + elementCount(personas) + connectors.size()));
        boolean valid = elements.put(mapId, MAP) == null;
        for (Stage stage : stages) {
            valid &= elements.put(stage.id(), stage) == null;
        }
        boolean linked = false;
        for (Persona persona : personas) {
            valid &= elements.put(persona.id(), persona) == null;
            for (Lane lane : persona.lanes()) {
                valid &= elements.put(lane.id(), lane) == null;
                for (Card card : lane.cards()) {
                    valid &= elements.put(card.id(), card) == null && elements.get(card.stageId()) instanceof Stage;
                    linked |= card.opportunity() != null
                            && !card.opportunity().addresses().isEmpty();
                }
            }
        }
        for (Connector connector : connectors) {
            valid &= elements.put(connector.id(), connector) == null
                    && elements.get(connector.fromCardId()) instanceof Card
                    && elements.get(connector.toCardId()) instanceof Card;
        }
        if (!valid) {
            Map<String, String> pathById = reportFirstProblem(mapId, stages, personas);
            reportConnectorProblem(pathById, personas, connectors);
        }
        if (linked) {
            OpportunityLinks.check(personas);
        }
        return new ElementTable(elements, linked);
    }

    private static Set<String> cardIds(List<Persona> personas) {
        Set<String> cardIds = new HashSet<>();
        for (Persona persona : personas) {
            for (Lane lane : persona.lanes()) {
                lane.cards().forEach(card -> cardIds.add(card.id()));
            }
        }
        return cardIds;
    }

    /**
     * Called when the stages, personas, lanes and cards were found right, so the problem is in a connector: a
     * repeated id, an id another element has, or a card that is not there.
     */
    private static void reportConnectorProblem(
            Map<String, String> pathById, List<Persona> personas, List<Connector> connectors) {
        Set<String> cardIds = cardIds(personas);
        for (int i = 0; i < connectors.size(); i++) {
            Connector connector = connectors.get(i);
            String path = "connectors[" + i + "]";
            claim(pathById, connector.id(), path + ".id");
            if (!cardIds.contains(connector.fromCardId())) {
                throw new MapInvariantException(
                        path + ".from", Messages.get("model.connector.cardMissing", connector.fromCardId()));
            }
            if (!cardIds.contains(connector.toCardId())) {
                throw new MapInvariantException(
                        path + ".to", Messages.get("model.connector.cardMissing", connector.toCardId()));
            }
        }
    }

    private static int elementCount(List<Persona> personas) {
        int count = 0;
        for (Persona persona : personas) {
            count += 1 + persona.lanes().size();
            for (Lane lane : persona.lanes()) {
                count += lane.cards().size();
            }
        }
        return count;
    }

    /** The initial capacity at which a hash set holds that many elements without growing. */
    private static int capacityFor(int elements) {
        return (int) (elements / 0.75f) + 1;
    }

    /** Throws for the first repeated id or missing stage; else gives the path of every id, for the connectors. */
    private static Map<String, String> reportFirstProblem(String mapId, List<Stage> stages, List<Persona> personas) {
        Map<String, String> pathById = new HashMap<>();
        claim(pathById, mapId, "id");
        for (int s = 0; s < stages.size(); s++) {
            claim(pathById, stages.get(s).id(), "stages[" + s + "].id");
        }
        for (int p = 0; p < personas.size(); p++) {
            Persona persona = personas.get(p);
            String personaPath = "personas[" + p + "]";
            claim(pathById, persona.id(), personaPath + ".id");
            for (int l = 0; l < persona.lanes().size(); l++) {
                Lane lane = persona.lanes().get(l);
                String lanePath = personaPath + ".lanes[" + l + "]";
                claim(pathById, lane.id(), lanePath + ".id");
                for (int c = 0; c < lane.cards().size(); c++) {
                    Card card = lane.cards().get(c);
                    String cardPath = lanePath + ".cards[" + c + "]";
                    claim(pathById, card.id(), cardPath + ".id");
                    String owner = pathById.get(card.stageId());
                    if (owner == null || !owner.startsWith("stages[")) {
                        throw new MapInvariantException(
                                cardPath + ".stage", Messages.get("model.stage.missing", card.stageId()));
                    }
                }
            }
        }
        return pathById;
    }

    private static void claim(Map<String, String> pathById, String id, String path) {
        String earlier = pathById.putIfAbsent(id, path);
        if (earlier != null) {
            throw new MapInvariantException(path, Messages.get("model.id.taken", id), earlier);
        }
    }
}
