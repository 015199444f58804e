package org.journeycanvas.importing;

import java.util.Objects;
import java.util.Set;
import org.journeycanvas.command.Command;
import org.journeycanvas.command.ListEdit;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.Persona;

/**
 * Puts a card at the end of a cell: a new card from the edited export, or a card the export moved. The lane is
 * added first when the export named one the persona lacks; several changes may name the same new lane, and
 * whichever is applied first adds it, so each can be accepted alone.
 *
 * @param newLane the lane to add to the persona when it is not there yet, or null when the lane exists
 * @param card the new card, or for a move the card's channel and score in its new lane (its other fields are
 *     taken from the map when applied, so the field edits of the same import are kept)
 * @param isMove whether {@code card} is already in the map
 */
record PlaceCard(String personaId, Lane newLane, String laneId, String stageId, Card card, boolean isMove)
        implements Command {
    PlaceCard {
        Objects.requireNonNull(card);
    }

    @Override
    public String undoLabel() {
        return isMove ? Messages.plural("undo.moveCards", 1) : Messages.get("undo.addCard");
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        JourneyMap withLane = map;
        if (newLane != null && map.lane(newLane.id()).isEmpty()) {
            Persona persona = map.persona(personaId)
                    .orElseThrow(() -> new IllegalArgumentException("no persona \"" + personaId + "\""));
            withLane = ListEdit.addLaneInUsualPlace(persona, newLane).apply(map);
        }
        Lane target = withLane.lane(laneId).orElseThrow(() -> new IllegalArgumentException("no lane " + laneId));
        withLane.stage(stageId).orElseThrow(() -> new IllegalArgumentException("no stage " + stageId));
        Card placed = card;
        if (isMove) {
            Card current = withLane.findCard(card.id())
                    .orElseThrow(() -> new IllegalArgumentException("no card " + card.id()))
                    .card();
            placed = current.withChannel(card.channel()).withScore(card.score());
        }
        Card fitted = placed.withStageId(stageId).adaptedTo(target.kind());
        // one pass, so that no map in between lacks the moved card (which would drop its connectors)
        return withLane.withLanesMapped(lane -> {
            Lane without = isMove ? lane.withoutCards(Set.of(card.id())) : lane;
            return lane.id().equals(laneId)
                    ? without.withCardsInserted(stageId, Integer.MAX_VALUE, java.util.List.of(fitted))
                    : without;
        });
    }
}
