package org.journeycanvas.command;

import java.util.Optional;
import org.journeycanvas.model.JourneyMap;

/** Renames a lane; typing a title in one go is one undo step. */
public record RenameLaneCommand(String laneId, String title) implements Command {
    @Override
    public String description() {
        return "Rename lane";
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Lookups.lane(map, laneId);
        return map.withLanesMapped(lane -> lane.id().equals(laneId) ? lane.withTitle(title) : lane);
    }

    @Override
    public Optional<Command> mergeWith(Command next) {
        return next instanceof RenameLaneCommand other && other.laneId.equals(laneId)
                ? Optional.of(other)
                : Optional.empty();
    }
}
