package org.journeycanvas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written tree reader gives the tree databind's mapper gives, and refuses what the reader refused. */
class JsonTreesTest {
    private static final JsonFactory FACTORY = new JsonFactory();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"a\": 1, \"b\": [true, false, null], \"c\": {\"d\": \"text ✓ ไทย\"}}",
                "[1, 2147483648, 9223372036854775808, -0.5, 1e300, 12.0]",
                "\"just text\"",
                "42",
                "{}",
                "[[], [{}], {\"x\": []}]"
            })
    void readsTheTreeTheMapperReads(String json) throws Exception {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        JsonNode expected = new ObjectMapper().readTree(bytes);

        JsonNode read = JsonTrees.read(FACTORY, bytes);

        assertThat(read).isEqualTo(expected);
        assertThat(read.toString()).isEqualTo(expected.toString());
    }

    @Test
    void numbersKeepTheirKinds() throws Exception {
        JsonNode read =
                JsonTrees.read(FACTORY, "[1, 2147483648, 9223372036854775808, 0.5]".getBytes(StandardCharsets.UTF_8));

        assertThat(read.get(0).isInt()).isTrue();
        assertThat(read.get(1).isLong()).isTrue();
        assertThat(read.get(2).isBigInteger()).isTrue();
        assertThat(read.get(3).isDouble()).isTrue();
    }

    /** Where the second value starts, as databind's mapper said: line 3, column 8 for all three. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\n  \"a\": 1,\n  \"a\": 22\n}",
                "{\n  \"a\": 1,\n  \"a\": {\n    \"b\": 1\n  }\n}",
                "{\n  \"a\": 1,\n  \"a\": [1,\n 2]\n}"
            })
    void aKeyTwiceInOneObjectIsRefusedWhereItsSecondValueStarts(String json) {
        assertThatThrownBy(() -> JsonTrees.read(FACTORY, json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageStartingWith("Duplicate field 'a'")
                .satisfies(e -> assertThat(place((JsonProcessingException) e)).isEqualTo("3:8"));
    }

    @Test
    void textAfterTheDocumentIsRefusedWhereItStarts() {
        assertThatThrownBy(() -> JsonTrees.read(FACTORY, "{}\n  [1]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageStartingWith("Trailing token")
                .satisfies(e -> assertThat(place((JsonProcessingException) e)).isEqualTo("2:3"));
    }

    @Test
    void aSmallFileIsReadLenientlyAsTheSettingsWere(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("settings.json");
        Files.writeString(file, "{\"theme\": \"LIGHT\", \"theme\": \"DARK\"} trailing");

        assertThat(JsonTrees.read(file).get("theme").textValue()).isEqualTo("DARK");
    }

    private static String place(JsonProcessingException e) {
        return e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
    }

    @Test
    void aDocumentCutShortIsRefused() {
        assertThatThrownBy(() -> JsonTrees.read(FACTORY, "{\"a\": [1, 2".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("end-of-input");
    }

    @Test
    void anEmptyDocumentIsAMissingNode() throws Exception {
        assertThat(JsonTrees.read(FACTORY, new byte[0]).isMissingNode()).isTrue();
    }
}
