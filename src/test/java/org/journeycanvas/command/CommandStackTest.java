package org.journeycanvas.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;

class CommandStackTest {
    private final JourneyMap original = SampleMaps.threeStages();
    private final CommandStack stack = new CommandStack(original);

    @Test
    void undoAndRedoWalkTheHistoryWithDescriptions() {
        assertThat(stack.canUndo()).isFalse();
        stack.execute(new FieldEdit<>(Field.STAGE_NAME, "s1", "Discover"));
        stack.execute(ListEdit.remove(ElementList.stages(), "s3"));
        assertThat(stack.undoLabel()).contains("Delete stage");

        stack.undo();
        assertThat(stack.current().stages()).hasSize(3);
        assertThat(stack.undoLabel()).contains("Rename stage");
        assertThat(stack.redoLabel()).contains("Delete stage");

        stack.undo();
        assertThat(stack.current()).isEqualTo(original);
        assertThat(stack.canUndo()).isFalse();

        stack.redo();
        stack.redo();
        assertThat(stack.current().stages()).extracting(s -> s.name()).containsExactly("Discover", "Consideration");
        assertThat(stack.canRedo()).isFalse();
    }

    @Test
    void aNewCommandAfterUndoDropsTheRedoSteps() {
        stack.execute(ListEdit.remove(ElementList.stages(), "s3"));
        stack.undo();
        stack.execute(new FieldEdit<>(Field.STAGE_NAME, "s1", "Discover"));
        assertThat(stack.canRedo()).isFalse();
    }

    @Test
    void typingInOneFieldMergesIntoOneUndoStep() {
        stack.execute(new FieldEdit<>(Field.CARD_TEXT, "c1", "W"));
        stack.execute(new FieldEdit<>(Field.CARD_TEXT, "c1", "We"));
        stack.execute(new FieldEdit<>(Field.CARD_TEXT, "c1", "Web"));
        assertThat(stack.undoLabel()).contains("Edit card text");

        stack.undo();
        assertThat(stack.current()).isEqualTo(original);
        assertThat(stack.canUndo()).isFalse();
    }

    @Test
    void editsOfDifferentFieldsOrCardsAreSeparateSteps() {
        stack.execute(new FieldEdit<>(Field.CARD_TEXT, "c1", "Web"));
        stack.execute(new FieldEdit<>(Field.CARD_NOTE, "c1", "from LinkedIn"));
        stack.execute(new FieldEdit<>(Field.CARD_NOTE, "c2", "Gartner"));
        stack.undo();
        stack.undo();
        assertThat(stack.current().findCard("c1").orElseThrow().card().text()).isEqualTo("Web");
    }

    @Test
    void closingAStepStopsMerging() {
        stack.execute(new FieldEdit<>(Field.STAGE_NAME, "s1", "Disc"));
        stack.closeStep();
        stack.execute(new FieldEdit<>(Field.STAGE_NAME, "s1", "Discover"));
        stack.undo();
        assertThat(stack.current().stages().get(0).name()).isEqualTo("Disc");
    }

    @Test
    void savePointTracksUnsavedChanges() {
        assertThat(stack.isDirty()).isFalse();
        stack.execute(new FieldEdit<>(Field.STAGE_NAME, "s1", "Discover"));
        assertThat(stack.isDirty()).isTrue();
        stack.markSaved();
        assertThat(stack.isDirty()).isFalse();
        stack.undo();
        assertThat(stack.isDirty()).isTrue();
        stack.redo();
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void typingAfterASaveDoesNotMergeIntoTheSavedStep() {
        stack.execute(new FieldEdit<>(Field.STAGE_NAME, "s1", "Disc"));
        stack.markSaved();
        stack.execute(new FieldEdit<>(Field.STAGE_NAME, "s1", "Discover"));
        stack.undo();
        assertThat(stack.isDirty()).isFalse();
        assertThat(stack.current().stages().get(0).name()).isEqualTo("Disc");
    }

    @Test
    void aCommandThatChangesNothingIsNotRecorded() {
        stack.execute(new FieldEdit<>(Field.STAGE_NAME, "s1", "Awareness"));
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void aCommandRunningAnotherCommandIsRefused() {
        Command nested = new Command() {
            @Override
            public String undoLabel() {
                return "Nested";
            }

            @Override
            public JourneyMap apply(JourneyMap map) {
                stack.execute(new FieldEdit<>(Field.STAGE_NAME, "s1", "Inner"));
                return map;
            }
        };
        assertThatThrownBy(() -> stack.execute(nested))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("may not run another command");
        assertThat(stack.current()).isEqualTo(original);
        assertThat(stack.canUndo()).isFalse();
        stack.execute(new FieldEdit<>(Field.STAGE_NAME, "s1", "Outer"));
        assertThat(stack.canUndo()).isTrue();
    }

    @Test
    void aFailingCommandLeavesTheMapAsItWas() {
        assertThatThrownBy(() -> stack.execute(ListEdit.remove(ElementList.stages(), "nope")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(stack.current()).isSameAs(original);
    }

    @Test
    void listenersHearEveryChange() {
        AtomicInteger calls = new AtomicInteger();
        stack.addListener(calls::incrementAndGet);
        stack.execute(new FieldEdit<>(Field.STAGE_NAME, "s1", "Discover"));
        stack.undo();
        stack.redo();
        stack.markSaved();
        assertThat(calls).hasValue(4);
    }

    @Test
    void historyIsBounded() {
        for (int i = 0; i < CommandStack.MAX_UNDO_STEPS + 10; i++) {
            stack.execute(ListEdit.move(ElementList.stages(), "s1", i % 2 == 0 ? 2 : 0));
        }
        int undone = 0;
        while (stack.canUndo()) {
            stack.undo();
            undone++;
        }
        assertThat(undone).isEqualTo(CommandStack.MAX_UNDO_STEPS);
        assertThat(stack.isDirty()).isTrue();
    }
}
