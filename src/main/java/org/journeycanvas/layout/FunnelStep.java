package org.journeycanvas.layout;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.model.Stage;
import org.journeycanvas.model.StageFigures;

/**
 * A stage in the funnel: its figures and the percentage of its people lost on the way to the next stage. The
 * drop-off comes from the stage's conversion; without one, from the people entering this stage and the next
 * (when the next has no more people than this one).
 *
 * @param dropOffToNext 0 to 100, or null for the last stage and when neither way gives it
 */
public record FunnelStep(String stageId, StageFigures figures, Double dropOffToNext) {
    /** The map's stages as a funnel, in order. */
    public static List<FunnelStep> of(List<Stage> stages) {
        List<FunnelStep> steps = new ArrayList<>(stages.size());
        for (int i = 0; i < stages.size(); i++) {
            StageFigures figures = stages.get(i).figures();
            Double dropOff =
                    i + 1 < stages.size() ? dropOff(figures, stages.get(i + 1).figures()) : null;
            steps.add(new FunnelStep(stages.get(i).id(), figures, dropOff));
        }
        return steps;
    }

    /** Whether any stage has figures: only then is there a funnel to show. */
    public static boolean any(List<Stage> stages) {
        return stages.stream().anyMatch(stage -> !stage.figures().isEmpty());
    }

    private static Double dropOff(StageFigures here, StageFigures next) {
        if (here.dropOff() != null) {
            return here.dropOff();
        }
        Long from = here.entered();
        Long to = next.entered();
        if (from == null || to == null || from == 0 || to > from) {
            return null;
        }
        return 100.0 * (from - to) / from;
    }
}
