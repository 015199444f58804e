package org.journeycanvas.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.journeycanvas.io.MapTree.figures;
import static org.journeycanvas.io.MapTree.stage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.StageFigures;
import org.journeycanvas.model.TimeSpent;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** A stage's measured figures in the file: optional, canonical, and refused at their path when malformed. */
class StageFiguresFileTest {
    private final MapFileReader reader = new MapFileReader();
    private final MapFileWriter writer = new MapFileWriter();
    private final String example;

    StageFiguresFileTest() throws Exception {
        example = new String(MapFileFormatTest.fixture("v1/design-example.canonical.journey"), UTF_8);
    }

    @Test
    void figuresGoAfterTheColourAndComeBackTheSame() throws Exception {
        StageFigures figures = new StageFigures(12_400L, 61.5, null, -12.0, new TimeSpent(90, TimeSpent.Unit.MINUTES));
        JourneyMap map = withFirstStageFigures(SampleMaps.threeStages(), figures);

        String written = new String(writer.toBytes(map), UTF_8);

        assertThat(written)
                .contains("\"color\": null,\n        \"figures\": {\n          \"entered\": 12400,\n"
                        + "          \"conversion\": 61.5,\n          \"csat\": null,\n          \"nps\": -12,\n"
                        + "          \"time\": 90,\n          \"timeUnit\": \"MINUTES\"\n        }\n");
        JourneyMap read = reader.read(written.getBytes(UTF_8), "figures.journey");
        assertThat(read).isEqualTo(map);
        assertThat(writer.toBytes(read)).isEqualTo(written.getBytes(UTF_8));
    }

    @Test
    void aStageWithoutFiguresIsWrittenAsBefore() {
        String written = new String(writer.toBytes(SampleMaps.threeStages()), UTF_8);

        assertThat(written).doesNotContain("figures");
    }

    @Test
    void missingNullOrEmptyFiguresAreNone() throws Exception {
        assertThat(firstStageFigures(root -> stage(root).putNull("figures"))).isSameAs(StageFigures.NONE);
        assertThat(firstStageFigures(root -> stage(root).putObject("figures"))).isEqualTo(StageFigures.NONE);
        assertThat(firstStageFigures(root -> stage(root).putObject("figures").put("entered", 5)))
                .isEqualTo(new StageFigures(5L, null, null, null, null));
    }

    @Test
    void malformedFiguresAreRefusedAtTheirPath() {
        assertThat(problem(root -> stage(root).put("figures", 3)))
                .isEqualTo("map.stages[0].figures: expected an object {…}, found the number 3");
        assertThat(problem(root -> figures(root).put("entered", -4)))
                .isEqualTo("map.stages[0].figures.entered: must be a whole number of people from 0, not -4");
        assertThat(problem(root -> figures(root).put("entered", 2.5)))
                .isEqualTo("map.stages[0].figures.entered: expected a whole number from 0, found the number 2.5");
        assertThat(problem(root -> figures(root).put("conversion", "62 %")))
                .isEqualTo("map.stages[0].figures.conversion: expected a number, found text \"62 %\"");
        assertThat(problem(root -> figures(root).put("conversion", 140)))
                .isEqualTo("map.stages[0].figures.conversion: must be a percentage from 0 to 100, not 140");
        assertThat(problem(root -> figures(root).put("csat", -1)))
                .isEqualTo("map.stages[0].figures.csat: must be a percentage from 0 to 100, not -1");
        assertThat(problem(root -> figures(root).put("nps", -101)))
                .isEqualTo("map.stages[0].figures.nps: must be a Net Promoter Score from -100 to +100, not -101");
        assertThat(problem(root -> figures(root).put("time", 5)))
                .isEqualTo("map.stages[0].figures: \"timeUnit\" is missing");
        assertThat(problem(root -> figures(root).put("time", 5).put("timeUnit", "FORTNIGHTS")))
                .isEqualTo("map.stages[0].figures.timeUnit: unknown time unit text \"FORTNIGHTS\" "
                        + "(expected one of SECONDS, MINUTES, HOURS, DAYS, WEEKS)");
        assertThat(problem(root -> figures(root).put("time", -5).put("timeUnit", "DAYS")))
                .isEqualTo("map.stages[0].figures.time: must be a time of 0 or more, not -5");
    }

    private static JourneyMap withFirstStageFigures(JourneyMap map, StageFigures figures) {
        return map.withStages(map.stages().stream()
                .map(stage -> stage == map.stages().get(0) ? stage.withFigures(figures) : stage)
                .toList());
    }

    private StageFigures firstStageFigures(Consumer<ObjectNode> change) throws MapFileException {
        String file = MapTree.edited(example, change);
        return reader.read(file.getBytes(UTF_8), "figures.journey")
                .stages()
                .get(0)
                .figures();
    }

    private String problem(Consumer<ObjectNode> change) {
        byte[] file = MapTree.edited(example, change).getBytes(UTF_8);
        MapFileException refused = catchThrowableOfType(MapFileException.class, () -> reader.read(file, "bad.journey"));
        assertThat(refused).as("the file should be refused").isNotNull();
        return refused.problem();
    }
}
