package org.journeycanvas.command;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Persona;

/** Moves a persona band so that it ends up at {@code toIndex} (counted after it is taken out). */
public record MovePersonaCommand(String personaId, int toIndex) implements Command {
    @Override
    public String description() {
        return "Move persona";
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Persona persona = Lookups.persona(map, personaId);
        List<Persona> personas = new ArrayList<>(map.personas());
        personas.remove(persona);
        if (toIndex < 0 || toIndex > personas.size()) {
            throw new IllegalArgumentException("no persona position " + toIndex);
        }
        personas.add(toIndex, persona);
        return map.withPersonas(personas);
    }
}
