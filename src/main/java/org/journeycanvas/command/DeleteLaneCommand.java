package org.journeycanvas.command;

import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Persona;

/** Removes a lane and its cards from its persona. */
public record DeleteLaneCommand(String laneId) implements Command {
    @Override
    public String description() {
        return "Delete lane";
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Lookups.lane(map, laneId);
        Persona persona = map.personaOfLane(laneId).orElseThrow();
        return map.withPersonaMapped(persona.id(), p -> p.withLanes(
                p.lanes().stream().filter(lane -> !lane.id().equals(laneId)).toList()));
    }
}
