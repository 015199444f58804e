package org.journeycanvas.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.journeycanvas.command.DeleteCardsCommand;
import org.journeycanvas.command.Field;
import org.journeycanvas.command.FieldEdit;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.importing.ImportedChange.Step;
import org.journeycanvas.io.table.ColumnRole;
import org.journeycanvas.io.table.ExcelText;
import org.journeycanvas.io.table.ExportedWorkbook;
import org.journeycanvas.io.table.TableReadException;
import org.journeycanvas.io.table.TableRow;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Channel;
import org.journeycanvas.model.IdGenerator;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.JourneyMap.CardPlace;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;

/**
 * The card changes of an edited export: each row is a card, matched to the map's by the hidden id. A row without
 * a known id is a new card; a card of an exported persona without a row was deleted. The order of the rows does
 * not matter (a sort is no change), nor does a card's place among those of its cell.
 */
final class CardChanges {
    private static final int SHOWN_CHARS = 40;
    /** A changed value is shown longer, all its lines, so that a change far into a text can be seen. */
    private static final int SHOWN_VALUE_CHARS = 160;

    private final CardColumns columns;
    private final List<Persona> exported;
    /** The exported cards' fingerprints by id; empty for an older export, whose rows are compared with the map. */
    private final Map<String, String> fingerprints;

    private final CardPlaces places;
    private final Set<String> takenIds;
    private final IdGenerator ids = new IdGenerator();
    private final List<ImportedChange> changes = new ArrayList<>();

    CardChanges(
            JourneyMap map,
            CardColumns columns,
            List<Persona> exported,
            Map<String, String> fingerprints,
            StageNames stages) {
        this.columns = columns;
        this.exported = exported;
        this.fingerprints = fingerprints;
        this.takenIds = new HashSet<>(map.ids());
        this.places = new CardPlaces(columns, exported, stages, this::newId);
    }

    List<ImportedChange> between() throws TableReadException {
        // the exported personas' cards by id, made once: a sheet may have as many rows as the map has cards
        Map<String, CardPlace> exportedCards = new HashMap<>();
        for (Persona persona : exported) {
            for (Lane lane : persona.lanes()) {
                lane.cards().forEach(card -> exportedCards.put(card.id(), new CardPlace(persona, lane, card)));
            }
        }
        Set<String> seen = new HashSet<>();
        for (TableRow row : columns.table().rows()) {
            String id = columns.name(row, ColumnRole.CARD_ID);
            // a second row with the same id is a copy: a new card
            boolean first = !id.isEmpty() && seen.add(id);
            if (first && isUnedited(row, id)) {
                // as exported: whatever the app did to the card since stays, and a card deleted since stays so
                continue;
            }
            Optional<CardPlace> place = first ? Optional.ofNullable(exportedCards.get(id)) : Optional.empty();
            if (place.isPresent()) {
                existing(row, place.get());
            } else if (!isEmpty(row)) {
                added(row);
            }
        }
        for (Persona persona : exported) {
            for (Lane lane : persona.lanes()) {
                for (Card card : lane.cards()) {
                    // a card the map gained after the export is in no row, and not deleted
                    if (!seen.contains(card.id()) && (fingerprints.isEmpty() || fingerprints.containsKey(card.id()))) {
                        changes.add(new ImportedChange(
                                Messages.get(
                                        "import.roundTrip.change.deleted",
                                        shown(card.text()),
                                        place(persona, card.stageId(), lane.title())),
                                true,
                                new DeleteCardsCommand(Set.of(card.id())),
                                Step.DELETE));
                    }
                }
            }
        }
        return changes;
    }

    /** Whether the row still shows what the export wrote for the card (never so for an older export). */
    private boolean isUnedited(TableRow row, String id) {
        String exportedFingerprint = fingerprints.get(id);
        if (exportedFingerprint == null) {
            return false;
        }
        String score;
        try {
            score = ExportedWorkbook.scoreText(columns.has(ColumnRole.SCORE) ? columns.score(row) : null);
        } catch (TableReadException e) {
            // not a score the export wrote: an edit, named as such when the row is compared
            return false;
        }
        return exportedFingerprint.equals(ExportedWorkbook.fingerprint(List.of(
                columns.text(row, ColumnRole.PERSONA),
                columns.text(row, ColumnRole.STAGE),
                columns.text(row, ColumnRole.LANE),
                columns.text(row, ColumnRole.TEXT),
                columns.text(row, ColumnRole.NOTE),
                columns.text(row, ColumnRole.TAGS),
                columns.text(row, ColumnRole.CHANNEL),
                score)));
    }

    private void existing(TableRow row, CardPlace place) throws TableReadException {
        Card card = place.card();
        Persona persona = places.persona(row, place.persona());
        String stageId = places.stageId(row, card);
        boolean samePersona = persona.id().equals(place.persona().id());
        CardPlaces.Target lane = places.lane(row, persona, samePersona ? place.lane() : null);
        Card edited = values(row, lane, card, card.id(), stageId);
        boolean kindChanges = lane.kind() != place.lane().kind();
        String name = shown(card.text());
        if (!lane.laneId().equals(place.lane().id()) || !stageId.equals(card.stageId())) {
            changes.add(new ImportedChange(
                    Messages.get(
                            "import.roundTrip.change.moved",
                            name,
                            place(place.persona(), card.stageId(), place.lane().title()),
                            place(persona, stageId, lane.shownTitle())),
                    false,
                    new PlaceCard(
                            persona.id(), lane.newLane(), lane.laneId(), stageId, kindChanges ? edited : card, true),
                    Step.PLACE));
        }
        field(Field.CARD_TEXT, card, "text", card.text(), edited.text(), quoted(card.text()), quoted(edited.text()));
        field(Field.CARD_NOTE, card, "note", card.note(), edited.note(), quoted(card.note()), quoted(edited.note()));
        field(Field.CARD_TAGS, card, "tags", card.tags(), edited.tags(), tags(card.tags()), tags(edited.tags()));
        if (!kindChanges) {
            field(
                    Field.CARD_CHANNEL,
                    card,
                    "channel",
                    card.channel(),
                    edited.channel(),
                    channel(card.channel()),
                    channel(edited.channel()));
            field(
                    Field.CARD_SCORE,
                    card,
                    "score",
                    card.score(),
                    edited.score(),
                    score(card.score()),
                    score(edited.score()));
        }
    }

    private void added(TableRow row) throws TableReadException {
        Persona persona = places.persona(row, null);
        String stageId = places.stageId(row, null);
        CardPlaces.Target lane = places.lane(row, persona, null);
        Card card = values(row, lane, null, newId(), stageId);
        changes.add(new ImportedChange(
                Messages.get(
                        "import.roundTrip.change.added",
                        shown(card.text()),
                        place(persona, stageId, lane.shownTitle())),
                false,
                new PlaceCard(persona.id(), lane.newLane(), lane.laneId(), stageId, card, false),
                Step.PLACE));
    }

    /** A row that names no card at all, such as one holding only a remark beside the table. */
    private boolean isEmpty(TableRow row) {
        return List.of(ColumnRole.STAGE, ColumnRole.LANE, ColumnRole.TEXT, ColumnRole.NOTE).stream()
                .allMatch(role -> columns.name(row, role).isEmpty());
    }

    /** The card as the row has it; a column the sheet lacks leaves that field as it was. */
    private Card values(TableRow row, CardPlaces.Target lane, Card current, String id, String stageId)
            throws TableReadException {
        String text = columns.text(row, ColumnRole.TEXT);
        String note = columns.has(ColumnRole.NOTE)
                ? columns.text(row, ColumnRole.NOTE)
                : current == null ? "" : current.note();
        List<String> tags = current == null ? List.of() : current.tags();
        if (columns.has(ColumnRole.TAGS)
                && (current == null
                        || !columns.text(row, ColumnRole.TAGS)
                                .equals(String.join(ExportedWorkbook.TAG_SEPARATOR, tags)))) {
            // split only when the cell changed: a tag holding a comma comes back whole
            tags = columns.tags(row);
        }
        Channel channel = current == null ? null : current.channel();
        if (columns.has(ColumnRole.CHANNEL)) {
            channel = columns.channel(row);
            if (channel != null && lane.kind() != LaneKind.TOUCHPOINTS) {
                throw columns.problem(
                        row,
                        ColumnRole.CHANNEL,
                        Messages.get("import.roundTrip.problem.channelNotTouchpoint", lane.shownTitle()));
            }
        }
        Integer score = current == null ? null : current.score();
        if (columns.has(ColumnRole.SCORE)) {
            score = columns.score(row);
            if (score != null && lane.kind() != LaneKind.EMOTIONS) {
                throw columns.problem(
                        row,
                        ColumnRole.SCORE,
                        Messages.get("import.roundTrip.problem.scoreNotEmotion", lane.shownTitle()));
            }
        }
        Card card = new Card(id, stageId, text, note, channel, score, current == null ? null : current.color(), tags);
        return card.adaptedTo(lane.kind());
    }

    private <V> void field(
            Field<Card, V> field, Card card, String what, V before, V after, String shownBefore, String shownAfter) {
        // a text the workbook could only hold changed (a lone surrogate half) is no edit
        boolean asExported =
                before instanceof String text && ExcelText.asRead(text).equals(after);
        if (!Objects.equals(before, after) && !asExported) {
            changes.add(new ImportedChange(
                    Messages.get("import.roundTrip.change." + what, shown(card.text()), shownBefore, shownAfter),
                    false,
                    new FieldEdit<>(field, card.id(), after),
                    Step.FIELD));
        }
    }

    private String newId() {
        return ids.take(takenIds);
    }

    private String place(Persona persona, String stageId, String laneTitle) {
        return Messages.get("import.roundTrip.change.place", persona.name(), places.stageName(stageId), laneTitle);
    }

    /** A card's text as the list names it: its first line, cut short. */
    static String shown(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > SHOWN_CHARS ? line.substring(0, SHOWN_CHARS - 1) + "…" : line;
    }

    private static String quoted(String text) {
        String value = String.join(" ↵ ", text.strip().lines().toList());
        return "\""
                + (value.length() > SHOWN_VALUE_CHARS ? value.substring(0, SHOWN_VALUE_CHARS - 1) + "…" : value)
                + "\"";
    }

    private static String tags(List<String> tags) {
        return tags.isEmpty()
                ? Messages.get("import.roundTrip.change.none")
                : quoted(String.join(ExportedWorkbook.TAG_SEPARATOR, tags));
    }

    private static String channel(Channel channel) {
        return channel == null ? Messages.get("import.roundTrip.change.none") : channel.label();
    }

    private static String score(Integer score) {
        return score == null ? Messages.get("import.roundTrip.change.none") : (score > 0 ? "+" : "") + score;
    }
}
