package org.journeycanvas.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Finds a map's elements by id in constant time; build one per map version when many look-ups follow. */
public final class MapIndex {
    private final Map<String, Card> cards = new HashMap<>();
    private final Map<String, Lane> lanes = new HashMap<>();
    private final Map<String, Persona> personas = new HashMap<>();
    private final Map<String, Stage> stages = new HashMap<>();
    private final Map<String, Connector> connectors = new HashMap<>();

    public MapIndex(JourneyMap map) {
        this(map, id -> true);
    }

    private MapIndex(JourneyMap map, Predicate<String> indexed) {
        for (Stage stage : map.stages()) {
            if (indexed.test(stage.id())) {
                stages.put(stage.id(), stage);
            }
        }
        for (Persona persona : map.personas()) {
            if (indexed.test(persona.id())) {
                personas.put(persona.id(), persona);
            }
            for (Lane lane : persona.lanes()) {
                if (indexed.test(lane.id())) {
                    lanes.put(lane.id(), lane);
                }
                for (Card card : lane.cards()) {
                    if (indexed.test(card.id())) {
                        cards.put(card.id(), card);
                    }
                }
            }
        }
        for (Connector connector : map.connectors()) {
            if (indexed.test(connector.id())) {
                connectors.put(connector.id(), connector);
            }
        }
    }

    /**
     * An index of only the elements whose ids are among {@code wanted}, for checking a few ids: one pass that
     * copies nothing else, where a whole index of a large map costs more than the edit that asks.
     */
    public static MapIndex among(JourneyMap map, Set<String> wanted) {
        return new MapIndex(map, wanted::contains);
    }

    public Card card(String cardId) {
        return cards.get(cardId);
    }

    public Lane lane(String laneId) {
        return lanes.get(laneId);
    }

    public Persona persona(String personaId) {
        return personas.get(personaId);
    }

    public Stage stage(String stageId) {
        return stages.get(stageId);
    }

    public Connector connector(String connectorId) {
        return connectors.get(connectorId);
    }
}
