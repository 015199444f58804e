package org.journeycanvas.export.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.journeycanvas.export.pages.MapPage;
import org.journeycanvas.export.pages.Placement;
import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.StageColumn;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/**
 * What the web page's script knows beside the drawings: the interface texts, each card's details (its note, tags,
 * channel and score, which the drawing does not show), and for each drawing where its stages and cards are, in
 * the drawing's own units, for clicks and for dimming the other stages.
 */
final class HtmlPageData {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double POINT_REACH = CardBox.EMOTION_POINT_RADIUS + 3;

    /** A drawing on the page: the whole map or one persona. */
    record View(String label, MapPage page) {}

    private HtmlPageData() {}

    /** The data as JSON that is safe inside a script element: no "<", ">" or "&" that HTML could read. */
    static String json(JourneyMap map, String title, List<View> views) {
        ObjectNode root = JSON.createObjectNode();
        root.put("title", title);
        ObjectNode texts = root.putObject("texts");
        HtmlTexts.all().forEach(texts::put);
        ArrayNode stages = root.putArray("stages");
        for (Stage stage : map.stages()) {
            stages.addObject().put("id", stage.id()).put("name", stage.name());
        }
        // Only the cards the page's drawings show: a page of one persona carries no other persona's notes.
        Set<String> shown = new HashSet<>();
        views.forEach(view -> view.page().geometry().cards().forEach(box -> shown.add(box.cardId())));
        ObjectNode cards = root.putObject("cards");
        for (Persona persona : map.personas()) {
            for (Lane lane : persona.lanes()) {
                for (Card card : lane.cards()) {
                    if (shown.contains(card.id())) {
                        cards.set(card.id(), card(map, persona, lane, card));
                    }
                }
            }
        }
        ArrayNode drawings = root.putArray("views");
        for (View view : views) {
            drawings.add(view(view));
        }
        return safe(root.toString());
    }

    static String safe(String json) {
        StringBuilder out = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static ObjectNode card(JourneyMap map, Persona persona, Lane lane, Card card) {
        ObjectNode node = JSON.createObjectNode();
        node.put("text", card.text());
        node.put("note", card.note());
        node.put("kind", lane.kind().cardName());
        node.put("lane", lane.title());
        node.put("persona", persona.name());
        node.put("stage", map.stage(card.stageId()).map(Stage::name).orElse(""));
        if (card.channel() != null) {
            node.put("channel", card.channel().label());
        }
        if (card.score() != null) {
            node.put("score", HtmlTexts.score(card.score()));
        }
        ArrayNode tags = node.putArray("tags");
        card.tags().forEach(tags::add);
        return node;
    }

    /**
     * A drawing's size and the rectangles of its stages and cards on it: [x, y, width, height] (a stage adds its
     * header's height; a card starts with its id).
     */
    private static ObjectNode view(View view) {
        MapPage page = view.page();
        Placement placement = page.placements().get(0);
        Mapping mapping = new Mapping(placement);
        ObjectNode node = JSON.createObjectNode();
        node.put("label", view.label());
        node.put("width", round(page.width()));
        node.put("height", round(page.height()));
        Rect target = placement.target();
        numbers(node.putArray("map"), target.x(), target.y(), target.width(), target.height());
        node.put("labels", round(mapping.x(page.geometry().style().laneLabelWidth())));
        ArrayNode stages = node.putArray("stages");
        for (StageColumn column : page.geometry().stages()) {
            Rect header = column.header();
            double bottom = Math.max(header.maxY(), column.column().maxY());
            numbers(
                    stages.addArray(),
                    mapping.x(column.column().x()),
                    mapping.y(header.y()),
                    column.column().width() * mapping.scale,
                    (Math.min(bottom, page.geometry().bounds().maxY()) - header.y()) * mapping.scale,
                    header.height() * mapping.scale);
        }
        ArrayNode cards = node.putArray("cards");
        for (CardBox box : page.geometry().cards()) {
            Rect bounds = box.bounds();
            if (box.point() != null) {
                bounds = union(bounds, box.point().x(), box.point().y(), POINT_REACH);
            }
            ArrayNode card = cards.addArray().add(box.cardId());
            numbers(
                    card,
                    mapping.x(bounds.x()),
                    mapping.y(bounds.y()),
                    bounds.width() * mapping.scale,
                    bounds.height() * mapping.scale);
        }
        return node;
    }

    /** An emotion's label and its point on the curve, which a click may hit either. */
    private static Rect union(Rect bounds, double x, double y, double reach) {
        double left = Math.min(bounds.x(), x - reach);
        double top = Math.min(bounds.y(), y - reach);
        double right = Math.max(bounds.maxX(), x + reach);
        double bottom = Math.max(bounds.maxY(), y + reach);
        return new Rect(left, top, right - left, bottom - top);
    }

    private static void numbers(ArrayNode array, double... values) {
        for (double value : values) {
            array.add(round(value));
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** From map units to the drawing's: the page placement's scale and shift. */
    private static final class Mapping {
        final double scale;
        final double dx;
        final double dy;

        Mapping(Placement placement) {
            scale = placement.scale();
            dx = placement.x() - placement.source().x() * scale;
            dy = placement.y() - placement.source().y() * scale;
        }

        double x(double mapX) {
            return mapX * scale + dx;
        }

        double y(double mapY) {
            return mapY * scale + dy;
        }
    }
}
