package org.journeycanvas.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Channel;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;

class CardCommandsTest {
    private final JourneyMap original = SampleMaps.threeStages();
    private final CommandStack stack = new CommandStack(original);

    @Test
    void addCardPutsItInTheCellAtThePosition() {
        stack.execute(AddCardsCommand.one("l-touch", Card.of("n1", "s1", "Podcast"), 1));
        assertThat(cellTexts("l-touch", "s1")).containsExactly("Industry webinar", "Podcast", "Analyst report");
        assertUndoRedo("Add card");
    }

    @Test
    void addingAScoredCardToAnotherKindOfLaneDropsTheScore() {
        stack.execute(AddCardsCommand.one(
                "l-pain", Card.of("n1", "s2", "Pricing unclear").withScore(-1), 0));
        assertThat(stack.current().findCard("n1").orElseThrow().card().score()).isNull();
    }

    @Test
    void moveCardToAnotherStageOfTheSameLane() {
        stack.execute(new MoveCardsCommand(List.of("c1"), "l-touch", "s2", 0));
        assertThat(cellTexts("l-touch", "s1")).containsExactly("Analyst report");
        assertThat(cellTexts("l-touch", "s2")).containsExactly("Industry webinar", "Product demo");
        assertUndoRedo("Move card");
    }

    @Test
    void moveReordersInsideACell() {
        stack.execute(new MoveCardsCommand(List.of("c1"), "l-touch", "s1", 1));
        assertThat(cellTexts("l-touch", "s1")).containsExactly("Analyst report", "Industry webinar");
    }

    @Test
    void moveSeveralCardsKeepsTheGivenOrder() {
        stack.execute(new MoveCardsCommand(List.of("c3", "c1"), "l-touch", "s3", 0));
        assertThat(cellTexts("l-touch", "s3")).containsExactly("Product demo", "Industry webinar");
        assertThat(stack.undoLabel()).contains("Move 2 cards");
    }

    @Test
    void movingATouchpointIntoAnotherKindOfLaneDropsItsChannel() {
        stack.execute(new MoveCardsCommand(List.of("c1"), "l-pain", "s1", 0));
        Card moved = stack.current().findCard("c1").orElseThrow().card();
        assertThat(moved.channel()).isNull();
        assertThat(stack.current().findCard("c1").orElseThrow().lane().id()).isEqualTo("l-pain");
        stack.undo();
        assertThat(stack.current().findCard("c1").orElseThrow().card().channel())
                .isEqualTo(Channel.WEBINAR);
    }

    @Test
    void editEachFieldOfACard() {
        stack.execute(new FieldEdit<>(Field.CARD_TEXT, "c1", "Webinar: fleet costs"));
        stack.execute(new FieldEdit<>(Field.CARD_NOTE, "c1", "Hosted by the trade association"));
        stack.execute(new FieldEdit<>(Field.CARD_CHANNEL, "c1", Channel.EVENT));
        stack.execute(new FieldEdit<>(Field.CARD_COLOR, "c1", "#81B29A"));
        stack.execute(new FieldEdit<>(Field.CARD_TAGS, "c1", List.of("inbound", "q3")));
        stack.execute(new FieldEdit<>(Field.CARD_SCORE, "e1", -2));
        Card edited = stack.current().findCard("c1").orElseThrow().card();
        assertThat(edited)
                .isEqualTo(new Card(
                        "c1",
                        "s1",
                        "Webinar: fleet costs",
                        "Hosted by the trade association",
                        Channel.EVENT,
                        null,
                        "#81B29A",
                        List.of("inbound", "q3")));
        assertThat(stack.current().findCard("e1").orElseThrow().card().score()).isEqualTo(-2);
        for (int i = 0; i < 6; i++) {
            stack.undo();
        }
        assertThat(stack.current()).isEqualTo(original);
    }

    @Test
    void anEditThatBreaksARuleIsRefused() {
        assertThatThrownBy(() -> stack.execute(new FieldEdit<>(Field.CARD_SCORE, "c1", 1)))
                .hasMessageContaining("only emotion cards have a score");
        assertThat(stack.current()).isEqualTo(original);
    }

    @Test
    void deleteCards() {
        stack.execute(new DeleteCardsCommand(Set.of("c1", "e1")));
        assertThat(stack.current().cardCount()).isEqualTo(2);
        assertUndoRedo("Delete 2 cards");
    }

    @Test
    void commandsNamingMissingElementsFailWithoutChange() {
        assertThatThrownBy(() -> stack.execute(new DeleteCardsCommand(Set.of("zz"))))
                .hasMessage("no card \"zz\"");
        assertThatThrownBy(() -> stack.execute(new MoveCardsCommand(List.of("c1"), "nope", "s1", 0)))
                .hasMessage("no lane \"nope\"");
        assertThatThrownBy(() -> stack.execute(AddCardsCommand.one("l-touch", Card.of("n", "s9", "x"), 0)))
                .hasMessage("no stage \"s9\"");
        assertThat(stack.canUndo()).isFalse();
    }

    private List<String> cellTexts(String laneId, String stageId) {
        Lane lane = stack.current().lane(laneId).orElseThrow();
        return lane.cardsAt(stageId).stream().map(Card::text).toList();
    }

    private void assertUndoRedo(String description) {
        JourneyMap after = stack.current();
        assertThat(stack.undoLabel()).contains(description);
        stack.undo();
        assertThat(stack.current()).isEqualTo(original);
        stack.redo();
        assertThat(stack.current()).isEqualTo(after);
    }
}
