package org.journeycanvas.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.testing.MapArbitraries;

class LayoutCacheProperties {
    private static final TextMeasurer MEASURER = (text, style) -> text.codePointCount(0, text.length()) * 7.0;

    @Property(tries = 200)
    void aLayoutThatRemembersLanesGivesWhatAFreshLayoutGives(
            @ForAll("maps") JourneyMap start, @ForAll("changes") List<LaneChange> changes) {
        MapLayout remembering = new MapLayout(new TextWrapper(MEASURER), LayoutStyle.DEFAULT);
        JourneyMap map = start;
        assertThat(remembering.layout(map)).isEqualTo(freshLayout(map));
        for (LaneChange change : changes) {
            map = change.applyTo(map);
            assertThat(remembering.layout(map)).as("after %s", change).isEqualTo(freshLayout(map));
        }
    }

    @Provide
    Arbitrary<JourneyMap> maps() {
        return MapArbitraries.maps();
    }

    @Provide
    Arbitrary<List<LaneChange>> changes() {
        return Combinators.combine(Arbitraries.integers().greaterOrEqual(0), Arbitraries.of(true, false))
                .as(LaneChange::new)
                .list()
                .ofMaxSize(6);
    }

    private static MapGeometry freshLayout(JourneyMap map) {
        return new MapLayout(new TextWrapper(MEASURER), LayoutStyle.DEFAULT).layout(map);
    }

    /**
     * Grows or empties the first card of one lane that has cards (the {@code lane}-th, counting round), so the lanes
     * below it move.
     */
    record LaneChange(int lane, boolean grow) {
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
            String text = grow ? first.text() + " and a good deal more text to wrap" : "";
            return map.withLanesMapped(candidate -> candidate == chosen
                    ? candidate.withCardsMapped(card -> card == first ? card.withText(text) : card)
                    : candidate);
        }
    }
}
