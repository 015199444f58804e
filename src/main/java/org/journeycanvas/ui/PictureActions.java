package org.journeycanvas.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.journeycanvas.command.AddCardsCommand;
import org.journeycanvas.command.Command;
import org.journeycanvas.command.CompositeCommand;
import org.journeycanvas.command.Field;
import org.journeycanvas.command.ListEdit;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.layout.Hit;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/**
 * Puts imported pictures on the map as one undo step each time: onto a storyboard card, the picture replaces its
 * own; into a storyboard cell, each becomes a new card with its caption. Anywhere else in a persona's band at a
 * stage, a user means that persona's storyboard at that stage, so the pictures go there, and the storyboard lane
 * is added (on top, where it usually goes) when the persona has none. Tested without a window.
 */
public final class PictureActions {
    /** An imported picture (a data URI) and the caption its card gets when it makes a new one. */
    public record Picture(String dataUri, String caption) {}

    /** Where pictures are put: onto a card, or into a cell before its {@code index}-th card. */
    public sealed interface Spot {
        record OnCard(String cardId) implements Spot {}

        record InCell(String laneId, String stageId, int index) implements Spot {}
    }

    private final EditorViewModel editor;

    public PictureActions(EditorViewModel editor) {
        this.editor = editor;
    }

    /** Where a drop at a point of the canvas puts pictures; empty off the personas' cells and cards. */
    public static Optional<Spot> at(Hit hit) {
        if (hit instanceof Hit.OnCard onCard) {
            return Optional.of(new Spot.OnCard(onCard.card().cardId()));
        }
        if (hit instanceof Hit.OnCell onCell) {
            return Optional.of(new Spot.InCell(
                    onCell.cell().laneId(),
                    onCell.cell().stageId(),
                    onCell.cell().cards().size()));
        }
        return Optional.empty();
    }

    /** Where a paste puts pictures: the one selected card, else the selected cell; empty without either. */
    public static Optional<Spot> of(Selection selection) {
        if (selection instanceof Selection.Cards cards && cards.cardIds().size() == 1) {
            return Optional.of(new Spot.OnCard(cards.single()));
        }
        Selection.Cell cell = selection.pasteCell();
        return cell == null
                ? Optional.empty()
                : Optional.of(new Spot.InCell(cell.laneId(), cell.stageId(), Integer.MAX_VALUE));
    }

    /**
     * Puts the pictures at the spot as one undo step and selects what they became; returns what was done, for the
     * status bar, or empty when the spot is gone (the map changed while the pictures were imported).
     */
    public Optional<String> put(List<Picture> pictures, Spot spot) {
        JourneyMap map = editor.getMap();
        if (pictures.isEmpty()) {
            return Optional.empty();
        }
        if (spot instanceof Spot.OnCard onCard) {
            Optional<JourneyMap.CardPlace> place = map.findCard(onCard.cardId());
            if (place.isEmpty()) {
                return Optional.empty();
            }
            Card card = place.get().card();
            if (place.get().lane().kind() == LaneKind.STORYBOARD && pictures.size() == 1) {
                editor.execute(new org.journeycanvas.command.FieldEdit<>(
                        Field.CARD_PICTURE, card.id(), pictures.get(0).dataUri()));
                editor.closeStep();
                editor.select(Selection.cards(
                        List.of(card.id()),
                        new Selection.Cell(place.get().lane().id(), card.stageId())));
                return Optional.of(Messages.get("picture.status.replaced"));
            }
            int after = place.get().lane().cardsAt(card.stageId()).indexOf(card) + 1;
            return put(pictures, new Spot.InCell(place.get().lane().id(), card.stageId(), after));
        }
        Spot.InCell cell = (Spot.InCell) spot;
        Optional<Lane> lane = map.lane(cell.laneId());
        Optional<Stage> stage = map.stage(cell.stageId());
        Optional<Persona> persona = map.personaOfLane(cell.laneId());
        if (lane.isEmpty() || stage.isEmpty() || persona.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = editor.newIds(pictures.size());
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < pictures.size(); i++) {
            Picture picture = pictures.get(i);
            cards.add(Card.of(ids.get(i), cell.stageId(), picture.caption()).withPicture(picture.dataUri()));
        }
        String label = Messages.get("undo.picture.add");
        String status;
        String laneId;
        Command command;
        if (lane.get().kind() == LaneKind.STORYBOARD) {
            laneId = lane.get().id();
            command = new AddCardsCommand(label, laneId, cell.stageId(), cell.index(), cards);
            status = Messages.get("picture.status.added", stage.get().name());
        } else {
            Optional<Lane> storyboard = persona.get().lanes().stream()
                    .filter(candidate -> candidate.kind() == LaneKind.STORYBOARD)
                    .findFirst();
            if (storyboard.isPresent()) {
                laneId = storyboard.get().id();
                command = new AddCardsCommand(label, laneId, cell.stageId(), Integer.MAX_VALUE, cards);
            } else {
                Lane added = Lane.of(editor.newId(), LaneKind.STORYBOARD);
                laneId = added.id();
                command = new CompositeCommand(
                        label,
                        List.of(
                                ListEdit.addLaneInUsualPlace(persona.get(), added),
                                new AddCardsCommand(label, laneId, cell.stageId(), 0, cards)));
            }
            status = Messages.get(
                    "picture.status.addedToPersona",
                    persona.get().name(),
                    stage.get().name());
        }
        editor.execute(command);
        editor.select(Selection.cards(ids, new Selection.Cell(laneId, cell.stageId())));
        return Optional.of(status);
    }
}
