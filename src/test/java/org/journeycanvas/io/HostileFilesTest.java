package org.journeycanvas.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.journeycanvas.io.MapTree.card;
import static org.journeycanvas.io.MapTree.lane;
import static org.journeycanvas.io.MapTree.map;
import static org.journeycanvas.io.MapTree.persona;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.RandomAccessFile;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a file can be wrong gives one clear message with its place, quickly, and never a stack trace. */
class HostileFilesTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(5);

    private final MapFileReader reader = new MapFileReader();
    private final String example;

    HostileFilesTest() throws Exception {
        example = new String(MapFileFormatTest.fixture("v1/design-example.canonical.journey"), UTF_8);
    }

    @Test
    void emptyFile() {
        assertThat(reject("")).hasMessage("bad.journey: the file is empty");
        assertThat(reject(" \n\t\n")).hasMessage("bad.journey: the file is empty");
    }

    @Test
    void truncatedFile() {
        MapFileException problem = reject(example.substring(0, example.length() / 2));
        assertThat(problem.problem()).startsWith("the file ends too early");
        assertThat(problem.line()).isGreaterThan(30);
    }

    @Test
    void notJson() {
        MapFileException problem = reject("Customer journey:\n- awareness\n- purchase\n");
        assertThat(problem.problem()).startsWith("not valid JSON");
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.getMessage()).doesNotContain("Source:").doesNotContain("\n");
    }

    @Test
    void binaryFile() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', (byte) 0xff};
        MapFileException problem = rejectBytes(png);
        assertThat(problem.problem()).contains("not");
        assertThat(problem.getMessage()).doesNotContain("\n");
    }

    @Test
    void invalidUtf8InsideText() {
        byte[] bytes = example.replace("Industry webinar", "Industry XX").getBytes(UTF_8);
        int at = new String(bytes, UTF_8).indexOf("XX");
        bytes[at] = (byte) 0xC3;
        bytes[at + 1] = (byte) 0x28;
        MapFileException problem = rejectBytes(bytes);
        assertThat(problem.problem()).contains("UTF-8");
        assertThat(problem.line()).isEqualTo(lineOf(example, "Industry webinar"));
    }

    @Test
    void jsonThatIsNotAMap() {
        assertThat(reject("[1, 2, 3]").problem()).startsWith("this is not a Journey Canvas map");
        assertThat(reject("{\"type\": \"excalidraw\", \"version\": 2}").problem())
                .isEqualTo("type: this is not a Journey Canvas map (expected \"type\": \"journey-canvas\", "
                        + "found text \"excalidraw\")");
        assertThat(reject("{\"type\": \"journey-canvas\", \"version\": 1}"))
                .hasMessage("bad.journey: \"map\" is missing");
    }

    @Test
    void wrongTypeOfValue() {
        String text = example.replace("\"title\": \"Fleet software: B2B buyer journey\"", "\"title\": 5");
        MapFileException problem = reject(text);
        assertThat(problem.problem()).isEqualTo("map.title: expected text, found the number 5");
        assertThat(problem.line()).isEqualTo(lineOf(text, "\"title\": 5"));
        assertThat(problem.column()).isEqualTo(columnOf(text, "\"title\": 5") + "\"title\": ".length());

        assertThat(reject(edited(root -> {
                            JsonNode stages = map(root).get("stages");
                            map(root).putObject("stages").set("a", stages);
                        }))
                        .problem())
                .isEqualTo("map.stages: expected a list, found an object");
        assertThat(reject(edited(root -> persona(root).putArray("goals").add(true)))
                        .problem())
                .isEqualTo("map.personas[0].goals[0]: expected text, found true");
    }

    @Test
    void duplicateIds() {
        String text = example.replace("\"id\": \"c2\"", "\"id\": \"c1\"");
        MapFileException problem = reject(text);
        assertThat(problem.problem())
                .isEqualTo("map.personas[0].lanes[1].cards[0].id: id \"c1\" is already used by "
                        + "map.personas[0].lanes[0].cards[0].id");
        assertThat(problem.line()).isEqualTo(lineOf(text, "\"id\": \"c1\"", 2));
    }

    @Test
    void duplicateKeys() {
        String text = example.replace(
                "\"note\": \"\",\n                \"channel\": \"WEBINAR\"",
                "\"note\": \"\",\n                \"note\": \"again\",\n                \"channel\": \"WEBINAR\"");
        MapFileException problem = reject(text);
        assertThat(problem.problem()).isEqualTo("the same key appears twice in one object: 'note'");
        assertThat(problem.line()).isEqualTo(lineOf(text, "\"note\": \"again\""));
    }

    @Test
    void danglingStageReference() {
        String text = example.replace(
                "\"stage\": \"s1\",\n                \"text\": \"Curious\"",
                "\"stage\": \"s9\",\n                \"text\": \"Curious\"");
        MapFileException problem = reject(text);
        assertThat(problem)
                .hasMessage("bad.journey:" + lineOf(text, "\"s9\"") + ":" + (columnOf(text, "\"s9\""))
                        + ": map.personas[0].lanes[1].cards[0].stage: no stage \"s9\"");
    }

    @Test
    void aConnectorToAMissingCardIsRefusedAtItsEnd() {
        String text = MapTree.edited(example, root -> MapTree.connector(root).put("to", "c9"));
        MapFileException problem = reject(text);
        assertThat(problem.problem()).isEqualTo("map.connectors[0].to: no card \"c9\" (a connector joins two cards)");
        assertThat(problem.line()).isEqualTo(lineOf(text, "\"c9\""));
        assertThat(reject(MapTree.edited(
                                example, root -> MapTree.connector(root).put("style", "WAVY")))
                        .problem())
                .isEqualTo("map.connectors[0].style: unknown connector style \"WAVY\" (expected one of SOLID, DASHED)");
    }

    @Test
    void scoreOutOfRangeOrNotWhole() {
        String seven = example.replace("\"score\": 1", "\"score\": 7");
        MapFileException problem = reject(seven);
        assertThat(problem.problem())
                .isEqualTo("map.personas[0].lanes[1].cards[0].score: must be a whole number from -2 to +2, not 7");
        assertThat(problem.line()).isEqualTo(lineOf(seven, "\"score\": 7"));

        assertThat(reject(edited(root -> card(root, 1).put("score", 1.5))).problem())
                .isEqualTo("map.personas[0].lanes[1].cards[0].score: expected a whole number from -2 to +2, "
                        + "found the number 1.5");
        assertThat(reject(edited(root -> card(root, 1).put("score", new BigInteger("99999999999999999999"))))
                        .problem())
                .contains("expected a whole number");
        assertThat(reject(edited(root -> card(root, 0).put("score", 1))).problem())
                .isEqualTo("map.personas[0].lanes[0].cards[0].score: only emotion cards have a score "
                        + "(this is a touchpoints lane)");
    }

    @Test
    void unknownKindAndChannel() {
        assertThat(reject(edited(root -> lane(root, 1).put("kind", "FEELINGS"))).problem())
                .startsWith(
                        "map.personas[0].lanes[1].kind: unknown lane kind \"FEELINGS\" (expected one of STORYBOARD, ACTIONS,");
        assertThat(reject(edited(root -> card(root, 0).put("channel", "Webinar")))
                        .problem())
                .startsWith("map.personas[0].lanes[0].cards[0].channel: unknown channel \"Webinar\"");
    }

    @Test
    void badColourAndMissingId() {
        assertThat(reject(edited(root -> persona(root).put("color", "coral"))).problem())
                .isEqualTo("map.personas[0].color: \"coral\" is not a colour (expected #RRGGBB or null)");
        MapFileException missingId = reject(edited(root -> lane(root, 1).remove("id")));
        assertThat(missingId.problem()).isEqualTo("map.personas[0].lanes[1]: \"id\" is missing");
        assertThat(missingId.line()).isGreaterThan(0);
    }

    @Test
    void newerVersionIsRefusedWithAnExplanation() {
        MapFileException problem = reject(example.replace("\"version\": 1", "\"version\": 99"));
        assertThat(problem)
                .hasMessage("bad.journey:3:14: version: this map was saved by a newer Journey Canvas "
                        + "(file version 99; this app reads up to version 2). Update Journey Canvas to open it.");
    }

    @Test
    void badOrMissingVersion() {
        assertThat(reject(edited(root -> root.put("version", "1"))).problem())
                .isEqualTo("version: expected a file version (a whole number from 1), found text \"1\"");
        assertThat(reject(edited(root -> root.put("version", 0))).problem())
                .startsWith("version: expected a file version");
        assertThat(reject(edited(root -> root.remove("version"))).problem()).isEqualTo("\"version\" is missing");
    }

    @Test
    void deepNesting() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThat(reject(deep).problem()).isEqualTo("the file is nested more than 32 levels deep");
        String deepInMap = example.replace("\"goals\": []", "\"goals\": " + "[".repeat(10_000) + "]".repeat(10_000));
        assertThat(reject(deepInMap).problem()).isEqualTo("the file is nested more than 32 levels deep");
    }

    @Test
    void hugeFileIsRefusedBeforeReading(@TempDir Path folder) throws Exception {
        Path huge = folder.resolve("huge.journey");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(60L * 1024 * 1024);
        }
        MapFileException problem = assertTimeoutPreemptively(
                HANG_GUARD, () -> catchThrowableOfType(MapFileException.class, () -> reader.read(huge)));
        assertThat(problem).hasMessage(huge + ": the file is 60.0 MB; the limit is 50.0 MB");
    }

    @Test
    void hugeTextIsRefused() {
        assertThat(reject(edited(root -> map(root).put("title", "x".repeat(25_000))))
                        .problem())
                .isEqualTo("map.title: text of 25000 characters is longer than the limit of 20000");
        assertThat(reject(edited(root -> persona(root).put("photo", "A".repeat(2_100_000))))
                        .problem())
                .startsWith("a text is longer than the limit");
    }

    @Test
    void tooManyCards() {
        MapFileReader strict = new MapFileReader(new FileLimits(1_000_000, 100, 100, 32, 10, 10, 10, 1, 10));
        MapFileException problem =
                catchThrowableOfType(MapFileException.class, () -> strict.read(example.getBytes(UTF_8), "bad.journey"));
        assertThat(problem.problem()).isEqualTo("map.personas[0].lanes[1].cards: the map has more than 1 cards");
    }

    @Test
    void trailingContent() {
        assertThat(reject(example + "{}").problem()).startsWith("there is more text after the end of the map");
    }

    @Test
    void missingFileAndFolder(@TempDir Path folder) {
        Path missing = folder.resolve("gone.journey");
        assertThat(catchThrowableOfType(MapFileException.class, () -> reader.read(missing)))
                .hasMessage(missing + ": no such file");
        assertThat(catchThrowableOfType(MapFileException.class, () -> reader.read(folder)))
                .hasMessage(folder + ": is a folder, not a map file");
    }

    @Test
    void fileOnDiskIsReadWithItsNameInTheMessage(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("broken.journey");
        Files.writeString(file, "{");
        assertThat(catchThrowableOfType(MapFileException.class, () -> reader.read(file))
                        .getMessage())
                .startsWith(file + ":1:2: the file ends too early");
    }

    private String edited(Consumer<ObjectNode> change) {
        return MapTree.edited(example, change);
    }

    private MapFileException reject(String text) {
        return rejectBytes(text.getBytes(UTF_8));
    }

    private MapFileException rejectBytes(byte[] bytes) {
        MapFileException problem = assertTimeoutPreemptively(
                HANG_GUARD,
                () -> catchThrowableOfType(MapFileException.class, () -> reader.read(bytes, "bad.journey")));
        assertThat(problem).as("the file should be rejected").isNotNull();
        assertThat(problem.getMessage()).doesNotContain("Exception").doesNotContain("\n");
        return problem;
    }

    private static int lineOf(String text, String needle) {
        return lineOf(text, needle, 1);
    }

    private static int lineOf(String text, String needle, int occurrence) {
        int at = -1;
        for (int i = 0; i < occurrence; i++) {
            at = text.indexOf(needle, at + 1);
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static int columnOf(String text, String needle) {
        int at = text.indexOf(needle);
        return at - text.lastIndexOf('\n', at - 1);
    }
}
