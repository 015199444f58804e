package org.journeycanvas.command;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Persona;

/** Adds a persona band at a position (0 = top). */
public record AddPersonaCommand(Persona persona, int index) implements Command {
    @Override
    public String description() {
        return "Add persona";
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        if (index < 0 || index > map.personas().size()) {
            throw new IllegalArgumentException("no persona position " + index);
        }
        List<Persona> personas = new ArrayList<>(map.personas());
        personas.add(index, persona);
        return map.withPersonas(personas);
    }
}
