package org.journeycanvas.compare;

/**
 * Where an element sits in a map. A stage or persona: its position in the map's list. A lane: its persona and its
 * position among that persona's lanes. A card: its persona, lane and stage, and its position in that cell.
 * Parts that do not apply are null.
 */
public record Place(String personaId, String laneId, String stageId, int index) {
    static Place inList(int index) {
        return new Place(null, null, null, index);
    }

    static Place ofLane(String personaId, int index) {
        return new Place(personaId, null, null, index);
    }

    static Place ofCard(String personaId, String laneId, String stageId, int indexInCell) {
        return new Place(personaId, laneId, stageId, indexInCell);
    }
}
