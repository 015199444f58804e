package org.journeycanvas.command;

import org.journeycanvas.model.JourneyMap;

/** Removes a persona with all its lanes and cards. */
public record DeletePersonaCommand(String personaId) implements Command {
    @Override
    public String description() {
        return "Delete persona";
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Lookups.persona(map, personaId);
        return map.withPersonas(map.personas().stream().filter(p -> !p.id().equals(personaId)).toList());
    }
}
