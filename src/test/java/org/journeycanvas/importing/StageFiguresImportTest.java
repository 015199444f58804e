package org.journeycanvas.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.journeycanvas.command.Command;
import org.journeycanvas.command.CommandStack;
import org.journeycanvas.command.ElementList;
import org.journeycanvas.command.Field;
import org.journeycanvas.command.FieldEdit;
import org.journeycanvas.command.ListEdit;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.table.TableReadException;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.StageFigures;
import org.journeycanvas.model.TimeSpent;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Stage figures from an analytics export: columns found by their header in any language, stages by name. */
@ExtendWith(InEnglish.class)
class StageFiguresImportTest {
    private final JourneyMap map = SampleMaps.threeStages();

    @TempDir
    Path folder;

    @AfterEach
    void backToEnglish() {
        Messages.use(Locale.ENGLISH);
    }

    @Test
    void anEnglishExportSetsEveryStagesFiguresAsOneUndoStep() throws Exception {
        Command command = command("Stage,Visitors,Conversion rate,CSAT,NPS,Time (min)\n"
                + "awareness,\"12,400\",61.5%,,,1.5\n"
                + "Consideration,7626,40,82,,3\n"
                + "DECISION,3050,,,31,\n");
        CommandStack stack = new CommandStack(map);

        stack.execute(command);

        assertThat(figures(stack.current(), 0))
                .isEqualTo(new StageFigures(12_400L, 61.5, null, null, new TimeSpent(1.5, TimeSpent.Unit.MINUTES)));
        assertThat(figures(stack.current(), 1))
                .isEqualTo(new StageFigures(7_626L, 40.0, 82.0, null, new TimeSpent(3, TimeSpent.Unit.MINUTES)));
        assertThat(figures(stack.current(), 2)).isEqualTo(new StageFigures(3_050L, null, null, 31.0, null));
        assertThat(command.undoLabel()).isEqualTo("Import stage figures");
        stack.undo();
        assertThat(stack.current()).isEqualTo(map);
    }

    @Test
    void aFigureTypedInTheInspectorWhileTheFileWasReadIsKeptWhenTheImportIsApplied() throws Exception {
        // built from the map as it was when the read began
        Command command = command("Stage,Visitors,Conversion\nAwareness,500,40\nConsideration,200,\n");
        CommandStack stack = new CommandStack(map);
        String awareness = map.stages().get(0).id();
        String consideration = map.stages().get(1).id();
        // meanwhile: another figure of the same stage, a figure the file leaves blank, and a stage's name
        stack.execute(new FieldEdit<>(Field.STAGE_FIGURES, awareness, StageFigures.NONE.withCsat(77.0)));
        stack.execute(new FieldEdit<>(Field.STAGE_FIGURES, consideration, StageFigures.NONE.withConversion(35.0)));
        stack.execute(new FieldEdit<>(Field.STAGE_NAME, consideration, "Evaluation"));
        JourneyMap beforeImport = stack.current();

        stack.execute(command);

        assertThat(figures(stack.current(), 0)).isEqualTo(new StageFigures(500L, 40.0, 77.0, null, null));
        assertThat(figures(stack.current(), 1)).isEqualTo(new StageFigures(200L, 35.0, null, null, null));
        assertThat(stack.current().stages().get(1).name()).isEqualTo("Evaluation");
        stack.undo();
        assertThat(stack.current()).isEqualTo(beforeImport);
    }

    @Test
    void aStageDeletedWhileTheFileWasReadMakesTheImportFailWhole() throws Exception {
        Command command = command("Stage,Visitors\nAwareness,500\nDecision,20\n");
        JourneyMap withoutDecision =
                ListEdit.remove(ElementList.stages(), map.stages().get(2).id()).apply(map);

        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> command.apply(withoutDecision))
                        .getMessage())
                .isEqualTo("a stage the file names was deleted while the file was read, so nothing was imported");
    }

    @Test
    void aGermanHeaderAndClockTimesAreReadToo() throws Exception {
        Command command = command("Phase;Besucher;Verweildauer\nAwareness;500;1:05:30\nDecision;20;0:45\n");

        JourneyMap imported = command.apply(map);

        assertThat(figures(imported, 0)).isEqualTo(new StageFigures(500L, null, null, null, time(3930)));
        assertThat(figures(imported, 2)).isEqualTo(new StageFigures(20L, null, null, null, time(45)));
        assertThat(figures(imported, 1)).isSameAs(StageFigures.NONE);
    }

    @Test
    void unknownStagesAndBadCellsAreAllNamedAtTheirCellAndNothingIsImported() throws Exception {
        TableReadException problem = catchThrowableOfType(
                TableReadException.class,
                () -> command("Stage,Visitors,Conversion\n"
                        + "Awareness,lots,62\n"
                        + "Onboarding,10,20\n"
                        + "Decision,12.5,140\n"));

        assertThat(problem.getMessage())
                .isEqualTo("figures: 4 cells cannot be taken, so nothing was imported:\n"
                        + "figures.csv, row 2, column 2: \"lots\" is not a number\n"
                        + "figures.csv, row 3, column 1: no stage \"Onboarding\" in this map\n"
                        + "figures.csv, row 4, column 2: \"12.5\" is not a whole number of people\n"
                        + "figures.csv, row 4, column 3: must be a percentage from 0 to 100, not 140");
    }

    @Test
    void aRowNamingAStageWithEveryFigureBlankIsNotCounted() throws Exception {
        StageFiguresMerge command = (StageFiguresMerge) command("Stage,Visitors,CSAT\nAwareness,500,\nDecision,,\n");

        assertThat(command.stageCount()).isEqualTo(1);
        assertThat(command.byStage()).containsOnlyKeys(map.stages().get(0).id());
        assertThat(catchThrowableOfType(TableReadException.class, () -> command("Stage,Visitors\nAwareness,\n"))
                        .getMessage())
                .endsWith("no row gives a figure for a stage of this map");
    }

    @Test
    void aTableWithoutAStageOrAFigureColumnSaysWhatIsMissing() {
        assertThat(catchThrowableOfType(TableReadException.class, () -> command("Name,Visitors\nAwareness,4\n"))
                        .getMessage())
                .endsWith("no column names the stage (its header should say Stage, Step or Phase)");
        assertThat(catchThrowableOfType(TableReadException.class, () -> command("Stage,Colour\nAwareness,red\n"))
                        .getMessage())
                .endsWith("no column holds a figure (headers such as Visitors, Conversion, CSAT, NPS or Time)");
    }

    private static TimeSpent time(double seconds) {
        return new TimeSpent(seconds, TimeSpent.Unit.SECONDS);
    }

    private static StageFigures figures(JourneyMap map, int stage) {
        return map.stages().get(stage).figures();
    }

    private Command command(String csv) throws Exception {
        Path file = folder.resolve("figures.csv");
        Files.writeString(file, csv);
        return StageFiguresImport.command(StageFiguresImport.read(file, Progress.NONE), map);
    }
}
