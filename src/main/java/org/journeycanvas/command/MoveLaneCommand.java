package org.journeycanvas.command;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.Persona;

/** Moves a lane within its persona's band to {@code toIndex} (counted after it is taken out). */
public record MoveLaneCommand(String laneId, int toIndex) implements Command {
    @Override
    public String description() {
        return "Move lane";
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Lane lane = Lookups.lane(map, laneId);
        Persona persona = map.personaOfLane(laneId).orElseThrow();
        List<Lane> lanes = new ArrayList<>(persona.lanes());
        lanes.remove(lane);
        if (toIndex < 0 || toIndex > lanes.size()) {
            throw new IllegalArgumentException("no lane position " + toIndex);
        }
        lanes.add(toIndex, lane);
        return map.withPersonaMapped(persona.id(), p -> p.withLanes(lanes));
    }
}
