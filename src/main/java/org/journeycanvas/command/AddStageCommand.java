package org.journeycanvas.command;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Stage;

/** Inserts a stage at a column position (0 = first; the number of stages = last). */
public record AddStageCommand(Stage stage, int index) implements Command {
    @Override
    public String description() {
        return "Add stage";
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        if (index < 0 || index > map.stages().size()) {
            throw new IllegalArgumentException("no stage position " + index);
        }
        List<Stage> stages = new ArrayList<>(map.stages());
        stages.add(index, stage);
        return map.withStages(stages);
    }
}
