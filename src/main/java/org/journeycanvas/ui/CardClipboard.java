package org.journeycanvas.ui;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.EnumMap;
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
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/**
 * Cards on the system clipboard: as a small map in the file format (so another window or running copy can paste
 * them whole) and as plain text (one card per line) for other programs. Plain text pasted from elsewhere
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
        ClipboardContent content = new ClipboardContent();
        content.put(CARDS, new String(new MapFileWriter().toBytes(asMap(cards, kindsByCardId)), UTF_8));
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
            return true;
        }
        return clipboard.hasFiles()
                && !clipboard.getFiles().isEmpty()
                && clipboard.getFiles().stream().allMatch(file -> PictureImports.isPictureFile(file.toPath()));
    }

    /** The clipboard itself, for its image or files. */
    Clipboard system() {
        return clipboard;
    }

    /** The cards on the clipboard, in order; empty when it holds nothing usable. */
    public List<Card> cards() {
        if (clipboard.hasContent(CARDS)) {
            try {
                JourneyMap map =
                        new MapFileReader().read(((String) clipboard.getContent(CARDS)).getBytes(UTF_8), "clipboard");
                List<Card> cards = new ArrayList<>();
                map.personas().forEach(persona -> persona.lanes().forEach(lane -> cards.addAll(lane.cards())));
                return cards;
            } catch (MapFileException | ClassCastException e) {
                return List.of();
            }
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

    /** The cards as a one-stage map with a lane per kind, so that channels and scores stay valid. */
    private static JourneyMap asMap(List<Card> cards, Map<String, LaneKind> kindsByCardId) {
        Map<LaneKind, List<Card>> byKind = new EnumMap<>(LaneKind.class);
        for (int i = 0; i < cards.size(); i++) {
            Card card = cards.get(i);
            Card copy = card.withId("clip-card-" + i).withStageId("clip-stage");
            byKind.computeIfAbsent(kindsByCardId.get(card.id()), kind -> new ArrayList<>())
                    .add(copy);
        }
        List<Lane> lanes = new ArrayList<>();
        byKind.forEach((kind, kindCards) -> lanes.add(new Lane(
                "clip-lane-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'), kind, kind.title(), kindCards)));
        return new JourneyMap(
                "clip-map",
                "",
                "",
                List.of(Stage.of("clip-stage", "")),
                List.of(Persona.of("clip-persona", "", lanes)));
    }

    private static DataFormat dataFormat(String mime) {
        DataFormat existing = DataFormat.lookupMimeType(mime);
        return existing != null ? existing : new DataFormat(mime);
    }
}
