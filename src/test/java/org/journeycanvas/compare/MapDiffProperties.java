package org.journeycanvas.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.MapArbitraries;

class MapDiffProperties {
    @Property(tries = 300)
    void aMapDoesNotDifferFromItself(@ForAll("maps") JourneyMap map) {
        assertThat(MapDiff.between(map, map)).isEmpty();
    }

    /** As the editor's list will: take the first difference back, compare again, until none is left. */
    @Property(tries = 300)
    void takingEveryDifferenceBackGivesTheOlderMap(@ForAll("maps") JourneyMap older, @ForAll("maps") JourneyMap newer) {
        JourneyMap current = newer;
        List<Difference> left = MapDiff.between(older, current);
        int steps = 0;
        int most = 3 * left.size() + 5;
        while (!left.isEmpty() && steps++ < most) {
            current = left.get(0).takeBack(current).apply(current);
            left = MapDiff.between(older, current);
        }
        assertThat(left).isEmpty();
    }

    @Property(tries = 300)
    void mapsWithoutDifferencesMergeToTheSame(@ForAll("maps") JourneyMap older, @ForAll("maps") JourneyMap newer) {
        if (MapDiff.between(older, newer).isEmpty()) {
            assertThat(ThreeWayMerge.merge(older, newer, older).map()).isEqualTo(newer);
        }
        assertThat(MapDiff.between(older, newer).isEmpty())
                .isEqualTo(MapDiff.between(newer, older).isEmpty());
    }

    @Provide
    Arbitrary<JourneyMap> maps() {
        return MapArbitraries.maps();
    }
}
