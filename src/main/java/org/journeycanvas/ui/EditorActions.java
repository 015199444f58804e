package org.journeycanvas.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.journeycanvas.command.AddCardsCommand;
import org.journeycanvas.command.AddConnectorCommand;
import org.journeycanvas.command.Command;
import org.journeycanvas.command.CompositeCommand;
import org.journeycanvas.command.DeleteCardsCommand;
import org.journeycanvas.command.DeleteConnectorsCommand;
import org.journeycanvas.command.ElementList;
import org.journeycanvas.command.Field;
import org.journeycanvas.command.FieldEdit;
import org.journeycanvas.command.ListEdit;
import org.journeycanvas.command.MoveCardsCommand;
import org.journeycanvas.command.ReverseConnectorCommand;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.layout.DropTarget;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Channel;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.IdGenerator;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.NewPersona;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/**
 * Turns what the user did — a drop, a drag, a key, a field typed in — into one command on the document, so that
 * each gesture is one undo step. The one place where the editor builds commands; knows nothing of the window,
 * so it is tested without one.
 */
public final class EditorActions {
    private final EditorViewModel editor;

    public EditorActions(EditorViewModel editor) {
        this.editor = editor;
    }

    /**
     * Adds a new card of a kind where a palette item was dropped and selects it; an emotion takes the score
     * given (from where it was dropped). Returns the new card's id, or empty when nothing fits there.
     */
    public Optional<String> addCard(LaneKind kind, DropTarget target, int score) {
        Optional<String> stageId = stageOf(target);
        if (stageId.isEmpty()) {
            return Optional.empty();
        }
        String cardId = editor.newId();
        Card card = Card.of(cardId, stageId.get(), Messages.get("new.card." + kind.name()));
        if (kind == LaneKind.EMOTIONS) {
            card = card.withScore(score);
        } else if (kind == LaneKind.TOUCHPOINTS) {
            card = card.withChannel(Channel.OTHER);
        }
        Optional<Command> command = placeCard(card, target, Messages.get("undo.addCard." + kind.name()));
        command.ifPresent(editor::execute);
        command.ifPresent(c -> selectCard(cardId));
        return command.map(c -> cardId);
    }

    /** Adds a new stage where a stage was dropped, and selects it. Returns its id. */
    public Optional<String> addStage(DropTarget target) {
        if (!(target instanceof DropTarget.StageInsert insert)) {
            return Optional.empty();
        }
        String stageId = editor.newId();
        editor.execute(
                ListEdit.insert(ElementList.stages(), Stage.of(stageId, Messages.get("new.stage")), insert.index()));
        editor.select(new Selection.OfStage(stageId));
        return Optional.of(stageId);
    }

    /** Moves cards, in the given order, to where they were dropped. */
    public void moveCards(List<String> cardIds, DropTarget target) {
        if (cardIds.isEmpty()) {
            return;
        }
        if (target instanceof DropTarget.IntoCell into) {
            editor.execute(new MoveCardsCommand(cardIds, into.laneId(), into.stageId(), into.indexInCell()));
        } else if (target instanceof DropTarget.IntoNewLane newLane) {
            Lane lane = Lane.of(editor.newId(), newLane.kind());
            MoveCardsCommand move = new MoveCardsCommand(cardIds, lane.id(), newLane.stageId(), 0);
            editor.execute(new CompositeCommand(
                    move.undoLabel(), List.of(ListEdit.addLaneInUsualPlace(persona(newLane.personaId()), lane), move)));
        }
    }

    /** Moves a stage column to where its header was dropped. */
    public void moveStage(String stageId, DropTarget target) {
        if (!(target instanceof DropTarget.StageInsert insert)) {
            return;
        }
        int from = editor.getMap().stageIndex(stageId);
        int to = insert.index() > from ? insert.index() - 1 : insert.index();
        if (to != from) {
            editor.execute(ListEdit.move(ElementList.stages(), stageId, to));
        }
    }

    public void setScore(String cardId, int score) {
        setField(Field.CARD_SCORE, cardId, score);
    }

    public void editText(String cardId, String text) {
        setField(Field.CARD_TEXT, cardId, text);
    }

    public void renameStage(String stageId, String name) {
        setField(Field.STAGE_NAME, stageId, name);
    }

    /**
     * Changes one field as the user types in it: successive changes of the same field are one undo step until
     * {@link #finishTyping()}.
     */
    public <E, V> void typeInField(Field<E, V> field, String elementId, V value) {
        editor.execute(new FieldEdit<>(field, elementId, value));
    }

    /** Ends the undo step of typing in a field (the field lost focus). */
    public void finishTyping() {
        editor.closeStep();
    }

    /** Changes one field as one undo step of its own (a colour, a channel, a score, a photo). */
    public <E, V> void setField(Field<E, V> field, String elementId, V value) {
        editor.execute(new FieldEdit<>(field, elementId, value));
        editor.closeStep();
    }

    /** Deletes the selected cards (and their connectors), or else the selected stage with its cards, or connector. */
    public void deleteSelection() {
        Selection selection = editor.getSelection();
        if (!selection.cardIds().isEmpty()) {
            editor.execute(new DeleteCardsCommand(selection.cardIds()));
        } else if (selection instanceof Selection.OfStage stage) {
            editor.execute(ListEdit.remove(ElementList.stages(), stage.stageId()));
        } else if (selection instanceof Selection.OfConnector connector) {
            deleteConnector(connector.connectorId());
        }
    }

    /**
     * Draws a connector from one card to another and selects it; nothing for a card to itself or a card that is
     * gone. Returns the new connector's id.
     */
    public Optional<String> connect(String fromCardId, String toCardId) {
        JourneyMap map = editor.getMap();
        if (fromCardId.equals(toCardId)
                || map.findCard(fromCardId).isEmpty()
                || map.findCard(toCardId).isEmpty()) {
            return Optional.empty();
        }
        String connectorId = editor.newId();
        editor.execute(new AddConnectorCommand(Connector.between(connectorId, fromCardId, toCardId)));
        editor.select(new Selection.OfConnector(connectorId));
        return Optional.of(connectorId);
    }

    /** Connects the first two selected cards, in the order they were selected; only when exactly two are. */
    public Optional<String> connectSelectedCards() {
        List<String> selected = List.copyOf(editor.getSelection().cardIds());
        return selected.size() == 2 ? connect(selected.get(0), selected.get(1)) : Optional.empty();
    }

    public void deleteConnector(String connectorId) {
        editor.execute(new DeleteConnectorsCommand(Set.of(connectorId)));
    }

    /** Makes a connector point the other way. */
    public void reverseConnector(String connectorId) {
        editor.execute(new ReverseConnectorCommand(connectorId));
    }

    /** Adds a persona with the usual lanes at the bottom and selects it. Returns its id. */
    public String addPersona() {
        return addPersona(false);
    }

    /** Adds a persona at the end, with a service blueprint's lanes under its own when asked; returns its id. */
    public String addPersona(boolean serviceBlueprint) {
        JourneyMap map = editor.getMap();
        Set<String> taken = new HashSet<>(map.ids());
        String name = Messages.get("new.persona");
        Persona persona = serviceBlueprint
                ? NewPersona.withServiceBlueprint(new IdGenerator(), taken, name)
                : NewPersona.create(new IdGenerator(), taken, name);
        editor.execute(
                ListEdit.insert(ElementList.personas(), persona, map.personas().size()));
        editor.select(new Selection.OfPersona(persona.id()));
        return persona.id();
    }

    /** Moves a persona up (-1) or down (+1) among the others; nothing at either end. */
    public void movePersona(String personaId, int step) {
        JourneyMap map = editor.getMap();
        int index = map.personas().indexOf(persona(personaId)) + step;
        if (index >= 0 && index < map.personas().size()) {
            editor.execute(ListEdit.move(ElementList.personas(), personaId, index));
        }
    }

    public void deletePersona(String personaId) {
        editor.execute(ListEdit.remove(ElementList.personas(), personaId));
    }

    /** Adds a lane of a kind to a persona, where that kind usually goes. */
    public void addLane(String personaId, LaneKind kind) {
        editor.execute(ListEdit.addLaneInUsualPlace(persona(personaId), Lane.of(editor.newId(), kind)));
    }

    /** Adds the service blueprint's lanes a persona lacks, each where its kind goes, as one undo step. */
    public void addBlueprintLanes(String personaId) {
        JourneyMap working = editor.getMap();
        List<Command> steps = new ArrayList<>();
        for (LaneKind kind : LaneKind.BLUEPRINT_LANES) {
            Persona persona = working.persona(personaId).orElseThrow();
            if (persona.lanes().stream().noneMatch(lane -> lane.kind() == kind)) {
                ListEdit<Lane> add = ListEdit.addLaneInUsualPlace(persona, Lane.of(editor.newId(), kind));
                steps.add(add);
                working = add.apply(working);
            }
        }
        if (!steps.isEmpty()) {
            editor.execute(new CompositeCommand(Messages.get("undo.add.blueprintLanes"), steps));
        }
    }

    /** Moves a lane up (-1) or down (+1) within its persona's band; nothing at either end. */
    public void moveLane(String laneId, int step) {
        Persona persona = editor.getMap().personaOfLane(laneId).orElseThrow();
        int index = persona.lanes().indexOf(editor.getMap().lane(laneId).orElseThrow()) + step;
        if (index >= 0 && index < persona.lanes().size()) {
            editor.execute(ListEdit.move(ElementList.lanesOf(persona.id()), laneId, index));
        }
    }

    public void deleteLane(String laneId) {
        Persona persona = editor.getMap().personaOfLane(laneId).orElseThrow();
        editor.execute(ListEdit.remove(ElementList.lanesOf(persona.id()), laneId));
    }

    /** Copies of the selected cards, each placed right after its original, selected afterwards. */
    public void duplicateSelection() {
        JourneyMap map = editor.getMap();
        List<String> originals = selectedInMapOrder();
        List<String> copies = editor.newIds(originals.size());
        List<Command> steps = new ArrayList<>();
        for (int i = 0; i < originals.size(); i++) {
            JourneyMap.CardPlace place = map.findCard(originals.get(i)).orElseThrow();
            String copyId = copies.get(i);
            Card copy = place.card().withId(copyId);
            int position = place.lane().cardsAt(place.card().stageId()).indexOf(place.card()) + 1;
            steps.add(AddCardsCommand.one(place.lane().id(), copy, position));
        }
        if (steps.isEmpty()) {
            return;
        }
        editor.execute(new CompositeCommand(Messages.plural("undo.duplicateCards", copies.size()), steps));
        editor.select(Selection.cards(copies, editor.getSelection().pasteCell()));
    }

    /** Puts cards (from the clipboard) into the selected cell, after its cards; selects them. */
    public boolean paste(List<Card> cards) {
        return paste(cards, List.of());
    }

    /**
     * The same, and the connectors between the pasted cards (naming them by their ids on the clipboard) join
     * their copies, in the same undo step.
     */
    public boolean paste(List<Card> cards, List<Connector> connectors) {
        Selection.Cell cell = editor.getSelection().pasteCell();
        if (cell == null || cards.isEmpty()) {
            return false;
        }
        List<String> ids = editor.newIds(cards.size() + connectors.size());
        Map<String, String> copyIds = new HashMap<>();
        List<Card> fresh = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            Card card = cards.get(i);
            copyIds.put(card.id(), ids.get(i));
            fresh.add(card.withId(ids.get(i)).withStageId(cell.stageId()));
        }
        String label = Messages.plural("undo.pasteCards", fresh.size());
        List<Command> steps = new ArrayList<>();
        steps.add(new AddCardsCommand(label, cell.laneId(), cell.stageId(), Integer.MAX_VALUE, fresh));
        for (int i = 0; i < connectors.size(); i++) {
            Connector connector = connectors.get(i);
            String from = copyIds.get(connector.fromCardId());
            String to = copyIds.get(connector.toCardId());
            if (from != null && to != null) {
                steps.add(new AddConnectorCommand(
                        connector.withId(ids.get(cards.size() + i)).withEnds(from, to)));
            }
        }
        editor.execute(steps.size() == 1 ? steps.get(0) : new CompositeCommand(label, steps));
        editor.select(Selection.cards(fresh.stream().map(Card::id).toList(), cell));
        return true;
    }

    /** The connectors whose two cards are both among these (for copying them with the cards). */
    public List<Connector> connectorsAmong(List<Card> cards) {
        Set<String> ids = new HashSet<>();
        cards.forEach(card -> ids.add(card.id()));
        return editor.getMap().connectors().stream()
                .filter(c -> ids.contains(c.fromCardId()) && ids.contains(c.toCardId()))
                .toList();
    }

    /** The selected cards as they are in the map, in map order. */
    public List<Card> selectedCards() {
        List<Card> cards = new ArrayList<>();
        for (String cardId : selectedInMapOrder()) {
            editor.getMap().findCard(cardId).ifPresent(place -> cards.add(place.card()));
        }
        return cards;
    }

    private List<String> selectedInMapOrder() {
        Set<String> selected = editor.getSelection().cardIds();
        List<String> ordered = new ArrayList<>();
        for (Persona persona : editor.getMap().personas()) {
            for (Lane lane : persona.lanes()) {
                for (Card card : lane.cards()) {
                    if (selected.contains(card.id())) {
                        ordered.add(card.id());
                    }
                }
            }
        }
        return ordered;
    }

    private Optional<Command> placeCard(Card card, DropTarget target, String description) {
        if (target instanceof DropTarget.IntoCell into) {
            return Optional.of(
                    new AddCardsCommand(description, into.laneId(), card.stageId(), into.indexInCell(), List.of(card)));
        }
        if (target instanceof DropTarget.IntoNewLane newLane) {
            Lane lane = Lane.of(editor.newId(), newLane.kind());
            return Optional.of(new CompositeCommand(
                    description,
                    List.of(
                            ListEdit.addLaneInUsualPlace(persona(newLane.personaId()), lane),
                            AddCardsCommand.one(lane.id(), card, 0))));
        }
        return Optional.empty();
    }

    private static Optional<String> stageOf(DropTarget target) {
        if (target instanceof DropTarget.IntoCell into) {
            return Optional.of(into.stageId());
        }
        if (target instanceof DropTarget.IntoNewLane newLane) {
            return Optional.of(newLane.stageId());
        }
        return Optional.empty();
    }

    private void selectCard(String cardId) {
        editor.getMap()
                .findCard(cardId)
                .ifPresent(place -> editor.select(Selection.cards(
                        List.of(cardId),
                        new Selection.Cell(place.lane().id(), place.card().stageId()))));
    }

    private Persona persona(String personaId) {
        return editor.getMap().persona(personaId).orElseThrow();
    }
}
