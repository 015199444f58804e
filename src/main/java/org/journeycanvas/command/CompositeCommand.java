package org.journeycanvas.command;

import java.util.List;
import org.journeycanvas.model.JourneyMap;

/** Several changes that make one user gesture, and so one undo step (e.g. add a lane, then a card in it). */
public record CompositeCommand(String undoLabel, List<Command> steps) implements Command {
    public CompositeCommand {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a composite command needs at least one step");
        }
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        JourneyMap result = map;
        for (Command step : steps) {
            result = step.apply(result);
        }
        return result;
    }
}
