package org.journeycanvas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
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

    @Test
    void aKeyTwiceInOneObjectIsRefusedWhereTheSecondOneIs() {
        byte[] bytes = "{\n  \"a\": 1,\n  \"a\": 2\n}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> JsonTrees.read(FACTORY, bytes))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageStartingWith("Duplicate field 'a'")
                .satisfies(e -> assertThat(
                                ((JsonProcessingException) e).getLocation().getLineNr())
                        .isEqualTo(3));
    }

    @Test
    void textAfterTheDocumentIsRefused() {
        assertThatThrownBy(() -> JsonTrees.read(FACTORY, "{} []".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageStartingWith("Trailing token");
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
