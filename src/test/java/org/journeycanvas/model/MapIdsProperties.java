package org.journeycanvas.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.journeycanvas.testing.MapArbitraries;
import org.journeycanvas.testing.SampleMaps;

/** Asking a map about ids: one id at a time, the index of a few, and the new ids made from them. */
class MapIdsProperties {
    @Property(tries = 300)
    void aMapUsesExactlyTheIdsItLists(@ForAll("maps") JourneyMap map, @ForAll("ids") String candidate) {
        assertThat(map.ids()).allSatisfy(id -> assertThat(map.usesId(id)).as(id).isTrue());
        assertThat(map.usesId(candidate)).as(candidate).isEqualTo(map.ids().contains(candidate));
    }

    @Provide
    Arbitrary<JourneyMap> maps() {
        return MapArbitraries.maps();
    }

    /** Short words in the alphabet of the maps' ids ({@code m1}, {@code s0}, {@code c12}, …), so often one in use. */
    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.strings().withChars("mspcl0123").ofMinLength(1).ofMaxLength(3);
    }

    @Example
    void anIndexFindsEachElementAsWhatItIsAndNothingElse() {
        JourneyMap map = SampleMaps.threeStages();

        MapIndex index = MapIndex.of(map);

        assertThat(index.card("c2").text()).isEqualTo("Analyst report");
        assertThat(index.stage("s3").name()).isEqualTo("Decision");
        assertThat(index.lane("l-pain").kind()).isEqualTo(LaneKind.PAIN_POINTS);
        assertThat(index.persona("p1").name()).isEqualTo("Dana");
        assertThat(index.card("s3")).as("a stage is not a card").isNull();
        assertThat(index.stage("c2")).as("a card is not a stage").isNull();
        assertThat(index.lane("p1")).as("a persona is not a lane").isNull();
        assertThat(index.card("gone")).isNull();
        assertThat(index.usesId(map.id())).isTrue();
    }

    @Property(tries = 100)
    void theIndexAMapWasMadeWithFindsWhatAFreshIndexFinds(
            @ForAll("maps") JourneyMap map, @ForAll("ids") String candidate) {
        MapIndex kept = MapIndex.of(map);
        MapIndex fresh = new MapIndex(map);

        assertThat(MapIndex.of(map)).as("asked again, the same index").isSameAs(kept);
        assertThat(kept.usesId(candidate)).isEqualTo(fresh.usesId(candidate)).isEqualTo(map.usesId(candidate));
        assertThat(kept.card(candidate)).isSameAs(fresh.card(candidate));
        assertThat(kept.lane(candidate)).isSameAs(fresh.lane(candidate));
        assertThat(kept.persona(candidate)).isSameAs(fresh.persona(candidate));
        assertThat(kept.stage(candidate)).isSameAs(fresh.stage(candidate));
        assertThat(kept.usesId(map.id())).isTrue();
    }

    @Example
    void aNewIdIsNeverOneTheMapUses() {
        JourneyMap map = SampleMaps.threeStages();
        String first = new IdGenerator(new SplittableRandom(7)).next(Set.of());

        // The same randomness, but the map now holds the id it would make first: it must make another.
        List<Stage> stages = new ArrayList<>(map.stages());
        stages.add(Stage.of(first, "Taken"));
        JourneyMap holdingIt = map.withStages(stages);
        String next = new IdGenerator(new SplittableRandom(7)).next(holdingIt::usesId);

        assertThat(next).isNotEqualTo(first);
        assertThat(holdingIt.usesId(next)).isFalse();
    }
}
