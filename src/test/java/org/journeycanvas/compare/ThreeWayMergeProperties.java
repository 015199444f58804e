package org.journeycanvas.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.journeycanvas.io.MapFileException;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.io.MapFileWriter;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.MapArbitraries;

/**
 * The merge on random maps. MapArbitraries numbers elements s0, p1, l1, c1…, so independent random maps share most
 * ids: to the merge they are versions of one map in which nearly everything was changed, moved, added or deleted.
 */
class ThreeWayMergeProperties {
    private final MapFileWriter writer = new MapFileWriter();
    private final MapFileReader reader = new MapFileReader();

    @Property(tries = 300)
    void onlyOurSideChangedGivesOurs(@ForAll("maps") JourneyMap base, @ForAll("maps") JourneyMap ours) {
        MergeResult result = ThreeWayMerge.merge(base, ours, base);
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.map()).isEqualTo(ours);
    }

    @Property(tries = 300)
    void onlyTheirSideChangedGivesTheirs(@ForAll("maps") JourneyMap base, @ForAll("maps") JourneyMap theirs) {
        MergeResult result = ThreeWayMerge.merge(base, base, theirs);
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.map()).isEqualTo(theirs);
    }

    @Property(tries = 300)
    void theSameChangesOnBothSidesAreTakenOnce(@ForAll("maps") JourneyMap base, @ForAll("maps") JourneyMap both) {
        MergeResult result = ThreeWayMerge.merge(base, both, both);
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.map()).isEqualTo(both);
    }

    @Property(tries = 500)
    void anyMergeIsAMapTheReaderAccepts(
            @ForAll("maps") JourneyMap base, @ForAll("maps") JourneyMap ours, @ForAll("maps") JourneyMap theirs)
            throws MapFileException {
        JourneyMap merged = ThreeWayMerge.merge(base, ours, theirs).map();
        byte[] written = writer.toBytes(merged);
        assertThat(reader.read(written, "merged.journey")).isEqualTo(merged);
    }

    @Property(tries = 300)
    void swappingTheSidesFindsTheSameConflictsAndTheSameContent(
            @ForAll("maps") JourneyMap base, @ForAll("maps") JourneyMap ours, @ForAll("maps") JourneyMap theirs) {
        MergeResult one = ThreeWayMerge.merge(base, ours, theirs);
        MergeResult other = ThreeWayMerge.merge(base, theirs, ours);
        boolean movedOnBothSides = one.conflicts().stream()
                .anyMatch(conflict -> conflict.kind() == MergeConflict.Kind.MOVED_ON_BOTH_SIDES);
        // Ours wins a move both sides made, so what follows from where the element lands may differ: the lane
        // ours moved it into is kept for its content, or a pain point lands in a lane of another kind.
        Set<MergeConflict.Kind> following = movedOnBothSides
                ? EnumSet.of(MergeConflict.Kind.KEPT_FOR_CONTENT, MergeConflict.Kind.OPPORTUNITY_LINK_LEFT_PAIN_POINTS)
                : EnumSet.noneOf(MergeConflict.Kind.class);
        assertThat(countsByKind(other, following)).isEqualTo(countsByKind(one, following));
        if (one.clean()) {
            // Without conflicts only the order of additions at the same spot may differ.
            assertThat(MapDiff.between(one.map(), other.map()))
                    .allMatch(difference -> difference instanceof Difference.Moved);
        }
    }

    private static Map<MergeConflict.Kind, Long> countsByKind(MergeResult result, Set<MergeConflict.Kind> left) {
        return result.conflicts().stream()
                .filter(conflict -> !left.contains(conflict.kind()))
                .collect(Collectors.groupingBy(MergeConflict::kind, Collectors.counting()));
    }

    @Provide
    Arbitrary<JourneyMap> maps() {
        return MapArbitraries.maps();
    }
}
