package org.journeycanvas.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/** One version of a map indexed by id, with where each element sits: one pass, then constant-time look-ups. */
final class MapSide {
    final JourneyMap map;
    final Map<String, Stage> stages = new LinkedHashMap<>();
    final Map<String, Persona> personas = new LinkedHashMap<>();
    final Map<String, Lane> lanes = new LinkedHashMap<>();
    final Map<String, Card> cards = new LinkedHashMap<>();
    final Map<String, Connector> connectors = new LinkedHashMap<>();
    private final Map<String, Place> places = new HashMap<>();
    private final Map<String, List<String>> cellOrder = new HashMap<>();

    MapSide(JourneyMap map) {
        this.map = map;
        for (int s = 0; s < map.stages().size(); s++) {
            Stage stage = map.stages().get(s);
            stages.put(stage.id(), stage);
            places.put(stage.id(), Place.inList(s));
        }
        for (int p = 0; p < map.personas().size(); p++) {
            Persona persona = map.personas().get(p);
            personas.put(persona.id(), persona);
            places.put(persona.id(), Place.inList(p));
            for (int l = 0; l < persona.lanes().size(); l++) {
                Lane lane = persona.lanes().get(l);
                lanes.put(lane.id(), lane);
                places.put(lane.id(), Place.ofLane(persona.id(), l));
                for (Card card : lane.cards()) {
                    cards.put(card.id(), card);
                    List<String> cell =
                            cellOrder.computeIfAbsent(cellKey(lane.id(), card.stageId()), k -> new ArrayList<>());
                    places.put(card.id(), Place.ofCard(persona.id(), lane.id(), card.stageId(), cell.size()));
                    cell.add(card.id());
                }
            }
        }
        for (int c = 0; c < map.connectors().size(); c++) {
            Connector connector = map.connectors().get(c);
            connectors.put(connector.id(), connector);
            places.put(connector.id(), Place.inList(c));
        }
    }

    /** Where the element with this id sits, or null when this version has none. */
    Place place(String id) {
        return places.get(id);
    }

    /** The ids of the cards in one cell, in order (empty when the cell is). */
    List<String> cell(String laneId, String stageId) {
        return cellOrder.getOrDefault(cellKey(laneId, stageId), List.of());
    }

    /** The ids of a persona's lanes in order; empty when there is no such persona. */
    List<String> laneIds(String personaId) {
        Persona persona = personas.get(personaId);
        return persona == null
                ? List.of()
                : persona.lanes().stream().map(Lane::id).toList();
    }

    /** The ids of a lane's cards in order; empty when there is no such lane. */
    List<String> cardIds(String laneId) {
        Lane lane = lanes.get(laneId);
        return lane == null ? List.of() : lane.cards().stream().map(Card::id).toList();
    }

    List<String> stageIds() {
        return List.copyOf(stages.keySet());
    }

    List<String> personaIds() {
        return List.copyOf(personas.keySet());
    }

    List<String> connectorIds() {
        return List.copyOf(connectors.keySet());
    }

    /** A card's text by its id; the id itself when this version has no such card. */
    String cardText(String cardId) {
        Card card = cards.get(cardId);
        return card == null ? cardId : card.text();
    }

    private static String cellKey(String laneId, String stageId) {
        // Ids hold no spaces, so a space cannot make two different cells one key.
        return laneId + ' ' + stageId;
    }
}
