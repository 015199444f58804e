package org.journeycanvas.ui;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import org.journeycanvas.io.MapFileException;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.io.MapFileWriter;
import org.journeycanvas.io.mermaid.MermaidJourneyReader;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/**
 * Cards on the system clipboard: as a small map in the file format (so another window or running copy can paste
 * them whole, with the connectors between them) and as plain text (one card per line) for other programs. Plain text pasted from elsewhere
 * becomes one card per line, unless it is a Mermaid journey.
 */
public final class CardClipboard {
    private static final DataFormat CARDS = dataFormat("application/x-journey-canvas-cards");
    private static final int MAX_PASTED_LINES = 500;

    private final Clipboard clipboard;

    public CardClipboard(Clipboard clipboard) {
        this.clipboard = clipboard;
    }

    public void copy(List<Card> cards, Map<String, LaneKind> kindsByCardId) {
        copy(cards, kindsByCardId, List.of());
    }

    /** Copies cards with the connectors between them (both ends among the cards), so that a paste joins them too. */
    public void copy(List<Card> cards, Map<String, LaneKind> kindsByCardId, List<Connector> connectors) {
        ClipboardContent content = new ClipboardContent();
        content.put(CARDS, new String(new MapFileWriter().toBytes(asMap(cards, kindsByCardId, connectors)), UTF_8));
        content.putString(String.join("\n", cards.stream().map(Card::text).toList()));
        clipboard.setContent(content);
    }

    /**
     * The clipboard's text when it is a Mermaid journey (and not the app's own cards): such a text is imported
     * into the map rather than pasted as one card per line.
     */
    public Optional<String> mermaidJourney() {
        if (clipboard.hasContent(CARDS) || !clipboard.hasString()) {
            return Optional.empty();
        }
        String text = clipboard.getString();
        return text != null && MermaidJourneyReader.isJourney(text) ? Optional.of(text) : Optional.empty();
    }

    /**
     * Whether the clipboard holds a picture rather than the app's cards: an image (a screenshot, a copied picture),
     * or files that are all PNG or JPEG images (copied in a file manager).
     */
    public boolean holdsPicture() {
        if (clipboard.hasContent(CARDS)) {
            return false;
        }
        if (clipboard.hasImage()) {
            // spreadsheets and slide programs put a bitmap beside the text they copy: the text is what is meant
            return !clipboard.hasString() || clipboard.getString().isBlank();
        }
        return clipboard.hasFiles()
                && !clipboard.getFiles().isEmpty()
                && clipboard.getFiles().stream().allMatch(file -> PictureImports.isPictureFile(file.toPath()));
    }

    /** The clipboard itself, for its image or files. */
    Clipboard system() {
        return clipboard;
    }

    /**
     * The connectors between the cards on the clipboard, naming their cards by the ids {@link #cards()} gives
     * them; none for plain text.
     */
    public List<Connector> connectors() {
        return copiedMap().map(JourneyMap::connectors).orElse(List.of());
    }

    /** The cards on the clipboard, in order; empty when it holds nothing usable. */
    public List<Card> cards() {
        if (clipboard.hasContent(CARDS)) {
            List<Card> cards = new ArrayList<>();
            copiedMap()
                    .ifPresent(map -> map.personas()
                            .forEach(persona -> persona.lanes().forEach(lane -> cards.addAll(lane.cards()))));
            return cards;
        }
        if (clipboard.hasString()) {
            List<Card> cards = new ArrayList<>();
            for (String line : clipboard.getString().split("\\R")) {
                String text = line.strip().replaceFirst("^[-*•]\\s+", "");
                if (!text.isEmpty() && cards.size() < MAX_PASTED_LINES) {
                    cards.add(Card.of("c" + cards.size(), "s", text));
                }
            }
            return cards;
        }
        return List.of();
    }

    /** The app's own cards on the clipboard, as the small map they were copied as; empty when unreadable. */
    private Optional<JourneyMap> copiedMap() {
        if (!clipboard.hasContent(CARDS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    new MapFileReader().read(((String) clipboard.getContent(CARDS)).getBytes(UTF_8), "clipboard"));
        } catch (MapFileException | ClassCastException e) {
            return Optional.empty();
        }
    }

    /**
     * The cards as a one-stage map with a lane per kind, so that channels and scores stay valid, with the
     * connectors whose two cards are both among them.
     */
    private static JourneyMap asMap(List<Card> cards, Map<String, LaneKind> kindsByCardId, List<Connector> connectors) {
        Map<LaneKind, List<Card>> byKind = new EnumMap<>(LaneKind.class);
        Map<String, String> clipIds = new HashMap<>();
        for (int i = 0; i < cards.size(); i++) {
            clipIds.put(cards.get(i).id(), "clip-card-" + i);
        }
        for (int i = 0; i < cards.size(); i++) {
            Card card = cards.get(i);
            Card copy = withLinksAmong(card.withId("clip-card-" + i).withStageId("clip-stage"), clipIds);
            byKind.computeIfAbsent(kindsByCardId.get(card.id()), kind -> new ArrayList<>())
                    .add(copy);
        }
        List<Lane> lanes = new ArrayList<>();
        byKind.forEach((kind, kindCards) -> lanes.add(new Lane(
                "clip-lane-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'), kind, kind.title(), kindCards)));
        List<Connector> copiedConnectors = new ArrayList<>();
        for (Connector connector : connectors) {
            if (clipIds.containsKey(connector.fromCardId()) && clipIds.containsKey(connector.toCardId())) {
                copiedConnectors.add(connector
                        .withId("clip-connector-" + copiedConnectors.size())
                        .withEnds(clipIds.get(connector.fromCardId()), clipIds.get(connector.toCardId())));
            }
        }
        return new JourneyMap(
                "clip-map",
                "",
                "",
                List.of(Stage.of("clip-stage", "")),
                List.of(Persona.of("clip-persona", "", lanes)),
                copiedConnectors);
    }

    /** An opportunity's links to pain points, kept only for those copied along, under their clipboard ids. */
    private static Card withLinksAmong(Card card, Map<String, String> clipIds) {
        if (card.opportunity() == null || card.opportunity().addresses().isEmpty()) {
            return card;
        }
        return card.withOpportunity(card.opportunity()
                .withAddresses(card.opportunity().addresses().stream()
                        .filter(clipIds::containsKey)
                        .map(clipIds::get)
                        .toList()));
    }

    private static DataFormat dataFormat(String mime) {
        DataFormat existing = DataFormat.lookupMimeType(mime);
        return existing != null ? existing : new DataFormat(mime);
    }
}
