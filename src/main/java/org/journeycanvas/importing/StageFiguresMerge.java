package org.journeycanvas.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeycanvas.command.Command;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Stage;
import org.journeycanvas.model.StageFigures;

/**
 * The figures a file gives, set on the stages it names when the command is applied: each stage keeps the figures
 * the file leaves blank as they are then, not as they were when the file began to be read, so an edit made in the
 * inspector during a slow read is not taken back. Applied to a map without one of the stages (deleted meanwhile),
 * it fails whole.
 *
 * @param byStage for each stage id, the figures the file gives
 */
public record StageFiguresMerge(Map<String, Given> byStage) implements Command {
    /** The values of the figures a row gives; the figures it does not give are ignored in {@code values}. */
    public record Given(StageFigures values, Set<StageFiguresImport.Figure> figures) {
        public Given {
            figures = Set.copyOf(figures);
        }

        /** The stage's figures with those the file gives replaced. */
        StageFigures mergedInto(StageFigures current) {
            StageFigures merged = current;
            for (StageFiguresImport.Figure figure : figures) {
                merged = switch (figure) {
                    case ENTERED -> merged.withEntered(values.entered());
                    case CONVERSION -> merged.withConversion(values.conversion());
                    case CSAT -> merged.withCsat(values.csat());
                    case NPS -> merged.withNps(values.nps());
                    case TIME -> merged.withTime(values.time());
                };
            }
            return merged;
        }
    }

    public StageFiguresMerge {
        byStage = Collections.unmodifiableMap(new LinkedHashMap<>(byStage));
        if (byStage.isEmpty()) {
            throw new IllegalArgumentException("no stage");
        }
    }

    /** How many stages the file gives figures for. */
    public int stageCount() {
        return byStage.size();
    }

    @Override
    public String undoLabel() {
        return Messages.get("import.figures.undo");
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        for (String stageId : byStage.keySet()) {
            if (map.stage(stageId).isEmpty()) {
                throw new IllegalArgumentException(Messages.get("import.figures.stageGone"));
            }
        }
        List<Stage> stages = new ArrayList<>(map.stages().size());
        for (Stage stage : map.stages()) {
            Given given = byStage.get(stage.id());
            stages.add(given == null ? stage : stage.withFigures(given.mergedInto(stage.figures())));
        }
        return map.withStages(stages);
    }
}
