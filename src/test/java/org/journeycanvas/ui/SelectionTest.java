package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.journeycanvas.command.DeleteCardsCommand;
import org.journeycanvas.command.ElementList;
import org.journeycanvas.command.ListEdit;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;

class SelectionTest {
    private final JourneyMap map = SampleMaps.threeStages();

    @Test
    void aChangeForgetsTheSelectedCardsThatAreGoneAndKeepsTheOthers() {
        Selection selection = Selection.cards(List.of("c1", "c3"), new Selection.Cell("l-touch", "s2"));

        Selection retained = selection.retainedIn(new DeleteCardsCommand(Set.of("c3")).apply(map));

        assertThat(retained.cardIds()).containsExactly("c1");
        assertThat(retained.pasteCell()).isEqualTo(new Selection.Cell("l-touch", "s2"));
    }

    @Test
    void thePasteCellIsForgottenWhenItsStageOrLaneGoes() {
        Selection cell = Selection.cell(new Selection.Cell("l-pain", "s3"));
        assertThat(cell.retainedIn(ListEdit.remove(ElementList.stages(), "s3").apply(map)))
                .isEqualTo(Selection.NOTHING);

        Selection cardsAndCell = Selection.cards(List.of("c1"), new Selection.Cell("l-pain", "s2"));
        Selection retained = cardsAndCell.retainedIn(
                ListEdit.remove(ElementList.lanesOf("p1"), "l-pain").apply(map));
        assertThat(retained.pasteCell()).isNull();
        assertThat(retained.cardIds()).containsExactly("c1");
    }

    @Test
    void aSelectedStageLaneOrPersonaStaysWhileItExists() {
        Selection lane = new Selection.OfLane("l-emo");
        assertThat(lane.retainedIn(new DeleteCardsCommand(Set.of("e1")).apply(map)))
                .isSameAs(lane);
        assertThat(lane.retainedIn(
                        ListEdit.remove(ElementList.lanesOf("p1"), "l-emo").apply(map)))
                .isEqualTo(Selection.NOTHING);

        Selection stage = new Selection.OfStage("s1");
        assertThat(stage.retainedIn(map)).isSameAs(stage);
        assertThat(stage.retainedIn(ListEdit.remove(ElementList.stages(), "s1").apply(map)))
                .isEqualTo(Selection.NOTHING);

        Selection persona = new Selection.OfPersona("p1");
        assertThat(persona.retainedIn(
                        ListEdit.remove(ElementList.personas(), "p1").apply(map)))
                .isEqualTo(Selection.NOTHING);
    }

    @Test
    void togglingAddsOrTakesOutOneCardAndEndsAStageSelection() {
        Selection.Cell cell = new Selection.Cell("l-touch", "s1");
        Selection one = new Selection.OfStage("s1").toggled("c1", cell);
        assertThat(one).isEqualTo(Selection.cards(List.of("c1"), cell));

        Selection two = one.toggled("c2", cell);
        assertThat(two.cardIds()).containsExactly("c1", "c2");
        assertThat(two.toggled("c1", cell).cardIds()).containsExactly("c2");
    }

    @Test
    void noCardsAndNoCellIsNothing() {
        assertThat(Selection.cards(List.of(), null)).isEqualTo(Selection.NOTHING);
        assertThat(Selection.cards(List.of("c1"), null).toggled("c1", null)).isEqualTo(Selection.NOTHING);
    }

    @Test
    void theSelectedCardsCannotBeChangedFromOutside() {
        Selection selection = Selection.cards(List.of("c1"), null);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> selection.cardIds().add("c2"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void noCellIsNothingToo() {
        assertThat(Selection.cell(null)).isEqualTo(Selection.NOTHING);
        assertThat(new Selection.Cards(Set.of(), null).isNothing()).isTrue();
        assertThat(Selection.cell(new Selection.Cell("l-pain", "s1")).isNothing())
                .isFalse();
    }
}
