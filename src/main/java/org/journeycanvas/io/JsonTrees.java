package org.journeycanvas.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a JSON document into a tree with Jackson's streaming parser alone. Written by hand because databind's
 * {@code ObjectMapper}, which reads trees as well, loads some three hundred of databind's classes and takes a fifth
 * of a second to set up: the first window reads its blank map, the settings and the recovery folder before it
 * shows, and none of them needs the mapper's other powers.
 */
public final class JsonTrees {
    private static final JsonFactory PLAIN = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {}

    /**
     * A small file's tree, as the settings and recovery descriptions are, read as leniently as before: a key given
     * twice keeps its last value, and anything after the document is not looked at.
     */
    public static JsonNode read(Path file) throws IOException {
        return read(PLAIN, Files.readAllBytes(file), false);
    }

    /**
     * The tree of {@code bytes}, parsed by a parser of {@code factory} (so under its limits); a missing node for a
     * document with no value at all. A key twice in one object and anything after the document are refused where
     * they start, as databind's mapper refused them.
     */
    public static JsonNode read(JsonFactory factory, byte[] bytes) throws IOException {
        return read(factory, bytes, true);
    }

    private static JsonNode read(JsonFactory factory, byte[] bytes, boolean strict) throws IOException {
        try (JsonParser parser = factory.createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return MissingNode.getInstance();
            }
            JsonNode root = value(parser, first, strict);
            if (strict) {
                JsonToken trailing = parser.nextToken();
                if (trailing != null) {
                    throw new JsonParseException(
                            parser,
                            "Trailing token (of type " + trailing + ") found after value",
                            parser.currentTokenLocation());
                }
            }
            return root;
        }
    }

    private static JsonNode value(JsonParser parser, JsonToken token, boolean strict) throws IOException {
        if (token == null) {
            // The parser reports a document cut short itself; this is only in case it does not.
            throw new JsonParseException(parser, "Unexpected end-of-input");
        }
        return switch (token) {
            case START_OBJECT -> object(parser, strict);
            case START_ARRAY -> array(parser, strict);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> integer(parser);
            case VALUE_NUMBER_FLOAT ->
                parser.getNumberType() == JsonParser.NumberType.BIG_DECIMAL
                        ? NODES.numberNode(parser.getDecimalValue())
                        : NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new JsonParseException(parser, "Unexpected token (" + token + ")");
        };
    }

    private static ObjectNode object(JsonParser parser, boolean strict) throws IOException {
        ObjectNode object = NODES.objectNode();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken token = parser.nextToken();
            if (strict && object.has(name)) {
                throw new JsonParseException(
                        parser, "Duplicate field '" + name + "' in one object", parser.currentTokenLocation());
            }
            object.set(name, value(parser, token, strict));
        }
        return object;
    }

    private static ArrayNode array(JsonParser parser, boolean strict) throws IOException {
        ArrayNode array = NODES.arrayNode();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            array.add(value(parser, token, strict));
        }
        return array;
    }

    private static JsonNode integer(JsonParser parser) throws IOException {
        return switch (parser.getNumberType()) {
            case INT -> NODES.numberNode(parser.getIntValue());
            case LONG -> NODES.numberNode(parser.getLongValue());
            default -> NODES.numberNode(parser.getBigIntegerValue());
        };
    }
}
