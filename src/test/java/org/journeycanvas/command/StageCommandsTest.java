package org.journeycanvas.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Stage;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;

class StageCommandsTest {
    private final JourneyMap original = SampleMaps.threeStages();
    private final CommandStack stack = new CommandStack(original);

    @Test
    void addStageAtEitherEndOrBetween() {
        stack.execute(ListEdit.insert(ElementList.stages(), Stage.of("s0", "Trigger"), 0));
        stack.execute(ListEdit.insert(ElementList.stages(), Stage.of("s4", "Purchase"), 4));
        stack.execute(ListEdit.insert(ElementList.stages(), Stage.of("s15", "Research"), 2));
        assertThat(names())
                .containsExactly("Trigger", "Awareness", "Research", "Consideration", "Decision", "Purchase");
        undoAllAndRedo();
    }

    @Test
    void addStageOutsideTheColumnsIsRefused() {
        assertThatThrownBy(() -> stack.execute(ListEdit.insert(ElementList.stages(), Stage.of("s9", "X"), 4)))
                .hasMessage("no stage position 4");
    }

    @Test
    void renameStage() {
        stack.execute(new FieldEdit<>(Field.STAGE_NAME, "s2", "Research"));
        assertThat(names()).containsExactly("Awareness", "Research", "Decision");
        assertThat(stack.undoLabel()).contains("Rename stage");
        undoAllAndRedo();
    }

    @Test
    void moveStageToTheEndAndToTheStart() {
        stack.execute(ListEdit.move(ElementList.stages(), "s1", 2));
        assertThat(names()).containsExactly("Consideration", "Decision", "Awareness");
        stack.execute(ListEdit.move(ElementList.stages(), "s3", 0));
        assertThat(names()).containsExactly("Decision", "Consideration", "Awareness");
        undoAllAndRedo();
    }

    @Test
    void deleteStageDeletesItsCardsAndUndoBringsThemBack() {
        stack.execute(ListEdit.remove(ElementList.stages(), "s1"));
        assertThat(names()).containsExactly("Consideration", "Decision");
        assertThat(stack.current().cardCount()).isEqualTo(1);
        assertThat(stack.current().findCard("c1")).isEmpty();
        stack.undo();
        assertThat(stack.current()).isEqualTo(original);
        assertThat(stack.current().findCard("c1")).isPresent();
    }

    private java.util.List<String> names() {
        return stack.current().stages().stream().map(Stage::name).toList();
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
