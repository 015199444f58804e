package org.journeycanvas.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapGenerator;
import org.junit.jupiter.api.Test;

/**
 * Laying out grows with the cards, not faster: counted in text measurements, which do not depend on the machine
 * (a timed test would). A map sixteen times larger, in the same proportions, measures at most sixteen times as
 * much text, and a word too long for a narrow emotion label is broken once, not once for every card it is in.
 */
class LayoutGrowthTest {
    @Test
    void measuringGrowsWithTheCardsNotFaster() {
        long small = measurementsToLayOut(mapOf(1_000));
        long large = measurementsToLayOut(mapOf(16_000));
        assertThat(large).isLessThanOrEqualTo(16 * small);
    }

    @Test
    void aWordBrokenOnceIsNotMeasuredLetterByLetterAgain() {
        JourneyMap map = mapOf(4_000);
        // the generator's texts draw on a few dozen words: most of what is measured is remembered
        assertThat(measurementsToLayOut(map)).isLessThan(cards(map));
    }

    private static long measurementsToLayOut(JourneyMap map) {
        AtomicLong calls = new AtomicLong();
        TextMeasurer counting = (text, style) -> {
            calls.incrementAndGet();
            return text.codePointCount(0, text.length()) * 7.0;
        };
        new MapLayout(new TextWrapper(counting), LayoutStyle.DEFAULT).layout(map);
        return calls.get();
    }

    /** A map of about so many cards in the reference map's proportions (as the growth benchmarks make them). */
    private static JourneyMap mapOf(int cards) {
        double growth = Math.sqrt(cards / 4_000.0);
        return MapGenerator.generate((int) Math.round(6 * growth), (int) Math.round(24 * growth), cards, 1);
    }

    private static long cards(JourneyMap map) {
        return map.personas().stream()
                .flatMap(persona -> persona.lanes().stream())
                .mapToLong(lane -> lane.cards().size())
                .sum();
    }
}
