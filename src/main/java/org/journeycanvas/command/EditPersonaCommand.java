package org.journeycanvas.command;

import java.util.Optional;
import org.journeycanvas.model.JourneyMap;

/** Changes one field of a persona; successive edits of the same field of the same persona are one undo step. */
public record EditPersonaCommand(String personaId, PersonaEdit edit) implements Command {
    @Override
    public String description() {
        return edit.description();
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Lookups.persona(map, personaId);
        return map.withPersonaMapped(personaId, edit::applyTo);
    }

    @Override
    public Optional<Command> mergeWith(Command next) {
        return next instanceof EditPersonaCommand other && other.personaId.equals(personaId)
                && other.edit.getClass() == edit.getClass()
                ? Optional.of(other)
                : Optional.empty();
    }
}
