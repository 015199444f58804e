package org.journeycanvas.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.ComparedPersonas;
import org.junit.jupiter.api.Test;

class PersonaScoresTest {
    @Test
    void eachPersonaWithScoresHasItsMeanPerStageItsColourAndTheLargestGapIsFound() {
        PersonaScores scores = PersonaScores.of(ComparedPersonas.map(), PersonaComparison.Curve.AS_IS, "Unnamed");

        assertThat(scores.rows()).extracting(PersonaScores.Row::name).containsExactly("Ada", "Ben", "Cy");
        assertThat(scores.rows().get(0).means()).containsExactly(-1.0, 1.0, -2.0);
        assertThat(scores.rows().get(2).means()).as("Cy has no score at s2").containsExactly(0.0, null, 0.0);
        assertThat(scores.rows())
                .extracting(PersonaScores.Row::color)
                .containsExactly("#E07A5F", DistinctColours.PALETTE.get(0), DistinctColours.PALETTE.get(1));
        assertThat(scores.largestGap().stageId()).isEqualTo("s3");
        assertThat(scores.largestGap().spread()).isEqualTo(4.0);
    }

    @Test
    void aPersonaWithoutANameIsCalledByTheGivenTextAndOneWithoutScoresHasNoRow() {
        JourneyMap map = ComparedPersonas.map().withPersonaMapped("p-ben", persona -> persona.withName(" "));
        PersonaScores toBe = PersonaScores.of(map, PersonaComparison.Curve.TO_BE, "Unnamed persona");
        PersonaScores asIs = PersonaScores.of(map, PersonaComparison.Curve.AS_IS, "Unnamed persona");

        assertThat(asIs.rows()).extracting(PersonaScores.Row::name).containsExactly("Ada", "Unnamed persona", "Cy");
        assertThat(toBe.rows()).extracting(PersonaScores.Row::personaId).containsExactly("p-ada");
        assertThat(toBe.largestGap()).as("one persona: nothing differs").isNull();
        assertThat(Arrays.asList(
                        PersonaScores.hasFutureScores(map),
                        PersonaScores.hasFutureScores(ComparedPersonas.withoutToBe())))
                .containsExactly(true, false);
    }
}
