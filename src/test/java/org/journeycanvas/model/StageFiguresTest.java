package org.journeycanvas.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class StageFiguresTest {
    private final StageFigures figures =
            new StageFigures(12_000L, 62.0, 81.5, 31.0, new TimeSpent(45, TimeSpent.Unit.SECONDS));

    @Test
    void aStageWithoutFiguresHasNone() {
        Stage stage = Stage.of("s1", "Search");

        assertThat(stage.figures()).isSameAs(StageFigures.NONE);
        assertThat(stage.figures().isEmpty()).isTrue();
        assertThat(figures.isEmpty()).isFalse();
    }

    @Test
    void anyOneKnownFigureMakesTheFiguresNotEmpty() {
        TimeSpent time = new TimeSpent(45, TimeSpent.Unit.SECONDS);
        for (StageFigures one : new StageFigures[] {
            new StageFigures(0L, null, null, null, null),
            new StageFigures(null, 0.0, null, null, null),
            new StageFigures(null, null, 0.0, null, null),
            new StageFigures(null, null, null, 0.0, null),
            new StageFigures(null, null, null, null, time)
        }) {
            assertThat(one.isEmpty()).as(one.toString()).isEqualTo(one.equals(StageFigures.NONE));
            assertThat(one.isEmpty()).as(one.toString()).isFalse();
        }
        assertThat(new StageFigures(null, null, null, null, null).isEmpty()).isTrue();
    }

    @Test
    void everyStageChangeKeepsTheFigures() {
        Stage stage = Stage.of("s1", "Search").withFigures(figures);

        assertThat(stage.withName("Find")
                        .withDescription("d")
                        .withColor("#112233")
                        .withId("s2")
                        .figures())
                .isEqualTo(figures);
    }

    @Test
    void theDropOffIsWhatDidNotConvert() {
        assertThat(figures.dropOff()).isEqualTo(38.0);
        assertThat(StageFigures.NONE.dropOff()).isNull();
    }

    @Test
    void valuesOutOfRangeAreRefusedWithTheirField() {
        assertThat(problem(() -> figures.withEntered(-1L)))
                .hasMessage("entered: must be a whole number of people from 0, not -1");
        assertThat(problem(() -> figures.withConversion(100.5)))
                .hasMessage("conversion: must be a percentage from 0 to 100, not 100.5");
        assertThat(problem(() -> figures.withCsat(-3.0)))
                .hasMessage("csat: must be a percentage from 0 to 100, not -3");
        assertThat(problem(() -> figures.withConversion(Double.NaN)))
                .hasMessage("conversion: must be a percentage from 0 to 100, not NaN");
        assertThat(problem(() -> figures.withNps(101.0)))
                .hasMessage("nps: must be a Net Promoter Score from -100 to +100, not 101");
        assertThat(problem(() -> new TimeSpent(-2, TimeSpent.Unit.DAYS)))
                .hasMessage("must be a time of 0 or more, not -2");
        assertThat(problem(() -> new TimeSpent(Double.POSITIVE_INFINITY, TimeSpent.Unit.DAYS)))
                .hasMessage("must be a time of 0 or more, not Infinity");
    }

    @Test
    void theEndsOfEachRangeAreAllowed() {
        StageFigures ends = new StageFigures(0L, 0.0, 100.0, -100.0, new TimeSpent(0, TimeSpent.Unit.WEEKS));

        assertThat(ends.withNps(100.0).nps()).isEqualTo(100.0);
    }

    @Test
    void thereIsOneZero() {
        assertThat(figures.withConversion(-0.0)).isEqualTo(figures.withConversion(0.0));
        assertThat(new TimeSpent(-0.0, TimeSpent.Unit.SECONDS)).isEqualTo(new TimeSpent(0, TimeSpent.Unit.SECONDS));
    }

    private static MapInvariantException problem(Runnable construction) {
        return catchThrowableOfType(MapInvariantException.class, construction::run);
    }
}
