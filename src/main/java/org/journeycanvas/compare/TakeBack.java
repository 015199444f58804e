package org.journeycanvas.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.journeycanvas.command.AddCardsCommand;
import org.journeycanvas.command.AddConnectorCommand;
import org.journeycanvas.command.Command;
import org.journeycanvas.command.CompositeCommand;
import org.journeycanvas.command.DeleteCardsCommand;
import org.journeycanvas.command.DeleteConnectorsCommand;
import org.journeycanvas.command.ElementList;
import org.journeycanvas.command.FieldEdit;
import org.journeycanvas.command.ListEdit;
import org.journeycanvas.command.MoveCardsCommand;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.MapInvariantException;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/**
 * Builds the command that takes one difference back, as one undo step. What an element needs that is gone as well
 * comes back with it: a card removed with its lane brings the lane back (empty but for the card), a lane its
 * persona, a card its stage. A persona or lane taken back comes with the lanes and cards it had that the map does
 * not hold elsewhere. Each step is tried on the map as it goes, so a difference that no longer fits fails here
 * with an {@link IllegalArgumentException}, not later in the editor's stack.
 */
final class TakeBack {
    private final MapSide older;
    private final List<Command> steps = new ArrayList<>();
    private JourneyMap map;

    private TakeBack(JourneyMap older, JourneyMap current) {
        this.older = older == null ? null : new MapSide(older);
        this.map = current;
    }

    static Command added(Difference.Added added, JourneyMap current) {
        TakeBack takeBack = new TakeBack(null, current);
        String id = added.id();
        switch (added.kind()) {
            case STAGE -> takeBack.run(ListEdit.remove(ElementList.stages(), id));
            case PERSONA -> takeBack.run(ListEdit.remove(ElementList.personas(), id));
            case LANE -> takeBack.run(ListEdit.remove(ElementList.lanesOf(takeBack.ownerOf(id)), id));
            case CARD -> takeBack.run(new DeleteCardsCommand(Set.of(id)));
            case CONNECTOR -> takeBack.run(new DeleteConnectorsCommand(Set.of(id)));
            default -> throw new IllegalArgumentException("the map itself is never added");
        }
        return takeBack.done();
    }

    static Command removed(Difference.Removed removed, JourneyMap current) {
        TakeBack takeBack = new TakeBack(removed.older(), current);
        String id = removed.id();
        if (current.usesId(id)) {
            throw new IllegalArgumentException("\"" + id + "\" is in the map already");
        }
        switch (removed.kind()) {
            case STAGE -> takeBack.insertStage(id);
            case PERSONA -> takeBack.restorePersona(id, true);
            case LANE -> takeBack.restoreLane(id, true);
            case CARD -> takeBack.restoreCard((Card) removed.element(), removed.place());
            case CONNECTOR -> takeBack.restoreConnector((Connector) removed.element());
            default -> throw new IllegalArgumentException("the map itself is never removed");
        }
        return takeBack.done();
    }

    static Command moved(Difference.Moved moved, JourneyMap current) {
        TakeBack takeBack = new TakeBack(moved.older(), current);
        String id = moved.id();
        switch (moved.kind()) {
            case STAGE ->
                takeBack.run(ListEdit.move(
                        ElementList.stages(),
                        id,
                        Orders.placeAfterPredecessor(takeBack.older.stageIds(), id, without(stageIds(current), id))));
            case PERSONA ->
                takeBack.run(ListEdit.move(
                        ElementList.personas(),
                        id,
                        Orders.placeAfterPredecessor(
                                takeBack.older.personaIds(), id, without(new MapSide(current).personaIds(), id))));
            case LANE -> takeBack.moveLaneBack(id, moved.from().personaId());
            case CARD -> takeBack.moveCardBack(id, moved.from());
            default -> throw new IllegalArgumentException("the map itself never moves");
        }
        return takeBack.done();
    }

    static Command changed(Difference.Changed changed, JourneyMap current) {
        TakeBack takeBack = new TakeBack(changed.older(), current);
        if (changed.field() == ComparedField.CONNECTOR_ENDS) {
            takeBack.restoreEnds(changed.id(), changed.oldValue());
        } else if (changed.field() == ComparedField.LANE_KIND) {
            String owner = takeBack.ownerOf(changed.id());
            Lane lane = current.lane(changed.id()).orElseThrow();
            int index = new MapSide(current).laneIds(owner).indexOf(lane.id());
            takeBack.run(ListEdit.remove(ElementList.lanesOf(owner), lane.id()));
            takeBack.run(ListEdit.insert(
                    ElementList.lanesOf(owner), ComparedField.withKind(lane, (LaneKind) changed.oldValue()), index));
            takeBack.restoreDroppedValues(lane.cards().stream().map(Card::id).toList());
            takeBack.restoreConnectorsOf(current, lane);
        } else {
            takeBack.run(edit(changed.field(), changed.id(), changed.oldValue()));
        }
        return takeBack.done();
    }

    @SuppressWarnings("unchecked")
    private static <E, V> FieldEdit<E, V> edit(ComparedField<E, V> field, String id, Object value) {
        return new FieldEdit<>(field.edit(), id, (V) value);
    }

    private void insertStage(String id) {
        Stage stage = older.stages.get(id);
        int index = Orders.placeAfterPredecessor(older.stageIds(), id, stageIds(map));
        run(ListEdit.insert(ElementList.stages(), stage, index));
    }

    private void ensureStage(String id) {
        if (map.stage(id).isEmpty()) {
            insertStage(id);
        }
    }

    /** The persona as it was; with its content, the lanes and cards of it that the map does not hold now. */
    private void restorePersona(String id, boolean withContent) {
        Persona persona = older.personas.get(id);
        List<Lane> lanes = new ArrayList<>();
        if (withContent) {
            for (Lane lane : persona.lanes()) {
                if (!map.usesId(lane.id())) {
                    lanes.add(lane.withCards(missingCards(lane)));
                }
            }
        }
        int index = Orders.placeAfterPredecessor(
                older.personaIds(), id, map.personas().stream().map(Persona::id).toList());
        run(ListEdit.insert(ElementList.personas(), persona.withLanes(lanes), index));
    }

    private void restoreLane(String id, boolean withContent) {
        Lane lane = older.lanes.get(id);
        String owner = older.place(id).personaId();
        if (map.persona(owner).isEmpty()) {
            restorePersona(owner, false);
        }
        List<Card> cards = withContent ? missingCards(lane) : List.of();
        int index = Orders.placeAfterPredecessor(older.laneIds(owner), id, new MapSide(map).laneIds(owner));
        run(ListEdit.insert(ElementList.lanesOf(owner), lane.withCards(cards), index));
    }

    /** The lane's cards that the map does not hold, with their stages brought back where they are gone. */
    private List<Card> missingCards(Lane lane) {
        List<Card> missing =
                lane.cards().stream().filter(card -> !map.usesId(card.id())).toList();
        missing.forEach(card -> ensureStage(card.stageId()));
        return missing;
    }

    private void ensureCell(Place place) {
        ensureStage(place.stageId());
        if (map.lane(place.laneId()).isEmpty()) {
            restoreLane(place.laneId(), false);
        }
    }

    private void restoreCard(Card card, Place place) {
        ensureCell(place);
        int index = Orders.placeAfterPredecessor(
                older.cell(place.laneId(), place.stageId()),
                card.id(),
                new MapSide(map).cell(place.laneId(), place.stageId()));
        run(new AddCardsCommand(Messages.get("undo.addCard"), place.laneId(), place.stageId(), index, List.of(card)));
    }

    /** A connector as it was, with the cards it joins where they are gone too. */
    private void restoreConnector(Connector connector) {
        ensureCards(connector);
        run(new AddConnectorCommand(connector));
    }

    private void restoreEnds(String id, Object ends) {
        Connector now =
                map.connector(id).orElseThrow(() -> new IllegalArgumentException("no connector \"" + id + "\""));
        Connector then = ComparedField.CONNECTOR_ENDS.with(now, ends);
        ensureCards(then);
        run(new DeleteConnectorsCommand(Set.of(id)));
        run(new AddConnectorCommand(then));
    }

    private void ensureCards(Connector connector) {
        for (String cardId : List.of(connector.fromCardId(), connector.toCardId())) {
            if (map.findCard(cardId).isEmpty() && older.cards.containsKey(cardId)) {
                restoreCard(older.cards.get(cardId), older.place(cardId));
            }
        }
    }

    private void moveLaneBack(String id, String formerOwner) {
        String owner = ownerOf(id);
        if (map.persona(formerOwner).isEmpty()) {
            restorePersona(formerOwner, false);
        }
        if (owner.equals(formerOwner)) {
            int index = Orders.placeAfterPredecessor(
                    older.laneIds(owner), id, without(new MapSide(map).laneIds(owner), id));
            run(ListEdit.move(ElementList.lanesOf(owner), id, index));
            return;
        }
        Lane lane = map.lane(id).orElseThrow();
        JourneyMap before = map;
        run(ListEdit.remove(ElementList.lanesOf(owner), id));
        int index = Orders.placeAfterPredecessor(older.laneIds(formerOwner), id, new MapSide(map).laneIds(formerOwner));
        run(ListEdit.insert(ElementList.lanesOf(formerOwner), lane, index));
        restoreConnectorsOf(before, lane);
    }

    /**
     * Puts back the connectors of a lane's cards that a step removing the lane for a moment dropped with them
     * (a lane is moved or changes kind by being taken out and put back).
     */
    private void restoreConnectorsOf(JourneyMap before, Lane lane) {
        Set<String> cardIds =
                new java.util.HashSet<>(lane.cards().stream().map(Card::id).toList());
        for (Connector connector : before.connectors()) {
            boolean touches = cardIds.contains(connector.fromCardId()) || cardIds.contains(connector.toCardId());
            if (touches
                    && map.connector(connector.id()).isEmpty()
                    && map.findCard(connector.fromCardId()).isPresent()
                    && map.findCard(connector.toCardId()).isPresent()) {
                run(new AddConnectorCommand(connector));
            }
        }
    }

    private void moveCardBack(String id, Place from) {
        if (map.findCard(id).isEmpty()) {
            throw new IllegalArgumentException("no card \"" + id + "\"");
        }
        ensureCell(from);
        List<String> cell = without(new MapSide(map).cell(from.laneId(), from.stageId()), id);
        int index = Orders.placeAfterPredecessor(older.cell(from.laneId(), from.stageId()), id, cell);
        run(new MoveCardsCommand(List.of(id), from.laneId(), from.stageId(), index));
        restoreDroppedValues(List.of(id));
    }

    /**
     * Gives cards back the channel or score they had in the older map and lost to a lane that could not hold it,
     * now that they are in one that can.
     */
    private void restoreDroppedValues(List<String> cardIds) {
        for (String id : cardIds) {
            Card then = older.cards.get(id);
            JourneyMap.CardPlace now = map.findCard(id).orElse(null);
            if (then == null || now == null) {
                continue;
            }
            for (ComparedField<Card, ?> field : ComparedField.CARD) {
                Object was = field.valueIn(then);
                if (was != null
                        && field.dependsOnLaneKind()
                        && field.valueIn(now.card()) == null
                        && field.fits(now.lane().kind())) {
                    run(edit(field, id, was));
                }
            }
        }
    }

    private String ownerOf(String laneId) {
        return map.personaOfLane(laneId)
                .orElseThrow(() -> new IllegalArgumentException("no lane \"" + laneId + "\""))
                .id();
    }

    private void run(Command step) {
        try {
            map = step.apply(map);
        } catch (MapInvariantException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        steps.add(step);
    }

    private Command done() {
        return new CompositeCommand(Messages.get("compare.undo.takeBack"), steps);
    }

    private static List<String> stageIds(JourneyMap map) {
        return map.stages().stream().map(Stage::id).toList();
    }

    private static List<String> without(List<String> ids, String id) {
        return Orders.without(ids, id);
    }
}
