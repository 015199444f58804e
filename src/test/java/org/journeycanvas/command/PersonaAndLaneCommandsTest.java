package org.journeycanvas.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;

class PersonaAndLaneCommandsTest {
    private final JourneyMap original = SampleMaps.threeStages();
    private final CommandStack stack = new CommandStack(original);

    @Test
    void addMoveAndDeletePersonas() {
        Persona raj = Persona.of("p2", "Raj", List.of(Lane.of("l-raj", LaneKind.ACTIONS)));
        stack.execute(ListEdit.insert(ElementList.personas(), raj, 1));
        stack.execute(ListEdit.move(ElementList.personas(), "p2", 0));
        assertThat(names()).containsExactly("Raj", "Dana");
        stack.execute(ListEdit.remove(ElementList.personas(), "p1"));
        assertThat(names()).containsExactly("Raj");
        assertThat(stack.current().cardCount()).isZero();
        assertThat(stack.undoLabel()).contains("Delete persona");
        undoAllAndRedo();
    }

    @Test
    void editEveryFieldOfAPersona() {
        stack.execute(new FieldEdit<>(Field.PERSONA_NAME, "p1", "Dana O."));
        stack.execute(new FieldEdit<>(Field.PERSONA_ROLE, "p1", "Head of fleet"));
        stack.execute(new FieldEdit<>(Field.PERSONA_QUOTE, "p1", "Proof, not promises."));
        stack.execute(new FieldEdit<>(Field.PERSONA_DESCRIPTION, "p1", "Runs 240 vans."));
        stack.execute(new FieldEdit<>(Field.PERSONA_GOALS, "p1", List.of("Cut costs", "Keep drivers")));
        stack.execute(new FieldEdit<>(Field.PERSONA_COLOR, "p1", "#3D5A80"));
        stack.execute(new FieldEdit<>(Field.PERSONA_PHOTO, "p1", "data:image/png;base64,iVBORw0KGgo="));
        Persona dana = stack.current().persona("p1").orElseThrow();
        assertThat(dana)
                .isEqualTo(new Persona(
                        "p1",
                        "Dana O.",
                        "Head of fleet",
                        "Proof, not promises.",
                        "Runs 240 vans.",
                        List.of("Cut costs", "Keep drivers"),
                        "#3D5A80",
                        "data:image/png;base64,iVBORw0KGgo=",
                        original.personas().get(0).lanes()));
        undoAllAndRedo();
    }

    @Test
    void typingAPersonaNameIsOneUndoStep() {
        stack.execute(new FieldEdit<>(Field.PERSONA_NAME, "p1", "D"));
        stack.execute(new FieldEdit<>(Field.PERSONA_NAME, "p1", "Da"));
        stack.execute(new FieldEdit<>(Field.PERSONA_ROLE, "p1", "R"));
        stack.undo();
        stack.undo();
        assertThat(stack.current()).isEqualTo(original);
    }

    @Test
    void renameMoveAndDeleteLanes() {
        stack.execute(new FieldEdit<>(Field.LANE_TITLE, "l-pain", "Frictions"));
        stack.execute(ListEdit.move(ElementList.lanesOf("p1"), "l-pain", 0));
        assertThat(lanes()).extracting(Lane::title).containsExactly("Frictions", "Touchpoints", "Emotions");
        stack.execute(ListEdit.remove(ElementList.lanesOf("p1"), "l-touch"));
        assertThat(lanes()).extracting(Lane::id).containsExactly("l-pain", "l-emo");
        assertThat(stack.current().cardCount()).isEqualTo(1);
        undoAllAndRedo();
    }

    @Test
    void addLaneInItsUsualPlace() {
        Persona dana = original.persona("p1").orElseThrow();
        stack.execute(ListEdit.addLaneInUsualPlace(dana, Lane.of("l-act", LaneKind.ACTIONS)));
        stack.execute(ListEdit.addLaneInUsualPlace(
                stack.current().persona("p1").orElseThrow(), Lane.of("l-notes", LaneKind.NOTES)));
        assertThat(lanes()).extracting(Lane::id).containsExactly("l-act", "l-touch", "l-emo", "l-pain", "l-notes");
        assertThat(stack.undoLabel()).contains("Add notes lane");
    }

    @Test
    void editStageMapAndTheirMerging() {
        stack.execute(new FieldEdit<>(Field.STAGE_DESCRIPTION, "s2", "Shortlist and demos"));
        stack.execute(new FieldEdit<>(Field.STAGE_COLOR, "s2", "#81B29A"));
        stack.execute(FieldEdit.ofMap(Field.MAP_TITLE, "F"));
        stack.execute(FieldEdit.ofMap(Field.MAP_TITLE, "Fleet"));
        stack.execute(FieldEdit.ofMap(Field.MAP_DESCRIPTION, "Mid-size logistics"));
        assertThat(stack.current().stage("s2").orElseThrow().color()).isEqualTo("#81B29A");
        assertThat(stack.current().title()).isEqualTo("Fleet");
        stack.undo();
        stack.undo();
        assertThat(stack.current().title()).isEqualTo(original.title());
        stack.redo();
        stack.redo();
        undoAllAndRedo();
    }

    @Test
    void namingMissingPersonasOrLanesFails() {
        assertThatThrownBy(() -> stack.execute(ListEdit.remove(ElementList.personas(), "nobody")))
                .hasMessage("no persona \"nobody\"");
        assertThatThrownBy(() -> stack.execute(ListEdit.move(ElementList.lanesOf("p1"), "l-pain", 7)))
                .hasMessage("no lane position 7");
        assertThat(stack.canUndo()).isFalse();
    }

    private List<String> names() {
        return stack.current().personas().stream().map(Persona::name).toList();
    }

    private List<Lane> lanes() {
        return stack.current().persona("p1").orElseThrow().lanes();
    }

    private void undoAllAndRedo() {
        JourneyMap after = stack.current();
        while (stack.canUndo()) {
            stack.undo();
        }
        assertThat(stack.current()).isEqualTo(original);
        while (stack.canRedo()) {
            stack.redo();
        }
        assertThat(stack.current()).isEqualTo(after);
    }
}
