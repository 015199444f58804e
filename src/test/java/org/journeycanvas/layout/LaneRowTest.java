package org.journeycanvas.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** A row moved down moves its cards when first asked for them, and any number of moves add up. */
class LaneRowTest {
    private static final TextMeasurer MEASURER = (text, style) -> text.codePointCount(0, text.length()) * 7.0;

    private final LaneRow row = new MapLayout(new TextWrapper(MEASURER), LayoutStyle.DEFAULT)
            .layout(SampleMaps.threeStages())
            .personas()
            .get(0)
            .lanes()
            .get(0);

    @Test
    void aCardOfAMovedRowIsItsBoxMovedBeforeAndAfterTheCellsAreMade() {
        String cardId = row.cells().stream()
                .flatMap(cell -> cell.cards().stream())
                .findFirst()
                .orElseThrow()
                .cardId();
        LaneRow moved = row.movedDown(40);

        assertThat(moved.card(cardId)).isEqualTo(row.card(cardId).movedDown(40));
        assertThat(moved.cardCount()).isEqualTo(row.cardCount());
        assertThat(moved.card("no such card")).isNull();
        assertThat(moved.cardsById().get(cardId)).isEqualTo(row.card(cardId).movedDown(40));
        assertThat(moved.card(cardId)).isSameAs(moved.cardsById().get(cardId));
    }

    @Test
    void movesAddUpWhetherOrNotTheCellsWereMadeInBetween() {
        LaneRow twice = row.movedDown(10).movedDown(30);
        LaneRow madeBetween = row.movedDown(10);
        madeBetween.cells();

        assertThat(twice).isEqualTo(row.movedDown(40)).isEqualTo(madeBetween.movedDown(30));
        assertThat(twice.cells()).isEqualTo(row.movedDown(40).cells());
        assertThat(twice.bounds()).isEqualTo(row.bounds().movedDown(40));
        assertThat(row.movedDown(0)).isSameAs(row);
    }
}
