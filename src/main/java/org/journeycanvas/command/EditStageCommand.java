package org.journeycanvas.command;

import java.util.Optional;
import org.journeycanvas.model.JourneyMap;

/** Changes one field of a stage; successive edits of the same field of the same stage are one undo step. */
public record EditStageCommand(String stageId, StageEdit edit) implements Command {
    /** Renames a stage. */
    public static EditStageCommand rename(String stageId, String name) {
        return new EditStageCommand(stageId, new StageEdit.SetName(name));
    }

    @Override
    public String description() {
        return edit.description();
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Lookups.stage(map, stageId);
        return map.withStages(map.stages().stream()
                .map(stage -> stage.id().equals(stageId) ? edit.applyTo(stage) : stage)
                .toList());
    }

    @Override
    public Optional<Command> mergeWith(Command next) {
        return next instanceof EditStageCommand other && other.stageId.equals(stageId)
                && other.edit.getClass() == edit.getClass()
                ? Optional.of(other)
                : Optional.empty();
    }
}
