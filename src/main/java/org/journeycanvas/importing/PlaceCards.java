package org.journeycanvas.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeycanvas.command.Command;
import org.journeycanvas.command.ListEdit;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.Persona;

/**
 * Many {@link PlaceCard}s applied together with one pass over the map's cards: each alone maps every lane, which
 * for thousands of moved or added cards made applying an import take minutes. The result is the same as applying
 * them one after another: lanes added first, then each card at the end of its cell, in the order given.
 */
record PlaceCards(List<PlaceCard> places) implements Command {
    PlaceCards {
        places = List.copyOf(places);
        if (places.isEmpty()) {
            throw new IllegalArgumentException("nothing to place");
        }
    }

    @Override
    public String undoLabel() {
        // a step of the import's command, which has its own label
        return places.get(0).undoLabel();
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        JourneyMap withLanes = map;
        for (PlaceCard place : places) {
            Lane newLane = place.newLane();
            if (newLane != null && withLanes.lane(newLane.id()).isEmpty()) {
                Persona persona = withLanes
                        .persona(place.personaId())
                        .orElseThrow(() -> new IllegalArgumentException("no persona \"" + place.personaId() + "\""));
                withLanes = ListEdit.addLaneInUsualPlace(persona, newLane).apply(withLanes);
            }
        }
        Map<String, Card> current = new HashMap<>();
        Map<String, Lane> lanes = new HashMap<>();
        for (Persona persona : withLanes.personas()) {
            for (Lane lane : persona.lanes()) {
                lanes.put(lane.id(), lane);
                lane.cards().forEach(card -> current.put(card.id(), card));
            }
        }
        Set<String> moved = new HashSet<>();
        // the cards each lane gets, by stage in the order given
        Map<String, Map<String, List<Card>>> placed = new HashMap<>();
        for (PlaceCard place : places) {
            Lane target = lanes.get(place.laneId());
            if (target == null) {
                throw new IllegalArgumentException("no lane " + place.laneId());
            }
            withLanes
                    .stage(place.stageId())
                    .orElseThrow(() -> new IllegalArgumentException("no stage " + place.stageId()));
            Card card = place.card();
            if (place.isMove()) {
                Card now = current.get(card.id());
                if (now == null) {
                    throw new IllegalArgumentException("no card " + card.id());
                }
                card = now.withChannel(card.channel()).withScore(card.score());
                moved.add(card.id());
            }
            placed.computeIfAbsent(place.laneId(), id -> new LinkedHashMap<>())
                    .computeIfAbsent(place.stageId(), id -> new ArrayList<>())
                    .add(card.withStageId(place.stageId()).adaptedTo(target.kind()));
        }
        return withLanes.withLanesMapped(lane -> {
            Lane result = moved.isEmpty() ? lane : lane.withoutCards(moved);
            for (Map.Entry<String, List<Card>> cell :
                    placed.getOrDefault(lane.id(), Map.of()).entrySet()) {
                result = result.withCardsInserted(cell.getKey(), Integer.MAX_VALUE, cell.getValue());
            }
            return result;
        });
    }
}
