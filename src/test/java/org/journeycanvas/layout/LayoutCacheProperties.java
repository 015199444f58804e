package org.journeycanvas.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.testing.MapArbitraries;

class LayoutCacheProperties {
    private static final TextMeasurer MEASURER = (text, style) -> text.codePointCount(0, text.length()) * 7.0;

    @Property(tries = 200)
    void aLayoutThatRemembersLanesGivesWhatAFreshLayoutGives(
            @ForAll("maps") JourneyMap start, @ForAll("changes") List<LaneChange> changes) {
        MapLayout remembering = new MapLayout(new TextWrapper(MEASURER), LayoutStyle.DEFAULT);
        JourneyMap map = start;
        assertSameAsFresh(remembering.layout(map), map, "at first");
        for (LaneChange change : changes) {
            map = change.applyTo(map);
            assertSameAsFresh(remembering.layout(map), map, "after " + change);
        }
    }

    /** Each card looked up first, as the canvas does in rows moved but not yet asked for their cells, then all. */
    private static void assertSameAsFresh(MapGeometry remembered, JourneyMap map, String when) {
        MapGeometry fresh = freshLayout(map);
        map.personas()
                .forEach(persona -> persona.lanes()
                        .forEach(lane -> lane.cards()
                                .forEach(card -> assertThat(remembered.card(card.id()))
                                        .as("%s, card %s", when, card.id())
                                        .isEqualTo(fresh.card(card.id())))));
        assertThat(remembered.cards(Set.of("nothing"))).isEmpty();
        assertThat(remembered).as(when).isEqualTo(fresh);
    }

    @Provide
    Arbitrary<JourneyMap> maps() {
        return MapArbitraries.maps();
    }

    @Provide
    Arbitrary<List<LaneChange>> changes() {
        return Combinators.combine(Arbitraries.integers().greaterOrEqual(0), Arbitraries.of(Change.values()))
                .as(LaneChange::new)
                .list()
                .ofMaxSize(6);
    }

    private static MapGeometry freshLayout(JourneyMap map) {
        return new MapLayout(new TextWrapper(MEASURER), LayoutStyle.DEFAULT).layout(map);
    }

    /** What a change does to one lane: its first card's text grows or empties, a card is added, or the lane
     * becomes one of another kind (its cards wrapped to another width), or an emotion is scored lower. */
    enum Change {
        GROW,
        EMPTY,
        ADD,
        OTHER_KIND,
        SCORE
    }

    /**
     * Changes one lane that has cards (the {@code lane}-th, counting round), so the lanes below it move, the cards
     * beside the changed one keep their lines, and the health strip may change.
     */
    record LaneChange(int lane, Change change) {
        JourneyMap applyTo(JourneyMap map) {
            List<Lane> lanes = map.personas().stream()
                    .flatMap(p -> p.lanes().stream())
                    .filter(candidate -> !candidate.cards().isEmpty())
                    .toList();
            if (lanes.isEmpty()) {
                return map;
            }
            Lane chosen = lanes.get(lane % lanes.size());
            Card first = chosen.cards().get(0);
            Lane changed = switch (change) {
                case GROW ->
                    chosen.withCardsMapped(card ->
                            card == first ? card.withText(first.text() + " and a good deal more text to wrap") : card);
                case EMPTY -> chosen.withCardsMapped(card -> card == first ? card.withText("") : card);
                case ADD ->
                    chosen.withCardsInserted(
                            first.stageId(),
                            0,
                            List.of(Card.of("added" + map.cardCount(), first.stageId(), "A card added here")));
                case OTHER_KIND -> otherKind(chosen);
                case SCORE ->
                    chosen.kind() == LaneKind.EMOTIONS
                            ? chosen.withCardsMapped(card -> card == first ? card.withScore(-2) : card)
                            : chosen;
            };
            return map.withLanesMapped(candidate -> candidate == chosen ? changed : candidate);
        }

        private static Lane otherKind(Lane lane) {
            LaneKind kind = lane.kind() == LaneKind.TOUCHPOINTS ? LaneKind.ACTIONS : LaneKind.TOUCHPOINTS;
            return new Lane(
                    lane.id(),
                    kind,
                    lane.title(),
                    lane.cards().stream().map(card -> card.adaptedTo(kind)).toList());
        }
    }
}
