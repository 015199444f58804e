package org.journeycanvas.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Channel;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.ConnectorStyle;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.junit.jupiter.api.Test;

class MapFileFormatTest {
    private final MapFileReader reader = new MapFileReader();
    private final MapFileWriter writer = new MapFileWriter();

    @Test
    void readsTheExampleFromTheDesignDocument() throws Exception {
        JourneyMap map = reader.read(fixture("v1/design-example.journey"), "design-example.journey");

        assertThat(map.id()).isEqualTo("m8f2k1");
        assertThat(map.title()).isEqualTo("Fleet software: B2B buyer journey");
        assertThat(map.stages())
                .singleElement()
                .satisfies(stage -> assertThat(stage.name()).isEqualTo("Awareness"));
        Persona dana = map.personas().get(0);
        assertThat(dana.role()).isEqualTo("Fleet operations manager");
        assertThat(dana.color()).isEqualTo("#E07A5F");
        assertThat(dana.lanes()).extracting(Lane::kind).containsExactly(LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS);
        Card webinar = dana.lanes().get(0).cards().get(0);
        assertThat(webinar.channel()).isEqualTo(Channel.WEBINAR);
        assertThat(webinar.stageId()).isEqualTo("s1");
        assertThat(dana.lanes().get(1).cards().get(0).score()).isEqualTo(1);
    }

    @Test
    void writesTheCanonicalForm() throws Exception {
        JourneyMap map = reader.read(fixture("v2/design-example.journey"), "design-example.journey");
        String written = new String(writer.toBytes(map), UTF_8);
        assertThat(written).isEqualTo(new String(fixture("v2/design-example.canonical.journey"), UTF_8));
        assertThat(written).endsWith("}\n").doesNotContain("\r").doesNotContain("\t");
    }

    @Test
    void readingAndWritingACanonicalFileChangesNoByte() throws Exception {
        byte[] canonical = fixture("v2/design-example.canonical.journey");
        assertThat(writer.toBytes(reader.read(canonical, "canonical.journey"))).isEqualTo(canonical);
    }

    /** A file of the previous release opens unchanged, is saved as version 2, and that opens as the same map. */
    @Test
    void aVersion1FileOpensAndIsSavedAsVersion2() throws Exception {
        JourneyMap fromVersion1 = reader.read(fixture("v1/design-example.canonical.journey"), "old.journey");
        String saved = new String(writer.toBytes(fromVersion1), UTF_8);

        assertThat(saved)
                .isEqualTo(new String(fixture("v1/design-example.canonical.journey"), UTF_8)
                        .replace("\"version\": 1,", "\"version\": 2,"));
        assertThat(reader.read(saved.getBytes(UTF_8), "saved.journey")).isEqualTo(fromVersion1);
    }

    @Test
    void version2HoldsAServiceBlueprintsLanes() throws Exception {
        JourneyMap map = reader.read(fixture("v2/design-example.journey"), "design-example.journey");

        assertThat(map.personas().get(0).lanes())
                .extracting(Lane::kind)
                .containsExactly(
                        LaneKind.TOUCHPOINTS,
                        LaneKind.EMOTIONS,
                        LaneKind.FRONTSTAGE,
                        LaneKind.BACKSTAGE,
                        LaneKind.SYSTEMS);
        assertThat(map.personas().get(0).lanes().get(2).cards().get(0).text())
                .isEqualTo("Presenter answers questions live");
    }

    @Test
    void version2HoldsConnectorsBetweenCards() throws Exception {
        JourneyMap map = reader.read(fixture("v2/design-example.journey"), "design-example.journey");

        assertThat(map.connectors())
                .containsExactly(
                        new Connector("k1", "c3", "c4", "hands the questions over", ConnectorStyle.SOLID),
                        new Connector("k2", "c4", "c5", "", ConnectorStyle.DASHED));
    }

    @Test
    void aMapWithoutConnectorsIsWrittenWithoutTheField() throws Exception {
        JourneyMap map = reader.read(fixture("v2/design-example.journey"), "x").withConnectors(List.of());

        assertThat(new String(writer.toBytes(map), UTF_8)).doesNotContain("connectors");
    }

    @Test
    void nonAsciiTextIsWrittenAsUtf8NotEscaped() throws Exception {
        JourneyMap map = reader.read(fixture("v1/design-example.journey"), "x").withTitle("Café 日本 😀");
        String written = new String(writer.toBytes(map), UTF_8);
        assertThat(written).contains("\"title\": \"Café 日本 😀\"");
    }

    @Test
    void missingOptionalFieldsTakeTheirDefaults() throws Exception {
        String minimal = """
                {"type": "journey-canvas", "version": 1, "map": {"id": "m1",
                  "stages": [{"id": "s1"}],
                  "personas": [{"id": "p1", "lanes": [{"id": "l1", "kind": "PAIN_POINTS",
                    "cards": [{"id": "c1", "stage": "s1"}]}]}]}}
                """;
        JourneyMap map = reader.read(minimal.getBytes(UTF_8), "minimal.journey");
        assertThat(map.title()).isEmpty();
        Lane lane = map.personas().get(0).lanes().get(0);
        assertThat(lane.title()).isEqualTo("Pain points");
        assertThat(lane.cards().get(0)).isEqualTo(Card.of("c1", "s1", ""));
        assertThat(map.personas().get(0).goals()).isEmpty();
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        String withExtras = """
                {"type": "journey-canvas", "version": 1, "generator": "other tool",
                 "map": {"id": "m1", "title": "T", "theme": {"dark": true}, "stages": [], "personas": []}}
                """;
        JourneyMap map = reader.read(withExtras.getBytes(UTF_8), "extras.journey");
        assertThat(map).isEqualTo(new JourneyMap("m1", "T", "", List.of(), List.of()));
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = MapFileFormatTest.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IOException("no fixture " + name);
            }
            return in.readAllBytes();
        }
    }
}
