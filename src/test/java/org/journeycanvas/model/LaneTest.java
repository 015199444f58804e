package org.journeycanvas.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LaneTest {
    private final Lane lane = new Lane(
            "l1",
            LaneKind.ACTIONS,
            "Actions",
            List.of(
                    Card.of("a", "s1", "A"),
                    Card.of("b", "s2", "B"),
                    Card.of("c", "s1", "C"),
                    Card.of("d", "s2", "D")));

    /** The layout reuses a lane's row while the lane is the same object, so a change that touches none keeps it. */
    @Test
    void mappingCardsThatChangesNoneGivesBackTheSameLane() {
        assertThat(lane.withCardsMapped(card -> card)).isSameAs(lane);
    }

    @Test
    void mappingCardsChangesOnlyThoseTheFunctionChanges() {
        Lane result = lane.withCardsMapped(card -> card.id().equals("c") ? card.withText("Changed") : card);

        assertThat(result.cards()).extracting(Card::text).containsExactly("A", "B", "Changed", "D");
        assertThat(result.cards().get(0)).isSameAs(lane.cards().get(0));
    }

    @Test
    void cardsAtAStageKeepTheirOrder() {
        assertThat(ids(lane.cardsAt("s1"))).containsExactly("a", "c");
        assertThat(ids(lane.cardsAt("s3"))).isEmpty();
    }

    @Test
    void cardsByStageGroupsEveryCellInOrder() {
        assertThat(lane.cardsByStage()).containsOnlyKeys("s1", "s2");
        assertThat(ids(lane.cardsByStage().get("s1"))).containsExactly("a", "c");
        assertThat(ids(lane.cardsByStage().get("s2"))).containsExactly("b", "d");
    }

    @Test
    void insertingAtTheStartOfACellPutsTheCardFirstThere() {
        Lane result = lane.withCardsInserted("s1", 0, List.of(Card.of("x", "s1", "X")));
        assertThat(ids(result.cardsAt("s1"))).containsExactly("x", "a", "c");
    }

    @Test
    void insertingInTheMiddleOfACell() {
        Lane result = lane.withCardsInserted("s2", 1, List.of(Card.of("x", "s2", "X"), Card.of("y", "s2", "Y")));
        assertThat(ids(result.cardsAt("s2"))).containsExactly("b", "x", "y", "d");
    }

    @Test
    void insertingPastTheEndOfACellAppendsToIt() {
        Lane result = lane.withCardsInserted("s1", 99, List.of(Card.of("x", "s1", "X")));
        assertThat(ids(result.cardsAt("s1"))).containsExactly("a", "c", "x");
        assertThat(result.cards()).hasSize(5);
    }

    @Test
    void insertingIntoAnEmptyCell() {
        Lane result = lane.withCardsInserted("s3", 0, List.of(Card.of("x", "s3", "X")));
        assertThat(ids(result.cardsAt("s3"))).containsExactly("x");
    }

    @Test
    void adaptingACardToAnotherKindDropsWhatThatKindCannotHold() {
        Card touchpoint = Card.of("t", "s1", "Call").withChannel(Channel.PHONE);
        assertThat(touchpoint.adaptedTo(LaneKind.TOUCHPOINTS)).isSameAs(touchpoint);
        assertThat(touchpoint.adaptedTo(LaneKind.NOTES).channel()).isNull();
        Card emotion = Card.of("e", "s1", "Happy").withScore(2);
        assertThat(emotion.adaptedTo(LaneKind.ACTIONS).score()).isNull();
        assertThat(emotion.adaptedTo(LaneKind.ACTIONS).text()).isEqualTo("Happy");
    }

    @Test
    void idGeneratorAvoidsTakenIds() {
        IdGenerator ids = new IdGenerator(new java.util.Random(1));
        String first = ids.next(java.util.Set.of());
        IdGenerator again = new IdGenerator(new java.util.Random(1));
        assertThat(again.next(java.util.Set.of(first))).isNotEqualTo(first);
        assertThat(first).matches("[a-z][a-z0-9]{7}");
    }

    private static List<String> ids(List<Card> cards) {
        return cards.stream().map(Card::id).toList();
    }
}
