package org.journeycanvas.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.testing.FutureStateMaps;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;

class FutureCurveLayoutTest {
    private final MapLayout layout =
            new MapLayout(new TextWrapper((text, style) -> text.length() * 6.0), LayoutStyle.DEFAULT);
    private final JourneyMap map = FutureStateMaps.fourMoments();

    @Test
    void eachToBeScoreIsAPointAtItsMomentsXAndItsScoresHeight() {
        LaneRow lane = emotions(layout.layout(map));
        EmotionScale scale = EmotionScale.of(lane, LayoutStyle.DEFAULT);

        assertThat(lane.futureCurve()).hasSize(3);
        for (String id : List.of("e1", "e2", "e4")) {
            CardBox box = lane.cardsById().get(id);
            int futureScore = new MapIndex(map).card(id).futureScore();
            assertThat(box.futurePoint()).isEqualTo(new Point(box.point().x(), scale.y(futureScore)));
            assertThat(lane.futureCurve()).contains(box.futurePoint());
        }
        assertThat(lane.cardsById().get("e3").futurePoint()).isNull();
        assertThat(lane.curve()).hasSize(4);
    }

    @Test
    void hidingTheToBeCurveDropsItsPointsAndShowingItAgainBringsThemBack() {
        LaneRow asIs = emotions(layout.layout(map, ViewOptions.ALL.withCurves(CurveView.AS_IS)));
        assertThat(asIs.curves()).isEqualTo(CurveView.AS_IS);
        assertThat(asIs.futureCurve()).isEmpty();
        assertThat(asIs.cardsById().get("e1").futurePoint()).isNull();
        assertThat(asIs.cells().get(0).cards().get(0).futurePoint()).isNull();

        LaneRow toBe = emotions(layout.layout(map, ViewOptions.ALL.withCurves(CurveView.TO_BE)));
        assertThat(toBe.curves()).isEqualTo(CurveView.TO_BE);
        assertThat(toBe.futureCurve()).hasSize(3);
        assertThat(toBe.cardsById().get("e1").futurePoint()).isNotNull();
    }

    @Test
    void aMapWithoutToBeScoresHasNoToBeCurve() {
        LaneRow lane = emotions(layout.layout(SampleMaps.threeStages()));

        assertThat(lane.futureCurve()).isEmpty();
        assertThat(lane.cardsById().get("e1").futurePoint()).isNull();
    }

    @Test
    void theGapIsShadedWhereNeighbouringMomentsHaveBothScores() {
        LaneRow lane = emotions(layout.layout(map));
        MapIndex index = new MapIndex(map);

        List<List<CurveSegment>> areas =
                CurveGap.areas(lane, id -> index.card(id).score() != null);

        assertThat(areas).hasSize(1);
        List<CurveSegment> outline = areas.get(0);
        CardBox e1 = lane.cardsById().get("e1");
        CardBox e2 = lane.cardsById().get("e2");
        assertThat(outline).hasSize(2);
        assertThat(outline.get(0).start()).isEqualTo(e1.point());
        assertThat(outline.get(0).end()).isEqualTo(e2.point());
        assertThat(outline.get(1).start()).isEqualTo(e2.futurePoint());
        assertThat(outline.get(1).end()).isEqualTo(e1.futurePoint());
    }

    @Test
    void eachRunOfMomentsWithBothScoresIsOneOutlineWhateverBreaksTheRuns() {
        // moments 0-8: both, both, as-is only, to-be only, both, both, both, neither, both
        boolean[][] on = {
            {true, true},
            {true, true},
            {true, false},
            {false, true},
            {true, true},
            {true, true},
            {true, true},
            {false, false},
            {true, true}
        };
        List<CurveGap.Moment> moments = new ArrayList<>();
        List<Point> asIs = new ArrayList<>();
        List<Point> toBe = new ArrayList<>();
        for (int i = 0; i < on.length; i++) {
            moments.add(new CurveGap.Moment(on[i][0], on[i][1]));
            if (on[i][0]) {
                asIs.add(new Point(10 * i, i));
            }
            if (on[i][1]) {
                toBe.add(new Point(10 * i, 100 + i));
            }
        }

        List<List<CurveSegment>> areas = CurveGap.areas(asIs, toBe, moments);

        assertThat(areas)
                .as("moments 0-1 and 4-6; the lone moment 8 has no gap to shade")
                .hasSize(2);
        assertThat(areas.get(0))
                .extracting(CurveSegment::start, CurveSegment::end)
                .containsExactly(
                        tuple(new Point(0, 0), new Point(10, 1)), tuple(new Point(10, 101), new Point(0, 100)));
        assertThat(areas.get(1))
                .extracting(CurveSegment::start, CurveSegment::end)
                .containsExactly(
                        tuple(new Point(40, 4), new Point(50, 5)),
                        tuple(new Point(50, 5), new Point(60, 6)),
                        tuple(new Point(60, 106), new Point(50, 105)),
                        tuple(new Point(50, 105), new Point(40, 104)));
    }

    private static LaneRow emotions(MapGeometry geometry) {
        return geometry.personas().get(0).lanes().stream()
                .filter(lane -> lane.laneId().equals("l-emo"))
                .findFirst()
                .orElseThrow();
    }
}
