package org.journeycanvas.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.journeycanvas.command.Field;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.IdGenerator;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.StageFigures;
import org.journeycanvas.model.TimeSpent;
import org.journeycanvas.testing.SampleMaps;
import org.journeycanvas.ui.EditorActions;
import org.journeycanvas.ui.EditorViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The stage section's figures, without a window: typed in the language's format, taken as one step, or refused. */
class StageFiguresFormTest {
    private final JourneyMap original = SampleMaps.threeStages();
    private final EditorViewModel editor = new EditorViewModel(original, new IdGenerator());
    private final EditorActions actions = new EditorActions(editor);
    private final StageSectionModel stage = new StageSectionModel(actions);

    @AfterEach
    void backToEnglish() {
        Messages.use(Locale.ENGLISH);
    }

    @Test
    void germanNumbersAreReadAsGermanWritesThem() {
        Messages.use(Locale.GERMAN);
        stage.show(editor.getMap().stage("s1").orElseThrow());
        stage.figures().enteredProperty().set("12.400");
        stage.figures().conversionProperty().set("61,5");
        stage.figures().timeProperty().set("2,5");
        stage.figures().timeUnitProperty().set(TimeSpent.Unit.DAYS);
        stage.commitFigures();

        assertThat(figures())
                .isEqualTo(new StageFigures(12_400L, 61.5, null, null, new TimeSpent(2.5, TimeSpent.Unit.DAYS)));
        assertThat(editor.undoTextProperty().get()).isEqualTo("Rückgängig: Kennzahlen der Phase bearbeiten");
    }

    @Test
    void showingAndCommittingUnchangedFiguresChangesNothing() {
        StageFigures precise = new StageFigures(7L, 33.333333, null, 12.125, null);
        actions.setField(Field.STAGE_FIGURES, "s1", precise);
        stage.show(editor.getMap().stage("s1").orElseThrow());
        assertThat(stage.figures().conversionProperty().get()).isEqualTo("33.33");

        stage.commitFigures();
        stage.figures().csatProperty().set("80");
        stage.commitFigures();

        assertThat(figures()).isEqualTo(precise.withCsat(80.0));
    }

    @Test
    void aWrongEntryNamesItsFieldAndChangesNothing() {
        stage.show(editor.getMap().stage("s1").orElseThrow());
        stage.figures().enteredProperty().set("12.5");
        stage.commitFigures();
        assertThat(stage.figures().problemProperty().get())
                .isEqualTo("People entering: \"12.5\" is not a whole number");

        stage.figures().enteredProperty().set("");
        stage.figures().npsProperty().set("-130");
        stage.commitFigures();
        assertThat(stage.figures().problemProperty().get())
                .isEqualTo(
                        "Net Promoter Score (−100 to 100): must be a Net Promoter Score from -100 to +100, not -130");
        assertThat(editor.getMap()).isEqualTo(original);
        assertThat(editor.canUndoProperty().get()).isFalse();
    }

    private StageFigures figures() {
        return editor.getMap().stage("s1").orElseThrow().figures();
    }
}
