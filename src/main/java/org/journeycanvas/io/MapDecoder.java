package org.journeycanvas.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Channel;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.ConnectorStyle;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.MapInvariantException;
import org.journeycanvas.model.Opportunity;
import org.journeycanvas.model.OpportunityStatus;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;
import org.journeycanvas.model.StageFigures;

/**
 * Builds the model from the {@code map} object of a file (already migrated to the current version).
 * A missing optional field takes its default and an unknown field is ignored; a field of the wrong type, a
 * limit exceeded or a broken rule of the model is a {@link FormatProblem} at its JSON path.
 */
final class MapDecoder {
    private final FileLimits limits;
    private int cardCount;

    MapDecoder(FileLimits limits) {
        this.limits = limits;
    }

    JourneyMap decode(JsonNode map, JsonPath path) throws FormatProblem {
        requireObject(map, path);
        List<Stage> stages = new ArrayList<>();
        List<JsonNode> stageNodes = array(map, "stages", path, limits.maxStages());
        for (int i = 0; i < stageNodes.size(); i++) {
            stages.add(stage(stageNodes.get(i), path.field("stages").index(i)));
        }
        List<Persona> personas = new ArrayList<>();
        List<JsonNode> personaNodes = array(map, "personas", path, limits.maxPersonas());
        for (int i = 0; i < personaNodes.size(); i++) {
            personas.add(persona(personaNodes.get(i), path.field("personas").index(i)));
        }
        // as many connectors as cards may be: a real map has far fewer, and the limit keeps a hostile list short
        List<Connector> connectors = new ArrayList<>();
        List<JsonNode> connectorNodes = array(map, "connectors", path, limits.maxCards());
        for (int i = 0; i < connectorNodes.size(); i++) {
            connectors.add(
                    connector(connectorNodes.get(i), path.field("connectors").index(i)));
        }
        String id = requiredText(map, "id", path);
        String title = text(map, "title", path);
        String description = text(map, "description", path);
        return build(path, () -> new JourneyMap(id, title, description, stages, personas, connectors));
    }

    private Connector connector(JsonNode node, JsonPath path) throws FormatProblem {
        requireObject(node, path);
        String id = requiredText(node, "id", path);
        String from = requiredText(node, "from", path);
        String to = requiredText(node, "to", path);
        String label = text(node, "label", path);
        ConnectorStyle style = connectorStyle(node, path);
        return build(path, () -> new Connector(id, from, to, label, style));
    }

    private ConnectorStyle connectorStyle(JsonNode connector, JsonPath path) throws FormatProblem {
        String name = nullableText(connector, "style", path, limits.maxTextLength());
        if (name == null) {
            return ConnectorStyle.SOLID;
        }
        try {
            return ConnectorStyle.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new FormatProblem(
                    path.field("style").toString(),
                    Messages.get(
                            "file.error.unknownConnectorStyle",
                            name,
                            String.join(", ", names(ConnectorStyle.values()))));
        }
    }

    private Stage stage(JsonNode node, JsonPath path) throws FormatProblem {
        requireObject(node, path);
        String id = requiredText(node, "id", path);
        String name = text(node, "name", path);
        String description = text(node, "description", path);
        String color = nullableText(node, "color", path, limits.maxTextLength());
        StageFigures figures = StageFiguresDecoder.figures(node, path);
        return build(path, () -> new Stage(id, name, description, color, figures));
    }

    private Persona persona(JsonNode node, JsonPath path) throws FormatProblem {
        requireObject(node, path);
        String id = requiredText(node, "id", path);
        String name = text(node, "name", path);
        String role = text(node, "role", path);
        String quote = text(node, "quote", path);
        String description = text(node, "description", path);
        List<String> goals = texts(node, "goals", path);
        String color = nullableText(node, "color", path, limits.maxTextLength());
        String photo = nullableText(node, "photo", path, limits.maxPhotoLength());
        List<Lane> lanes = new ArrayList<>();
        List<JsonNode> laneNodes = array(node, "lanes", path, limits.maxLanesPerPersona());
        for (int i = 0; i < laneNodes.size(); i++) {
            lanes.add(lane(laneNodes.get(i), path.field("lanes").index(i)));
        }
        return build(path, () -> new Persona(id, name, role, quote, description, goals, color, photo, lanes));
    }

    private Lane lane(JsonNode node, JsonPath path) throws FormatProblem {
        requireObject(node, path);
        String id = requiredText(node, "id", path);
        LaneKind kind = laneKind(node, path);
        String title = node.has("title") ? text(node, "title", path) : kind.title();
        List<Card> cards = new ArrayList<>();
        List<JsonNode> cardNodes = array(node, "cards", path, limits.maxCards());
        cardCount += cardNodes.size();
        if (cardCount > limits.maxCards()) {
            throw new FormatProblem(
                    path.field("cards").toString(),
                    Messages.get("file.error.tooManyCards", String.valueOf(limits.maxCards())));
        }
        for (int i = 0; i < cardNodes.size(); i++) {
            cards.add(card(cardNodes.get(i), path.field("cards").index(i)));
        }
        return build(path, () -> new Lane(id, kind, title, cards));
    }

    private Card card(JsonNode node, JsonPath path) throws FormatProblem {
        requireObject(node, path);
        String id = requiredText(node, "id", path);
        String stage = requiredText(node, "stage", path);
        String text = text(node, "text", path);
        String note = text(node, "note", path);
        Channel channel = channel(node, path);
        Integer score = score(node, path);
        String color = nullableText(node, "color", path, limits.maxTextLength());
        List<String> tags = texts(node, "tags", path);
        String picture = nullableText(node, "picture", path, limits.maxPhotoLength());
        Integer futureScore = wholeNumber(node, "futureScore", path, "file.error.expectedScore");
        Opportunity opportunity = opportunity(node, path);
        return build(
                path,
                () -> new Card(id, stage, text, note, channel, score, color, tags, picture, futureScore, opportunity));
    }

    /** A card's ranking as an opportunity; null when it has none. */
    private Opportunity opportunity(JsonNode card, JsonPath cardPath) throws FormatProblem {
        JsonNode node = card.get("opportunity");
        if (node == null || node.isNull()) {
            return null;
        }
        JsonPath path = cardPath.field("opportunity");
        requireObject(node, path);
        Integer impact = wholeNumber(node, "impact", path, "file.error.expectedRating");
        Integer effort = wholeNumber(node, "effort", path, "file.error.expectedRating");
        String owner = text(node, "owner", path);
        OpportunityStatus status = opportunityStatus(node, path);
        List<String> addresses = texts(node, "addresses", path);
        return build(path, () -> new Opportunity(impact, effort, owner, status, addresses));
    }

    private OpportunityStatus opportunityStatus(JsonNode opportunity, JsonPath path) throws FormatProblem {
        String name = nullableText(opportunity, "status", path, limits.maxTextLength());
        if (name == null) {
            return OpportunityStatus.IDEA;
        }
        try {
            return OpportunityStatus.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new FormatProblem(
                    path.field("status").toString(),
                    Messages.get(
                            "file.error.unknownStatus", name, String.join(", ", names(OpportunityStatus.values()))));
        }
    }

    private LaneKind laneKind(JsonNode lane, JsonPath path) throws FormatProblem {
        String name = requiredText(lane, "kind", path);
        try {
            return LaneKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new FormatProblem(
                    path.field("kind").toString(),
                    Messages.get("file.error.unknownLaneKind", name, String.join(", ", names(LaneKind.values()))));
        }
    }

    private Channel channel(JsonNode card, JsonPath path) throws FormatProblem {
        String name = nullableText(card, "channel", path, limits.maxTextLength());
        if (name == null) {
            return null;
        }
        try {
            return Channel.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new FormatProblem(
                    path.field("channel").toString(),
                    Messages.get("file.error.unknownChannel", name, String.join(", ", names(Channel.values()))));
        }
    }

    private static Integer score(JsonNode card, JsonPath path) throws FormatProblem {
        return wholeNumber(card, "score", path, "file.error.expectedScore");
    }

    /** A whole number field (a score, a rating), or null when it is missing or null; else {@code problemKey}. */
    private static Integer wholeNumber(JsonNode object, String field, JsonPath path, String problemKey)
            throws FormatProblem {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new FormatProblem(path.field(field).toString(), Messages.get(problemKey, describe(value)));
        }
        return value.intValue();
    }

    private String requiredText(JsonNode object, String field, JsonPath path) throws FormatProblem {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            throw new FormatProblem(path.toString(), Messages.get("file.error.missing", field));
        }
        return checkedText(value, path, field, limits.maxTextLength());
    }

    private String text(JsonNode object, String field, JsonPath path) throws FormatProblem {
        JsonNode value = object.get(field);
        return value == null || value.isNull() ? "" : checkedText(value, path, field, limits.maxTextLength());
    }

    private static String nullableText(JsonNode object, String field, JsonPath path, int maxLength)
            throws FormatProblem {
        JsonNode value = object.get(field);
        return value == null || value.isNull() ? null : checkedText(value, path, field, maxLength);
    }

    private List<String> texts(JsonNode object, String field, JsonPath path) throws FormatProblem {
        List<JsonNode> items = array(object, field, path, limits.maxListItems());
        List<String> texts = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            texts.add(checkedText(items.get(i), path.field(field), i, limits.maxTextLength()));
        }
        return texts;
    }

    private static List<JsonNode> array(JsonNode object, String field, JsonPath path, int maxItems)
            throws FormatProblem {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new FormatProblem(
                    path.field(field).toString(), Messages.get("file.error.expectedList", describe(value)));
        }
        if (value.size() > maxItems) {
            throw new FormatProblem(
                    path.field(field).toString(),
                    Messages.get("file.error.tooManyItems", String.valueOf(value.size()), String.valueOf(maxItems)));
        }
        List<JsonNode> items = new ArrayList<>(value.size());
        value.forEach(items::add);
        return items;
    }

    /** A text field's value; its path ({@code parent.field}) is spelled out only for a message. */
    private static String checkedText(JsonNode value, JsonPath parent, String field, int maxLength)
            throws FormatProblem {
        if (value.isTextual() && value.textValue().length() <= maxLength) {
            return value.textValue();
        }
        throw textProblem(value, parent.field(field), maxLength);
    }

    /** A list item's text; its path ({@code list[index]}) is spelled out only for a message. */
    private static String checkedText(JsonNode value, JsonPath list, int index, int maxLength) throws FormatProblem {
        if (value.isTextual() && value.textValue().length() <= maxLength) {
            return value.textValue();
        }
        throw textProblem(value, list.index(index), maxLength);
    }

    private static FormatProblem textProblem(JsonNode value, JsonPath path, int maxLength) {
        if (!value.isTextual()) {
            return new FormatProblem(path.toString(), Messages.get("file.error.expectedText", describe(value)));
        }
        return new FormatProblem(
                path.toString(),
                Messages.get(
                        "file.error.textLongerThanLimit",
                        String.valueOf(value.textValue().length()),
                        String.valueOf(maxLength)));
    }

    private static void requireObject(JsonNode node, JsonPath path) throws FormatProblem {
        if (!node.isObject()) {
            throw new FormatProblem(path.toString(), Messages.get("file.error.expectedObject", describe(node)));
        }
    }

    /** Runs a model constructor, turning a broken rule into a problem at the JSON path. */
    private static <T> T build(JsonPath path, Supplier<T> constructor) throws FormatProblem {
        try {
            return constructor.get();
        } catch (MapInvariantException e) {
            MapInvariantException located = e.within(path.toString());
            throw new FormatProblem(located.path(), located.problem());
        }
    }

    static String describe(JsonNode value) {
        if (value.isTextual()) {
            String text = value.textValue();
            return Messages.get("file.value.text", text.length() > 40 ? text.substring(0, 40) + "…" : text);
        }
        if (value.isNumber()) {
            return Messages.get("file.value.number", value.asText());
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        if (value.isNull()) {
            return "null";
        }
        if (value.isArray()) {
            return Messages.get("file.value.list");
        }
        return Messages.get(value.isObject() ? "file.value.object" : "file.value.anyOther");
    }

    private static List<String> names(Enum<?>[] values) {
        List<String> names = new ArrayList<>(values.length);
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names;
    }
}
