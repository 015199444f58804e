package org.journeycanvas.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.testing.RandomMaps;

class LayoutCacheProperties {
    private static final TextMeasurer MEASURER = (text, style) -> text.codePointCount(0, text.length()) * 7.0;

    @Property(tries = 200)
    void aLayoutThatRemembersLanesGivesWhatAFreshLayoutGives(@ForAll long seed) {
        RandomMaps maps = new RandomMaps(seed);
        Random random = maps.random();
        MapLayout remembering = new MapLayout(new TextWrapper(MEASURER), LayoutStyle.DEFAULT);
        JourneyMap map = maps.next();
        for (int step = 0; step < 6; step++) {
            assertThat(remembering.layout(map))
                    .isEqualTo(new MapLayout(new TextWrapper(MEASURER), LayoutStyle.DEFAULT).layout(map));
            map = changeOneLane(map, random);
        }
    }

    /** Grows or shrinks one lane's first card, so lanes below it move. */
    private static JourneyMap changeOneLane(JourneyMap map, Random random) {
        List<Lane> lanes = map.personas().stream().flatMap(p -> p.lanes().stream())
                .filter(lane -> !lane.cards().isEmpty()).toList();
        if (lanes.isEmpty()) {
            return map;
        }
        Lane chosen = lanes.get(random.nextInt(lanes.size()));
        Card first = chosen.cards().get(0);
        String text = random.nextBoolean() ? first.text() + " and a good deal more text to wrap" : "";
        return map.withLanesMapped(lane -> lane == chosen
                ? lane.withCardsMapped(card -> card == first ? card.withText(text) : card) : lane);
    }
}
