package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.journeycanvas.command.DeleteCardsCommand;
import org.journeycanvas.command.DeleteLaneCommand;
import org.journeycanvas.command.DeleteStageCommand;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;

class SelectionTest {
    private final JourneyMap map = SampleMaps.threeStages();
    private final Selection selection = new Selection();

    @Test
    void aChangeForgetsTheSelectedCardsThatAreGoneAndKeepsTheOthers() {
        selection.selectCards(List.of("c1", "c3"), new Selection.Cell("l-touch", "s2"));

        selection.retainExisting(new DeleteCardsCommand(Set.of("c3")).apply(map));

        assertThat(selection.cardIds()).containsExactly("c1");
        assertThat(selection.cellProperty().get()).isEqualTo(new Selection.Cell("l-touch", "s2"));
    }

    @Test
    void thePasteCellIsForgottenWhenItsStageOrLaneGoes() {
        selection.selectCell(new Selection.Cell("l-pain", "s3"));
        selection.retainExisting(new DeleteStageCommand("s3").apply(map));
        assertThat(selection.cellProperty().get()).isNull();

        selection.selectCell(new Selection.Cell("l-pain", "s2"));
        selection.retainExisting(new DeleteLaneCommand("l-pain").apply(map));
        assertThat(selection.cellProperty().get()).isNull();
    }

    @Test
    void aSelectedStageLaneOrPersonaStaysWhileItExists() {
        selection.selectLane("l-emo");
        selection.retainExisting(new DeleteCardsCommand(Set.of("e1")).apply(map));
        assertThat(selection.laneIdProperty().get()).isEqualTo("l-emo");

        selection.retainExisting(new DeleteLaneCommand("l-emo").apply(map));
        assertThat(selection.laneIdProperty().get()).isNull();

        selection.selectStage("s1");
        selection.retainExisting(map);
        assertThat(selection.stageIdProperty().get()).isEqualTo("s1");
    }
}
