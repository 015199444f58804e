package org.journeycanvas.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.journeycanvas.io.MapTree.card;
import static org.journeycanvas.io.MapTree.connector;
import static org.journeycanvas.io.MapTree.figures;
import static org.journeycanvas.io.MapTree.lane;
import static org.journeycanvas.io.MapTree.map;
import static org.journeycanvas.io.MapTree.persona;
import static org.journeycanvas.io.MapTree.stage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Channel;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.ConnectorStyle;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.MapGenerator;
import org.journeycanvas.model.OpportunityStatus;
import org.journeycanvas.model.PhotoUri;
import org.journeycanvas.model.StageFigures;
import org.journeycanvas.model.TimeSpent;
import org.journeycanvas.testing.MapArbitraries;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/**
 * The published schema, docs/journey.schema.json, checked with a validator that shares no code with the reader
 * (networknt json-schema-validator): it is valid JSON Schema 2020-12, every map the app ships or writes passes it,
 * it refuses every hostile file the reader refuses where a schema can say why, and it names the same lane kinds,
 * channels and limits as the code.
 */
class JourneySchemaTest {
    private static final Path SCHEMA_FILE = Path.of("docs", "journey.schema.json");
    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    /**
     * Hostile files the reader refuses that are not JSON at all (or not one JSON value), so no schema applies. A
     * name ending in {@code *} stands for every sample that starts with it.
     */
    private static final Set<String> NOT_JSON = Set.of(
            "empty",
            "whitespace",
            "null-bytes",
            "random-bytes",
            "png-header",
            "zip-header",
            "truncated-*",
            "invalid-utf8",
            "raw-control-character",
            "trailing-comma",
            "comment",
            "single-quotes",
            "nan",
            "trailing-garbage",
            "two-documents");

    /** Files the reader refuses that the schema lets through, because JSON Schema cannot state the rule: why. */
    private static final Map<String, String> ONLY_THE_READER_REFUSES = new TreeMap<>(Map.ofEntries(
            Map.entry("duplicate-stage-id", "ids must be unique in the whole map"),
            Map.entry("duplicate-card-id", "ids must be unique in the whole map"),
            Map.entry("dangling-stage", "a card's stage must be the id of one of the map's stages"),
            Map.entry("card-stage-names-a-persona", "a card's stage must be the id of one of the map's stages"),
            Map.entry("duplicate-key", "a schema sees the parsed value, in which only one of the two keys is left"),
            Map.entry("text-too-long-in-utf16", "the reader counts UTF-16 code units, maxLength counts characters"),
            Map.entry("nested-too-deep-in-unknown-field", "a schema cannot limit the depth of what it does not name"),
            Map.entry("connector-to-a-missing-card", "a connector's ends must be the ids of cards of the map"),
            Map.entry("connector-to-itself", "a connector's two ends must be different cards"),
            Map.entry("score-1.0", "1.0 is a whole number to JSON Schema; the reader wants it written 1"),
            Map.entry("version-1.0", "1.0 is a whole number to JSON Schema; the reader wants it written 1")));

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(100_000)
                            .maxNumberLength(100_000)
                            .maxStringLength(Integer.MAX_VALUE)
                            .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * The validator, offline: the 2020-12 meta-schemas come from its jar. Lossless narrowing makes it count 1.0 as an
     * integer, as the specification does.
     */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources(false))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .losslessNarrowing(true)
                            .build()));

    private static final JsonNode SCHEMA_TREE = readSchemaFile();
    private static final Schema SCHEMA = REGISTRY.getSchema(SCHEMA_TREE);

    private final MapFileReader reader = new MapFileReader();
    private final MapFileWriter writer = new MapFileWriter();
    private final String example;

    JourneySchemaTest() throws IOException {
        example = new String(MapFileFormatTest.fixture("v1/design-example.canonical.journey"), UTF_8);
    }

    @Test
    void theSchemaIsValidJsonSchema2020_12() {
        Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of(DRAFT_2020_12));

        assertThat(metaSchema.validate(SCHEMA_TREE)).isEmpty();
        assertThat(SCHEMA_TREE.path("$schema").asText()).isEqualTo(DRAFT_2020_12);
        assertThat(SCHEMA_TREE.path("$id").asText())
                .isEqualTo("https://journeycanvas.org/schema/journey-" + MapFormat.CURRENT_VERSION + ".json");
    }

    @Test
    void everyBundledTemplateSampleAndFixturePasses() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("assets/templates", "assets/samples", "src/test/resources/fixtures")) {
            try (Stream<Path> found = Files.walk(Path.of(folder))) {
                found.filter(file -> file.toString().endsWith(MapFormat.FILE_EXTENSION))
                        .forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(8);

        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            assertThat(readerAccepts(bytes)).as("the reader opens " + file).isTrue();
            assertThat(problems(bytes)).as(file.toString()).isEmpty();
        }
    }

    @Test
    void mapsWrittenByTheAppPass() {
        JourneyMap withPhoto = SampleMaps.threeStages()
                .withPersonaMapped("p1", persona -> persona.withPhoto(PhotoUri.of(new byte[] {1, 2, 3}, true)));
        for (JourneyMap map : List.of(
                SampleMaps.threeStages(), withPhoto, MapGenerator.generate(2, 3, 40, 7), MapGenerator.reference())) {
            assertThat(problems(writer.toBytes(map))).as(map.title()).isEmpty();
        }
    }

    @Property(tries = 200)
    void everyRandomMapTheAppWritesPasses(@ForAll("maps") JourneyMap map) {
        assertThat(problems(writer.toBytes(map))).isEmpty();
    }

    @Provide
    Arbitrary<JourneyMap> maps() {
        return MapArbitraries.maps();
    }

    /**
     * Each sample of the hostile corpus that is JSON: the schema refuses it when the reader does, unless the rule is
     * one a schema cannot state (listed, with the reason), and accepts it when the reader does.
     */
    @Test
    void theHostileCorpusIsRefusedWhereASchemaCanSayWhy() throws IOException {
        Map<String, byte[]> samples = new LinkedHashMap<>();
        for (HostileCorpus.Sample sample : HostileCorpus.samples(example)) {
            samples.put(sample.name(), sample.bytes());
        }
        Outcomes outcomes = outcomes(samples);

        assertThat(outcomes.notJson)
                .allSatisfy(name -> assertThat(isListedAsNotJson(name))
                        .as(name + " is not JSON")
                        .isTrue());
        assertThat(NOT_JSON)
                .allSatisfy(listed -> assertThat(outcomes.notJson)
                        .as("a sample for " + listed)
                        .anyMatch(name -> matches(listed, name)));
        assertThat(outcomes.onlyReaderRefuses)
                .as("refused by the reader only, each for a rule a schema cannot state: %s", ONLY_THE_READER_REFUSES)
                .containsExactlyInAnyOrder("duplicate-stage-id", "dangling-stage", "duplicate-key");
        assertThat(outcomes.onlySchemaRefuses).isEmpty();
        assertThat(outcomes.bothRefuse).hasSizeGreaterThan(25);
        assertThat(outcomes.bothAccept).containsExactlyInAnyOrder("utf16", "utf8-bom", "lone-surrogate");
    }

    /**
     * A file broken in one way for each rule the schema states: both refuse it. All but the cards of a lane, whose
     * limit (200,000) is the one number not tried here: a file that breaks it took 20 seconds to check. The last test
     * checks that number against the reader's.
     */
    @Test
    void eachRuleTheSchemaStatesRefusesWhatTheReaderRefuses() {
        Map<String, Consumer<ObjectNode>> edits = new LinkedHashMap<>();
        edits.put("version-3", root -> root.put("version", MapFormat.CURRENT_VERSION + 1));
        edits.put("version-missing", root -> root.remove("version"));
        edits.put("type-missing", root -> root.remove("type"));
        edits.put("map-missing", root -> root.remove("map"));
        edits.put("map-null", root -> root.putNull("map"));
        edits.put("map-id-missing", root -> map(root).remove("id"));
        edits.put("id-empty", root -> persona(root).put("id", ""));
        edits.put("id-65-characters", root -> persona(root).put("id", "p".repeat(65)));
        edits.put("id-with-a-space", root -> persona(root).put("id", "p 1"));
        edits.put("id-with-a-newline-after", root -> lane(root, 0).put("id", "l1\n"));
        edits.put("card-stage-missing", root -> card(root, 0).remove("stage"));
        edits.put("card-stage-not-an-id", root -> card(root, 0).put("stage", "s1!"));
        edits.put("stage-not-an-object", root -> ((ArrayNode) map(root).get("stages")).add("s2"));
        edits.put("card-null", root -> ((ArrayNode) lane(root, 0).get("cards")).addNull());
        edits.put("lane-kind-missing", root -> lane(root, 1).remove("kind"));
        edits.put("lane-kind-unknown", root -> lane(root, 1).put("kind", "FEELINGS"));
        edits.put("channel-unknown", root -> card(root, 0).put("channel", "FAX"));
        edits.put("channel-on-an-emotion", root -> card(root, 1).put("channel", "EMAIL"));
        edits.put("score-on-a-touchpoint", root -> card(root, 0).put("score", 1));
        edits.put("score-minus-three", root -> card(root, 1).put("score", -3));
        edits.put("score-true", root -> card(root, 1).put("score", true));
        edits.put("colour-three-digits", root -> persona(root).put("color", "#FFF"));
        edits.put("colour-with-a-newline-after", root -> persona(root).put("color", "#E07A5F\n"));
        edits.put("colour-number", root -> card(root, 0).put("color", 123));
        edits.put("photo-gif", root -> persona(root).put("photo", "data:image/gif;base64,R0lGODlh"));
        edits.put(
                "picture-on-a-touchpoint", root -> card(root, 0).put("picture", "data:image/png;base64,iVBORw0KGgo="));
        edits.put("picture-number", root -> card(root, 0).put("picture", 7));
        edits.put(
                "photo-too-long", root -> persona(root).put("photo", "data:image/png;base64," + "A".repeat(2_000_000)));
        edits.put("text-too-long", root -> map(root).put("title", "x".repeat(20_001)));
        edits.put("text-a-list", root -> card(root, 0).putArray("note"));
        edits.put("goal-null", root -> persona(root).putArray("goals").addNull());
        edits.put("tag-too-long", root -> card(root, 0).putArray("tags").add("t".repeat(20_001)));
        edits.put("too-many-goals", root -> fill(persona(root).putArray("goals"), 201, i -> "goal"));
        edits.put("too-many-tags", root -> fill(card(root, 0).putArray("tags"), 201, i -> "tag"));
        edits.put("figures-a-number", root -> stage(root).put("figures", 3));
        edits.put("figures-entered-negative", root -> figures(root).put("entered", -1));
        edits.put("figures-entered-a-fraction", root -> figures(root).put("entered", 2.5));
        edits.put("figures-conversion-text", root -> figures(root).put("conversion", "62 %"));
        edits.put("figures-conversion-over-100", root -> figures(root).put("conversion", 100.5));
        edits.put("figures-csat-negative", root -> figures(root).put("csat", -1));
        edits.put("figures-nps-below-100", root -> figures(root).put("nps", -101));
        edits.put("figures-time-without-unit", root -> figures(root).put("time", 5));
        edits.put("figures-time-unit-null", root -> figures(root).put("time", 5).putNull("timeUnit"));
        edits.put(
                "figures-time-unit-unknown",
                root -> figures(root).put("time", 5).put("timeUnit", "FORTNIGHTS"));
        edits.put("figures-time-negative", root -> figures(root).put("time", -5).put("timeUnit", "DAYS"));
        edits.put("future-score-on-a-touchpoint", root -> card(root, 0).put("futureScore", 1));
        edits.put("future-score-three", root -> card(root, 1).put("futureScore", 3));
        edits.put("opportunity-on-an-emotion", root -> card(root, 1).putObject("opportunity"));
        edits.put("opportunity-a-list", root -> card(root, 1).putArray("opportunity"));
        edits.put("connector-style-unknown", root -> connector(root).put("style", "DOTTED"));
        edits.put("connector-from-missing", root -> connector(root).remove("from"));
        edits.put("connector-label-a-number", root -> connector(root).put("label", 7));
        edits.put("connectors-an-object", root -> map(root).putObject("connectors"));
        edits.put("too-many-stages", root -> {
            ArrayNode stages = (ArrayNode) map(root).get("stages");
            for (int i = 2; i <= 1001; i++) {
                stages.addObject().put("id", "s" + i);
            }
        });
        edits.put("too-many-personas", root -> {
            ArrayNode personas = (ArrayNode) map(root).get("personas");
            for (int i = 2; i <= 201; i++) {
                personas.addObject().put("id", "p" + i);
            }
        });
        edits.put("too-many-lanes", root -> {
            ArrayNode lanes = (ArrayNode) persona(root).get("lanes");
            for (int i = 3; i <= 101; i++) {
                lanes.addObject().put("id", "l" + i).put("kind", "NOTES");
            }
        });

        Outcomes outcomes = outcomes(edited(edits));

        assertThat(outcomes.bothRefuse).containsExactlyElementsOf(edits.keySet());
    }

    /**
     * What the reader tolerates the schema allows: missing optional fields, nulls, unknown fields, an empty map, and
     * the rules it cannot state (each refused by the reader only).
     */
    @Test
    void whatOnlyTheReaderRefusesIsListedAndWhatItToleratesPasses() {
        Map<String, Consumer<ObjectNode>> tolerated = new LinkedHashMap<>();
        tolerated.put("unknown-fields-everywhere", root -> {
            root.put("generator", "another tool");
            map(root).putObject("theme").put("dark", true);
            persona(root).put("x-extra", 1);
            lane(root, 0).putArray("x-list").add(1);
            card(root, 0).putNull("x-null");
        });
        tolerated.put("optional-fields-missing", root -> {
            for (String field : List.of("title", "description", "stages", "personas")) {
                map(root).remove(field);
            }
        });
        tolerated.put("optional-fields-null", root -> {
            map(root).putNull("title");
            card(root, 1).putNull("tags").putNull("text").putNull("score");
            lane(root, 1).putNull("title");
            persona(root).putNull("goals").putNull("name").putNull("photo");
        });
        tolerated.put("lists-null", root -> persona(root).putNull("lanes"));
        tolerated.put("lane-title-missing", root -> lane(root, 0).remove("title"));
        tolerated.put("lowercase-colour", root -> persona(root).put("color", "#e07a5f"));
        tolerated.put("jpeg-photo", root -> persona(root).put("photo", "data:image/jpeg;base64,/9j/4AAQ"));
        tolerated.put("longest-id", root -> persona(root).put("id", "P_-9".repeat(16)));
        tolerated.put("longest-text", root -> map(root).put("title", "x".repeat(20_000)));
        tolerated.put("scores-at-the-ends", root -> card(root, 1).put("score", -2));
        tolerated.put("figures-null", root -> stage(root).putNull("figures"));
        tolerated.put("figures-empty", root -> stage(root).putObject("figures"));
        tolerated.put(
                "figures-at-the-ends",
                root -> figures(root)
                        .put("entered", 0)
                        .put("conversion", 100)
                        .put("csat", 0)
                        .put("nps", -100)
                        .put("time", 0)
                        .put("timeUnit", "WEEKS"));
        tolerated.put("figures-unit-without-time", root -> figures(root).put("timeUnit", "DAYS"));
        tolerated.put("connector", root -> connector(root).put("label", "hands over"));
        tolerated.put(
                "connector-optional-fields-missing", root -> connector(root).remove(List.of("label", "style")));
        tolerated.put("connectors-null", root -> map(root).putNull("connectors"));

        Map<String, Consumer<ObjectNode>> readerOnly = new LinkedHashMap<>();
        readerOnly.put("duplicate-card-id", root -> card(root, 1).put("id", "c1"));
        readerOnly.put("card-stage-names-a-persona", root -> card(root, 1).put("stage", "p1"));
        readerOnly.put("text-too-long-in-utf16", root -> map(root).put("title", "😀".repeat(15_000)));
        readerOnly.put("nested-too-deep-in-unknown-field", root -> {
            ArrayNode nested = map(root).putArray("x-deep");
            for (int i = 0; i < 40; i++) {
                nested = nested.addArray();
            }
        });
        readerOnly.put("connector-to-a-missing-card", root -> connector(root).put("to", "c9"));
        readerOnly.put("connector-to-itself", root -> connector(root).put("to", "c1"));
        readerOnly.put("score-1.0", root -> card(root, 1).put("score", new BigDecimal("1.0")));
        readerOnly.put("version-1.0", root -> root.put("version", new BigDecimal("1.0")));

        Outcomes accepted = outcomes(edited(tolerated));
        Outcomes refusedByTheReader = outcomes(edited(readerOnly));

        assertThat(accepted.bothAccept).containsExactlyElementsOf(tolerated.keySet());
        assertThat(refusedByTheReader.onlyReaderRefuses).containsExactlyElementsOf(readerOnly.keySet());
        Set<String> listed = new TreeSet<>(readerOnly.keySet());
        listed.addAll(List.of("duplicate-stage-id", "dangling-stage", "duplicate-key"));
        assertThat(ONLY_THE_READER_REFUSES.keySet()).containsExactlyElementsOf(listed);
    }

    @Test
    void theSchemaNamesTheSameKindsChannelsLimitsAndFieldsAsTheCode() {
        JsonNode defs = SCHEMA_TREE.get("$defs");
        assertThat(texts(defs.at("/laneKind/enum")))
                .containsExactlyElementsOf(
                        Arrays.stream(LaneKind.values()).map(Enum::name).toList());
        List<String> channels =
                new ArrayList<>(Arrays.stream(Channel.values()).map(Enum::name).toList());
        channels.add(null);
        assertThat(texts(defs.at("/card/properties/channel/enum"))).containsExactlyElementsOf(channels);

        assertThat(SCHEMA_TREE.at("/properties/type/const").asText()).isEqualTo(MapFormat.TYPE);
        List<Integer> versions = new ArrayList<>();
        SCHEMA_TREE.at("/properties/version/enum").forEach(version -> versions.add(version.asInt()));
        assertThat(versions)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, MapFormat.CURRENT_VERSION)
                        .boxed()
                        .toList());
        assertThat(defs.at("/card/properties/score/minimum").asInt()).isEqualTo(Card.MIN_SCORE);
        assertThat(defs.at("/card/properties/score/maximum").asInt()).isEqualTo(Card.MAX_SCORE);

        FileLimits limits = FileLimits.DEFAULT;
        assertThat(defs.at("/text/maxLength").asInt()).isEqualTo(limits.maxTextLength());
        assertThat(defs.at("/texts/items/maxLength").asInt()).isEqualTo(limits.maxTextLength());
        assertThat(defs.at("/photo/maxLength").asInt()).isEqualTo(limits.maxPhotoLength());
        assertThat(defs.at("/map/properties/stages/maxItems").asInt()).isEqualTo(limits.maxStages());
        assertThat(defs.at("/map/properties/personas/maxItems").asInt()).isEqualTo(limits.maxPersonas());
        assertThat(defs.at("/persona/properties/lanes/maxItems").asInt()).isEqualTo(limits.maxLanesPerPersona());
        assertThat(defs.at("/lane/properties/cards/maxItems").asInt()).isEqualTo(limits.maxCards());
        assertThat(defs.at("/texts/maxItems").asInt()).isEqualTo(limits.maxListItems());

        JourneyMap sample = SampleMaps.threeStages();
        StageFigures figures = new StageFigures(100L, 50.0, 80.0, 10.0, new TimeSpent(2, TimeSpent.Unit.DAYS));
        JourneyMap measured = sample.withStages(sample.stages().stream()
                .map(stage -> stage.withFigures(figures))
                .toList());
        JsonNode written = parse(writer.toBytes(
                measured.withConnectors(List.of(new Connector("k1", "c1", "e1", "next", ConnectorStyle.DASHED)))));
        assertThat(fieldNames(SCHEMA_TREE.get("properties"))).isEqualTo(fieldNames(written));
        assertThat(fieldNames(defs.at("/map/properties"))).isEqualTo(fieldNames(written.get("map")));
        assertThat(fieldNames(defs.at("/connector/properties"))).isEqualTo(fieldNames(written.at("/map/connectors/0")));
        assertThat(texts(defs.at("/connector/properties/style/enum")))
                .containsExactlyElementsOf(
                        Stream.concat(Arrays.stream(ConnectorStyle.values()).map(Enum::name), Stream.of((String) null))
                                .toList());
        assertThat(fieldNames(defs.at("/stage/properties"))).isEqualTo(fieldNames(written.at("/map/stages/0")));
        assertThat(fieldNames(defs.at("/stageFigures/properties")))
                .isEqualTo(fieldNames(written.at("/map/stages/0/figures")));
        assertThat(texts(defs.at("/stageFigures/properties/timeUnit/enum")))
                .containsExactlyElementsOf(
                        Stream.concat(Arrays.stream(TimeSpent.Unit.values()).map(Enum::name), Stream.of((String) null))
                                .toList());
        assertThat(defs.at("/stageFigures/properties/nps/minimum").asInt()).isEqualTo(StageFigures.MIN_NPS);
        assertThat(defs.at("/stageFigures/properties/nps/maximum").asInt()).isEqualTo(StageFigures.MAX_NPS);
        assertThat(fieldNames(defs.at("/persona/properties"))).isEqualTo(fieldNames(written.at("/map/personas/0")));
        assertThat(fieldNames(defs.at("/lane/properties")))
                .isEqualTo(fieldNames(written.at("/map/personas/0/lanes/0")));
        JsonNode storyboard = parse(writer.toBytes(SampleMaps.withStoryboard()));
        JsonNode ranked = parse(writer.toBytes(SampleMaps.withRankedOpportunity()));
        List<String> cardFields = new ArrayList<>(fieldNames(storyboard.at("/map/personas/0/lanes/0/cards/0")));
        cardFields.add("futureScore");
        cardFields.add("opportunity");
        assertThat(fieldNames(defs.at("/card/properties"))).isEqualTo(cardFields);
        assertThat(fieldNames(ranked.at("/map/personas/0/lanes/1/cards/0"))).contains("futureScore");
        assertThat(fieldNames(ranked.at("/map/personas/0/lanes/3/cards/0"))).contains("opportunity");
        assertThat(fieldNames(defs.at("/opportunity/properties")))
                .isEqualTo(fieldNames(ranked.at("/map/personas/0/lanes/3/cards/0/opportunity")));
        assertThat(texts(defs.at("/opportunity/properties/status/enum")))
                .containsExactlyElementsOf(Stream.concat(
                                Arrays.stream(OpportunityStatus.values()).map(Enum::name), Stream.of((String) null))
                        .toList());
        assertThat(fieldNames(written.at("/map/personas/0/lanes/0/cards/0")))
                .as("a card without a picture is written without the field")
                .doesNotContain("picture");
    }

    /** How the reader and the schema each judged some files. */
    private record Outcomes(
            List<String> notJson,
            List<String> bothAccept,
            List<String> bothRefuse,
            List<String> onlyReaderRefuses,
            List<String> onlySchemaRefuses) {}

    private Outcomes outcomes(Map<String, byte[]> files) {
        Outcomes outcomes = new Outcomes(
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        files.forEach((name, bytes) -> {
            JsonNode json = parse(bytes);
            boolean reader = readerAccepts(bytes);
            if (json == null) {
                assertThat(reader)
                        .as(name + " is not JSON, yet the reader opens it")
                        .isFalse();
                outcomes.notJson.add(name);
                return;
            }
            boolean schema = SCHEMA.validate(json).isEmpty();
            List<String> outcome = reader && schema
                    ? outcomes.bothAccept
                    : !reader && !schema
                            ? outcomes.bothRefuse
                            : reader ? outcomes.onlySchemaRefuses : outcomes.onlyReaderRefuses;
            outcome.add(name);
        });
        return outcomes;
    }

    private Map<String, byte[]> edited(Map<String, Consumer<ObjectNode>> edits) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        edits.forEach(
                (name, edit) -> files.put(name, MapTree.edited(example, edit).getBytes(UTF_8)));
        return files;
    }

    private static boolean isListedAsNotJson(String name) {
        return NOT_JSON.stream().anyMatch(listed -> matches(listed, name));
    }

    private static boolean matches(String listed, String name) {
        return listed.endsWith("*") ? name.startsWith(listed.substring(0, listed.length() - 1)) : listed.equals(name);
    }

    private boolean readerAccepts(byte[] bytes) {
        try {
            reader.read(bytes, "schema-test.journey");
            return true;
        } catch (MapFileException e) {
            return false;
        }
    }

    /** What the schema finds wrong with a file, as readable lines. */
    private static List<String> problems(byte[] bytes) {
        JsonNode json = parse(bytes);
        assertThat(json).as("a JSON value").isNotNull();
        return SCHEMA.validate(json).stream().map(Error::toString).toList();
    }

    /** The one JSON value in the bytes, or null when they are not one. */
    private static JsonNode parse(byte[] bytes) {
        try {
            JsonNode json = JSON.readTree(bytes);
            return json == null || json.isMissingNode() ? null : json;
        } catch (IOException e) {
            return null;
        }
    }

    private static JsonNode readSchemaFile() {
        try {
            return JSON.readTree(Files.readAllBytes(SCHEMA_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(ArrayNode list, int count, IntFunction<String> item) {
        for (int i = 0; i < count; i++) {
            list.add(item.apply(i));
        }
    }

    private static List<String> texts(JsonNode list) {
        List<String> texts = new ArrayList<>();
        list.forEach(item -> texts.add(item.isNull() ? null : item.asText()));
        return texts;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
