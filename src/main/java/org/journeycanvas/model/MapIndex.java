package org.journeycanvas.model;

import java.util.HashMap;
import java.util.Map;

/** Finds a map's elements by id in constant time; build one per map version when many look-ups follow. */
public final class MapIndex {
    private final Map<String, Card> cards = new HashMap<>();
    private final Map<String, Lane> lanes = new HashMap<>();
    private final Map<String, Persona> personas = new HashMap<>();
    private final Map<String, Stage> stages = new HashMap<>();

    public MapIndex(JourneyMap map) {
        map.stages().forEach(stage -> stages.put(stage.id(), stage));
        for (Persona persona : map.personas()) {
            personas.put(persona.id(), persona);
            for (Lane lane : persona.lanes()) {
                lanes.put(lane.id(), lane);
                lane.cards().forEach(card -> cards.put(card.id(), card));
            }
        }
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
}
