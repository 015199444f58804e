package org.journeycanvas.command;

import org.journeycanvas.model.Connector;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/** Finding what a command names, or failing as a programming error when it is not there. */
final class Lookups {
    private Lookups() {}

    static Lane lane(JourneyMap map, String laneId) {
        return map.lane(laneId).orElseThrow(() -> new IllegalArgumentException("no lane \"" + laneId + "\""));
    }

    static Stage stage(JourneyMap map, String stageId) {
        return map.stage(stageId).orElseThrow(() -> new IllegalArgumentException("no stage \"" + stageId + "\""));
    }

    static Persona persona(JourneyMap map, String personaId) {
        return map.persona(personaId)
                .orElseThrow(() -> new IllegalArgumentException("no persona \"" + personaId + "\""));
    }

    static JourneyMap.CardPlace card(JourneyMap map, String cardId) {
        return map.findCard(cardId).orElseThrow(() -> new IllegalArgumentException("no card \"" + cardId + "\""));
    }

    static Connector connector(JourneyMap map, String connectorId) {
        return map.connector(connectorId)
                .orElseThrow(() -> new IllegalArgumentException("no connector \"" + connectorId + "\""));
    }
}
