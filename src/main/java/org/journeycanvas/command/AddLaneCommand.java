package org.journeycanvas.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.Persona;

/** Adds a lane to a persona at a position in its band (0 = top). */
public record AddLaneCommand(String personaId, Lane lane, int index) implements Command {
    /** Adds the lane where its kind usually goes: after the last lane whose kind comes before it. */
    public static AddLaneCommand inUsualPlace(Persona persona, Lane lane) {
        int index = 0;
        for (int i = 0; i < persona.lanes().size(); i++) {
            if (persona.lanes().get(i).kind().ordinal() <= lane.kind().ordinal()) {
                index = i + 1;
            }
        }
        return new AddLaneCommand(persona.id(), lane, index);
    }

    @Override
    public String description() {
        return "Add " + lane.kind().title().toLowerCase(Locale.ROOT) + " lane";
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Persona persona = Lookups.persona(map, personaId);
        if (index < 0 || index > persona.lanes().size()) {
            throw new IllegalArgumentException("no lane position " + index);
        }
        List<Lane> lanes = new ArrayList<>(persona.lanes());
        lanes.add(index, lane);
        return map.withPersonaMapped(personaId, p -> p.withLanes(lanes));
    }
}
