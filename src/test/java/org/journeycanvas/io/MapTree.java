package org.journeycanvas.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;

/**
 * A map file changed as a JSON tree rather than as text, for files with exactly one fault of shape: nothing
 * depends on the file's spacing, and no value can break the JSON around it. Places are those of the design example.
 */
final class MapTree {
    static final ObjectMapper JSON = new ObjectMapper();

    private MapTree() {}

    /** The file written again, pretty-printed, after one change to its tree. */
    static String edited(String file, Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(file);
            change.accept(root);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getOriginalMessage(), e);
        }
    }

    static ObjectNode map(ObjectNode root) {
        return (ObjectNode) root.get("map");
    }

    static ObjectNode persona(ObjectNode root) {
        return (ObjectNode) map(root).get("personas").get(0);
    }

    static ObjectNode lane(ObjectNode root, int index) {
        return (ObjectNode) persona(root).get("lanes").get(index);
    }

    /** The first card of the lane at that index: in the design example, 0 the touchpoint "c1", 1 the emotion "c2". */
    static ObjectNode card(ObjectNode root, int lane) {
        return (ObjectNode) lane(root, lane).get("cards").get(0);
    }

    /** The map's first connector, made from "c1" to "c2" when the map has none. */
    static ObjectNode connector(ObjectNode root) {
        if (!map(root).has("connectors") || !map(root).get("connectors").isArray()) {
            map(root)
                    .putArray("connectors")
                    .addObject()
                    .put("id", "k1")
                    .put("from", "c1")
                    .put("to", "c2")
                    .put("label", "")
                    .put("style", "SOLID");
        }
        return (ObjectNode) map(root).get("connectors").get(0);
    }
}
