package org.journeycanvas.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.paint.Color;
import org.journeycanvas.model.Channel;
import org.journeycanvas.model.IdGenerator;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.testing.SampleMaps;
import org.journeycanvas.ui.EditorActions;
import org.journeycanvas.ui.EditorViewModel;
import org.journeycanvas.ui.FakeDialogs;
import org.junit.jupiter.api.Test;

/** The inspector's view models, without a window: what a change of each property does to the map. */
class SectionModelsTest {
    private final JourneyMap original = SampleMaps.threeStages();
    private final EditorViewModel editor = new EditorViewModel(original, new IdGenerator());
    private final EditorActions actions = new EditorActions(editor);

    @Test
    void showingACardChangesNothing() {
        CardSectionModel card = new CardSectionModel(actions);
        card.show(editor.getMap().findCard("c1").orElseThrow());
        card.show(editor.getMap().findCard("e1").orElseThrow());

        assertThat(editor.canUndoProperty().get()).isFalse();
        assertThat(card.hasScoreProperty().get()).isTrue();
        assertThat(card.hasChannelProperty().get()).isFalse();
    }

    @Test
    void typingInACardFieldIsOneUndoStepUntilTheFieldIsLeft() {
        CardSectionModel card = new CardSectionModel(actions);
        card.show(editor.getMap().findCard("c1").orElseThrow());

        card.textProperty().set("W");
        card.textProperty().set("We");
        card.finishTyping();
        card.noteProperty().set("Hosted");

        assertThat(editor.getMap().findCard("c1").orElseThrow().card().text()).isEqualTo("We");
        editor.undo();
        editor.undo();
        assertThat(editor.getMap()).isEqualTo(original);
    }

    @Test
    void tagsAreSplitAtCommasAndATrailingCommaStaysWhileTyping() {
        CardSectionModel card = new CardSectionModel(actions);
        card.show(editor.getMap().findCard("c1").orElseThrow());

        card.tagsProperty().set("inbound, Q3 ,");
        card.show(editor.getMap().findCard("c1").orElseThrow());

        assertThat(editor.getMap().findCard("c1").orElseThrow().card().tags()).containsExactly("inbound", "Q3");
        assertThat(card.tagsProperty().get()).isEqualTo("inbound, Q3 ,");
    }

    @Test
    void channelScoreAndColourAreEachOneStep() {
        CardSectionModel card = new CardSectionModel(actions);
        card.show(editor.getMap().findCard("c1").orElseThrow());
        card.channelProperty().set(Channel.EVENT);
        card.colorProperty().set(Color.web("#81B29A"));
        card.show(editor.getMap().findCard("e1").orElseThrow());
        card.scoreProperty().set(-2);

        assertThat(editor.getMap().findCard("c1").orElseThrow().card().channel())
                .isEqualTo(Channel.EVENT);
        assertThat(editor.getMap().findCard("c1").orElseThrow().card().color()).isEqualTo("#81B29A");
        assertThat(editor.getMap().findCard("e1").orElseThrow().card().score()).isEqualTo(-2);
        card.show(editor.getMap().findCard("e1").orElseThrow());
        assertThat(card.scoreTextProperty().get()).isEqualTo("Very negative (-2)");
        assertThat(editor.undoTextProperty().get()).isEqualTo("Undo Change emotion score");
        editor.undo();
        assertThat(editor.undoTextProperty().get()).isEqualTo("Undo Change card colour");
    }

    @Test
    void theTransparentSwatchIsNotAColourAndResetGivesTheThemeColourBack() {
        StageSectionModel stage = new StageSectionModel(actions);
        stage.show(editor.getMap().stage("s1").orElseThrow());
        stage.colorProperty().set(Color.TRANSPARENT);
        assertThat(editor.canUndoProperty().get()).isFalse();

        stage.colorProperty().set(Color.web("#3D5A80"));
        assertThat(editor.getMap().stage("s1").orElseThrow().color()).isEqualTo("#3D5A80");
        stage.resetColor();
        assertThat(editor.getMap().stage("s1").orElseThrow().color()).isNull();
    }

    @Test
    void personaFieldsGoalsAndPlace() {
        actions.addPersona();
        PersonaSectionModel persona =
                new PersonaSectionModel(editor, actions, new FakeDialogs(), Runnable::run, text -> {});
        persona.show(editor.getMap().persona("p1").orElseThrow());

        persona.goalsProperty().set("Fewer breakdowns\n\nLower fuel cost");
        persona.roleProperty().set("Head of fleet");
        persona.moveUp();
        assertThat(editor.getMap().personas().get(0).id()).isEqualTo("p1");
        persona.moveDown();

        assertThat(editor.getMap().personas().get(1).id()).isEqualTo("p1");
        assertThat(editor.getMap().persona("p1").orElseThrow().goals())
                .containsExactly("Fewer breakdowns", "Lower fuel cost");
        assertThat(editor.getMap().persona("p1").orElseThrow().role()).isEqualTo("Head of fleet");
        persona.delete();
        assertThat(editor.getMap().persona("p1")).isEmpty();
    }

    @Test
    void lanesMoveWithinTheirPersonaAndCollapsingIsOnlyAView() {
        LaneSectionModel lane = new LaneSectionModel(editor, actions);
        lane.show(editor.getMap().lane("l-pain").orElseThrow());

        lane.collapsedProperty().set(true);
        assertThat(editor.viewOptionsProperty().get().collapsedLaneIds()).containsExactly("l-pain");
        assertThat(editor.canUndoProperty().get()).isFalse();

        lane.moveUp();
        lane.titleProperty().set("Frictions");
        assertThat(editor.getMap().persona("p1").orElseThrow().lanes())
                .extracting(Lane::title)
                .containsExactly("Touchpoints", "Frictions", "Emotions");
        lane.delete();
        assertThat(editor.getMap().lane("l-pain")).isEmpty();
    }

    @Test
    void theMapsTitleAndSummary() {
        MapSectionModel map = new MapSectionModel(actions);
        map.show(editor.getMap());
        map.titleProperty().set("Fleet buyers");

        assertThat(editor.getMap().title()).isEqualTo("Fleet buyers");
        assertThat(map.summaryProperty().get()).startsWith("3 stages, 1 persona, ");
        assertThat(List.of(editor.undoTextProperty().get())).containsExactly("Undo Rename map");
    }
}
