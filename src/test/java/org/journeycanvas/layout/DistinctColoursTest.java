package org.journeycanvas.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Stage;
import org.journeycanvas.testing.OpportunityMaps;
import org.junit.jupiter.api.Test;

class DistinctColoursTest {
    private static final TextMeasurer MEASURER = (text, style) -> text.length() * 7.0;

    @Test
    void anElementKeepsItsOwnColourAndOthersTakePaletteColoursNoneUses() {
        String first = DistinctColours.PALETTE.get(0);
        List<String> colours = DistinctColours.choose(Arrays.asList(null, first.toLowerCase(), "#E07A5F", "#e07a5f"));

        assertThat(colours)
                .as("the first has none and skips the palette colour the second owns; the fourth repeats the third")
                .containsExactly(DistinctColours.PALETTE.get(1), first, "#E07A5F", DistinctColours.PALETTE.get(2))
                .doesNotHaveDuplicates();
    }

    @Test
    void stagesWithoutColoursTakeDistinctColoursToo() {
        List<String> colours = DistinctColours.ofStages(
                List.of(Stage.of("s1", "A"), Stage.of("s2", "B"), new Stage("s3", "C", "", "#4E79A7")));

        assertThat(colours).doesNotHaveDuplicates().endsWith("#4E79A7");
    }

    @Test
    void noTwoPersonasShareAColourInTheMatrixAndEachHasTheComparisonsColour() {
        JourneyMap map = OpportunityMaps.ranked(); // Dana #E07A5F, Sam none
        OpportunityMatrix matrix = new OpportunityMatrixLayout(MEASURER)
                .layout(map, null, MatrixColouring.PERSONA, new Rect(0, 0, 900, 600));

        assertThat(matrix.legend()).extracting(MatrixKey::color).doesNotHaveDuplicates();
        for (MatrixKey key : matrix.legend()) {
            int place = map.personas().indexOf(map.persona(key.id()).orElseThrow());
            assertThat(key.color())
                    .isEqualTo(DistinctColours.ofPersonas(map.personas()).get(place));
        }
        assertThat(matrix.legend().get(0).color()).isEqualTo("#E07A5F");
        assertThat(matrix.legend().get(1).color())
                .as("Sam, without a colour, as the persona comparison shows him")
                .isEqualTo(DistinctColours.PALETTE.get(0));
    }

    @Test
    void stagesInTheMatrixNeverShareAColour() {
        JourneyMap map = OpportunityMaps.ranked(); // s1 without a colour, s2 green
        OpportunityMatrix matrix = new OpportunityMatrixLayout(MEASURER)
                .layout(map, null, MatrixColouring.STAGE, new Rect(0, 0, 900, 600));

        assertThat(matrix.legend()).extracting(MatrixKey::color).doesNotHaveDuplicates();
        assertThat(matrix.legend()).extracting(MatrixKey::color).containsExactly("#4E79A7", "#2DA44E");
    }
}
