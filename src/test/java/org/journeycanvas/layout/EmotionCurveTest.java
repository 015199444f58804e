package org.journeycanvas.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmotionCurveTest {
    @Test
    void passesThroughEveryPointInOrder() {
        List<Point> points = List.of(new Point(0, 100), new Point(100, 30), new Point(200, 60), new Point(300, 10));
        List<CurveSegment> segments = EmotionCurve.through(points);
        assertThat(segments).hasSize(3);
        for (int i = 0; i < segments.size(); i++) {
            assertThat(segments.get(i).start()).isEqualTo(points.get(i));
            assertThat(segments.get(i).end()).isEqualTo(points.get(i + 1));
        }
    }

    @Test
    void neverOvershootsItsPoints() {
        List<Point> points = List.of(new Point(0, 100), new Point(100, 10), new Point(200, 100), new Point(300, 100));
        for (CurveSegment segment : EmotionCurve.through(points)) {
            double low = Math.min(segment.start().y(), segment.end().y());
            double high = Math.max(segment.start().y(), segment.end().y());
            assertThat(segment.control1().y()).isBetween(low, high);
            assertThat(segment.control2().y()).isBetween(low, high);
        }
    }

    @Test
    void fewerThanTwoPointsDrawNothing() {
        assertThat(EmotionCurve.through(List.of())).isEmpty();
        assertThat(EmotionCurve.through(List.of(new Point(1, 1)))).isEmpty();
    }
}
