package org.journeycanvas.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Persona;
import org.journeycanvas.testing.ComparedPersonas;
import org.junit.jupiter.api.Test;

class PersonaComparisonTest {
    private static final TextMeasurer MEASURER = (text, style) -> text.length() * 7.0;

    private static PersonaComparison compare(JourneyMap map, PersonaComparison.Curve curve) {
        return PersonaComparison.of(map, curve, MEASURER, 800, "Unnamed");
    }

    @Test
    void eachPersonaWithAScoredEmotionIsOneSeriesThroughItsMeanScorePerStage() {
        PersonaComparison comparison = compare(ComparedPersonas.map(), PersonaComparison.Curve.AS_IS);

        assertThat(comparison.series())
                .extracting(PersonaComparison.Series::name)
                .containsExactly("Ada", "Ben", "Cy");
        assertThat(scores(comparison, "p-ada"))
                .as("two moments at s2 are their mean")
                .containsExactly(-1.0, 1.0, -2.0);
        assertThat(scores(comparison, "p-ben")).containsExactly(1.0, -1.0, 2.0);
        assertThat(comparison.seriesOf("p-cy").orElseThrow().points())
                .as("a stage without a score is skipped, the curve goes on to the next")
                .extracting(PersonaComparison.SeriesPoint::stageId)
                .containsExactly("s1", "s3");
    }

    @Test
    void pointsSitAtTheStageColumnCentreAndTheScoresHeight() {
        PersonaComparison comparison = compare(ComparedPersonas.map(), PersonaComparison.Curve.AS_IS);
        EmotionScale scale = comparison.scale();

        PersonaComparison.Series ada = comparison.seriesOf("p-ada").orElseThrow();
        for (PersonaComparison.SeriesPoint point : ada.points()) {
            assertThat(point.at().x())
                    .isEqualTo(comparison.columns().get(point.column()).band().centerX());
        }
        assertThat(ada.points().get(0).at().y()).isEqualTo(scale.y(-1));
        assertThat(ada.points().get(1).at().y()).isEqualTo(scale.y(1));
        assertThat(scale.y(2)).isGreaterThan(comparison.band().y());
        assertThat(scale.y(-2)).isLessThan(comparison.band().maxY());
        assertThat(comparison.columns())
                .extracting(PersonaComparison.Column::nameLines)
                .containsExactly(List.of("Awareness"), List.of("Consideration"), List.of("Decision"));
    }

    @Test
    void personasWithTheSameScoreAtAStageAreDrawnSideBySideRatherThanOnTopOfEachOther() {
        JourneyMap map = ComparedPersonas.map()
                .withPersonaMapped(
                        "p-cy",
                        persona -> persona.withLanesMapped(lane ->
                                lane.withCardsMapped(card -> card.stageId().equals("s1") ? card.withScore(1) : card)));
        PersonaComparison comparison = compare(map, PersonaComparison.Curve.AS_IS);

        double ben =
                comparison.seriesOf("p-ben").orElseThrow().points().get(0).at().y();
        double cy =
                comparison.seriesOf("p-cy").orElseThrow().points().get(0).at().y();
        assertThat(cy - ben).isEqualTo(PersonaComparison.SHARED_OFFSET);
        assertThat((ben + cy) / 2)
                .as("around the score's height")
                .isEqualTo(comparison.scale().y(1));
        assertThat(comparison
                        .seriesOf("p-ada")
                        .orElseThrow()
                        .points()
                        .get(0)
                        .at()
                        .y())
                .as("a score no one else has stays on its guide")
                .isEqualTo(comparison.scale().y(-1));
    }

    @Test
    void theColumnsFillTheWidthGivenButNeverGetNarrowerThanAStageNeeds() {
        PersonaComparison wide = compare(ComparedPersonas.map(), PersonaComparison.Curve.AS_IS);
        PersonaComparison narrow =
                PersonaComparison.of(ComparedPersonas.map(), PersonaComparison.Curve.AS_IS, MEASURER, 100, "Unnamed");

        assertThat(wide.bounds().width()).isEqualTo(800, within(0.001));
        assertThat(narrow.columns().get(0).band().width()).isEqualTo(PersonaComparison.MIN_COLUMN_WIDTH);
        assertThat(narrow.bounds().width()).isGreaterThan(100);
    }

    @Test
    void theToBeCurveUsesTheFutureScoresAndLeavesOutPersonasWithoutThem() {
        PersonaComparison comparison = compare(ComparedPersonas.map(), PersonaComparison.Curve.TO_BE);

        assertThat(comparison.series())
                .extracting(PersonaComparison.Series::personaId)
                .containsExactly("p-ada");
        assertThat(scores(comparison, "p-ada")).containsExactly(1.0, 2.0, 0.0);
        assertThat(comparison.largestGap())
                .as("one persona has no gap to another")
                .isNull();
        assertThat(PersonaScores.hasFutureScores(ComparedPersonas.map())).isTrue();
        assertThat(PersonaScores.hasFutureScores(ComparedPersonas.withoutToBe()))
                .isFalse();
    }

    @Test
    void theStageWithTheLargestSpreadBetweenPersonasIsTheLargestGap() {
        PersonaComparison comparison = compare(ComparedPersonas.map(), PersonaComparison.Curve.AS_IS);

        assertThat(comparison.largestGap().stageId()).isEqualTo("s3");
        assertThat(comparison.largestGap().spread()).isEqualTo(4.0);
        assertThat(comparison.largestGap().band())
                .isEqualTo(comparison.columns().get(2).band());
    }

    @Test
    void personasKeepTheirOwnColourUnlessAnEarlierOneShowsItOrTheyHaveNone() {
        PersonaComparison comparison = compare(ComparedPersonas.map(), PersonaComparison.Curve.AS_IS);

        assertThat(comparison.series())
                .extracting(PersonaComparison.Series::color)
                .containsExactly("#E07A5F", DistinctColours.PALETTE.get(0), DistinctColours.PALETTE.get(1))
                .doesNotHaveDuplicates();
    }

    @Test
    void theLegendNamesEachSeriesWithASwatchOfItsColourUnderTheBand() {
        JourneyMap map = ComparedPersonas.map();
        map = map.withPersonaMapped("p-cy", persona -> persona.withName(""));
        PersonaComparison comparison = compare(map, PersonaComparison.Curve.AS_IS);

        assertThat(comparison.legend())
                .extracting(PersonaComparison.LegendEntry::name)
                .containsExactly("Ada", "Ben", "Unnamed");
        assertThat(comparison.legend())
                .extracting(PersonaComparison.LegendEntry::color)
                .containsExactlyElementsOf(comparison.series().stream()
                        .map(PersonaComparison.Series::color)
                        .toList());
        for (PersonaComparison.LegendEntry entry : comparison.legend()) {
            assertThat(entry.swatch().y()).isGreaterThan(comparison.band().maxY());
            assertThat(entry.swatch().maxY()).isLessThan(comparison.bounds().maxY());
            assertThat(entry.textX()).isGreaterThan(entry.swatch().maxX());
        }
        assertThat(comparison.legend().get(1).swatch().x())
                .as("side by side while they fit")
                .isGreaterThan(comparison.legend().get(0).textX());
    }

    @Test
    void aLegendWiderThanTheChartWrapsOntoAnotherRow() {
        JourneyMap map = ComparedPersonas.map();
        for (Persona persona : map.personas()) {
            map = map.withPersonaMapped(persona.id(), p -> p.withName("A persona with a very long name " + p.id()));
        }
        PersonaComparison comparison =
                PersonaComparison.of(map, PersonaComparison.Curve.AS_IS, MEASURER, 500, "Unnamed");

        assertThat(comparison.legend().get(1).swatch().y())
                .isGreaterThan(comparison.legend().get(0).swatch().y());
        assertThat(comparison.bounds().maxY())
                .isGreaterThan(comparison
                        .legend()
                        .get(comparison.legend().size() - 1)
                        .swatch()
                        .maxY());
    }

    @Test
    void aPersonaNameLongerThanTheChartIsCutSoThatItsLegendEntryEndsInsideTheChart() {
        JourneyMap map = ComparedPersonas.map()
                .withPersonaMapped("p-ben", persona -> persona.withName("Benedict ".repeat(40) + "the end"));
        PersonaComparison comparison =
                PersonaComparison.of(map, PersonaComparison.Curve.AS_IS, MEASURER, 500, "Unnamed");

        PersonaComparison.LegendEntry ben = comparison.legend().get(1);
        assertThat(ben.name()).startsWith("Benedict").endsWith("…").doesNotContain("the end");
        assertThat(ben.textWidth()).isEqualTo(MEASURER.width(ben.name(), PersonaComparison.legendStyle()));
        assertThat(ben.textX() + ben.textWidth())
                .isLessThanOrEqualTo(comparison.bounds().maxX() - PersonaComparison.MARGIN);
        assertThat(comparison.seriesOf("p-ben").orElseThrow().name())
                .as("the series keeps the whole name")
                .endsWith("the end");
    }

    @Test
    void aMapWithoutScoresHasNoSeriesNoLegendAndNoGap() {
        JourneyMap map =
                ComparedPersonas.map().withLanesMapped(lane -> lane.withCardsMapped(card -> card.withScore(null)));
        PersonaComparison comparison = compare(map, PersonaComparison.Curve.AS_IS);

        assertThat(comparison.series()).isEmpty();
        assertThat(comparison.legend()).isEmpty();
        assertThat(comparison.largestGap()).isNull();
        assertThat(comparison.columns()).hasSize(3);
    }

    private static List<Double> scores(PersonaComparison comparison, String personaId) {
        return comparison.seriesOf(personaId).orElseThrow().points().stream()
                .map(PersonaComparison.SeriesPoint::score)
                .toList();
    }
}
