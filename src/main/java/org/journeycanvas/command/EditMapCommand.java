package org.journeycanvas.command;

import java.util.Optional;
import org.journeycanvas.model.JourneyMap;

/** Changes the map's title or description; typing in one of them is one undo step. */
public record EditMapCommand(MapEdit edit) implements Command {
    @Override
    public String description() {
        return edit.description();
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        return edit.applyTo(map);
    }

    @Override
    public Optional<Command> mergeWith(Command next) {
        return next instanceof EditMapCommand other && other.edit.getClass() == edit.getClass()
                ? Optional.of(other)
                : Optional.empty();
    }
}
