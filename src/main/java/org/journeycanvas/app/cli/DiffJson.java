package org.journeycanvas.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.journeycanvas.compare.Difference;
import org.journeycanvas.compare.Place;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/**
 * {@code diff --json}: the differences for other tools, in the file format's own terms (ids, field names as in
 * the file, channels and lane kinds by their constants), never translated.
 */
final class DiffJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DiffJson() {}

    static String of(Path older, Path newer, List<Difference> differences) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("old", older.toString());
        root.put("new", newer.toString());
        root.put("equal", differences.isEmpty());
        var list = root.putArray("differences");
        for (Difference difference : differences) {
            list.add(node(difference));
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode node(Difference difference) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("change", difference.getClass().getSimpleName().toLowerCase(Locale.ROOT));
        node.put("element", difference.kind().name().toLowerCase(Locale.ROOT));
        node.put("id", difference.id());
        connectorEnds(difference, node);
        if (difference instanceof Difference.Added added) {
            node.put("name", name(added.element()));
            node.set("place", place(added.place()));
        } else if (difference instanceof Difference.Removed removed) {
            node.put("name", name(removed.element()));
            node.set("place", place(removed.place()));
        } else if (difference instanceof Difference.Moved moved) {
            node.put("name", name(moved.element()));
            node.set("from", place(moved.from()));
            node.set("to", place(moved.to()));
        } else if (difference instanceof Difference.Changed changed) {
            node.put("name", name(changed.element()));
            node.put("field", changed.field().name());
            node.set("old", value(changed.oldValue()));
            node.set("new", value(changed.newValue()));
        }
        return node;
    }

    /** A connector's cards, as ids: for an added or removed connector, its place in the file's list says little. */
    private static void connectorEnds(Difference difference, ObjectNode node) {
        Object element = difference instanceof Difference.Added added
                ? added.element()
                : difference instanceof Difference.Removed removed ? removed.element() : null;
        if (element instanceof Connector connector) {
            node.put("from", connector.fromCardId());
            node.put("to", connector.toCardId());
        }
    }

    private static ObjectNode place(Place place) {
        ObjectNode node = MAPPER.createObjectNode();
        if (place.personaId() != null) {
            node.put("persona", place.personaId());
        }
        if (place.laneId() != null) {
            node.put("lane", place.laneId());
        }
        if (place.stageId() != null) {
            node.put("stage", place.stageId());
        }
        node.put("index", place.index());
        return node;
    }

    private static JsonNode value(Object value) {
        return value instanceof Enum<?> constant ? MAPPER.valueToTree(constant.name()) : MAPPER.valueToTree(value);
    }

    private static String name(Object element) {
        if (element instanceof Stage stage) {
            return stage.name();
        }
        if (element instanceof Persona persona) {
            return persona.name();
        }
        if (element instanceof Lane lane) {
            return lane.title();
        }
        if (element instanceof Connector connector) {
            return connector.label();
        }
        return element instanceof Card card ? card.text() : "";
    }
}
