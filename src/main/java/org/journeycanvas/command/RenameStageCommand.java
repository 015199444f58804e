package org.journeycanvas.command;

import java.util.Optional;
import org.journeycanvas.model.JourneyMap;

/** Renames a stage; typing a name in one go is one undo step. */
public record RenameStageCommand(String stageId, String name) implements Command {
    @Override
    public String description() {
        return "Rename stage";
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Lookups.stage(map, stageId);
        return map.withStages(map.stages().stream()
                .map(stage -> stage.id().equals(stageId) ? stage.withName(name) : stage)
                .toList());
    }

    @Override
    public Optional<Command> mergeWith(Command next) {
        return next instanceof RenameStageCommand other && other.stageId.equals(stageId)
                ? Optional.of(other)
                : Optional.empty();
    }
}
