package org.journeycanvas.command;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Stage;

/** Moves a stage column so that it ends up at {@code toIndex} (counted after it is taken out). */
public record MoveStageCommand(String stageId, int toIndex) implements Command {
    @Override
    public String description() {
        return "Move stage";
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Stage stage = Lookups.stage(map, stageId);
        List<Stage> stages = new ArrayList<>(map.stages());
        stages.remove(stage);
        if (toIndex < 0 || toIndex > stages.size()) {
            throw new IllegalArgumentException("no stage position " + toIndex);
        }
        stages.add(toIndex, stage);
        return map.withStages(stages);
    }
}
