package org.journeycanvas.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.Persona;

/**
 * What changed from an older version of a map to a newer one, with elements matched by id: the map's own fields,
 * then stages, personas, lanes and cards — each kind's removed elements in the older map's order, then the newer
 * map's added, moved and changed ones in its order; connectors last, which are added, removed or changed. The map's id is not compared: two files of the same content
 * are the same map to a user. A channel or score a card lost by moving to a lane that cannot hold it (or by its
 * lane's kind changing) is part of that move, and comes back when the move is taken back.
 */
public final class MapDiff {
    private final MapSide older;
    private final MapSide newer;
    private final List<Difference> differences = new ArrayList<>();

    private MapDiff(JourneyMap older, JourneyMap newer) {
        this.older = new MapSide(older);
        this.newer = new MapSide(newer);
    }

    public static List<Difference> between(JourneyMap older, JourneyMap newer) {
        MapDiff diff = new MapDiff(older, newer);
        diff.fields(ElementKind.MAP, "", ComparedField.MAP, older, newer, newer);
        diff.listed(ElementKind.STAGE, diff.older.stages, diff.newer.stages, ComparedField.STAGE);
        diff.listed(ElementKind.PERSONA, diff.older.personas, diff.newer.personas, ComparedField.PERSONA);
        diff.lanes();
        diff.cards();
        diff.connectors();
        return rankingsLast(diff.differences);
    }

    /**
     * The list with the changes of opportunities' rankings at its end: a ranking's links to pain points hold only
     * while those cards are pain points, so a ranking taken back before the moves and additions of its pain points
     * would lose its links again.
     */
    private static List<Difference> rankingsLast(List<Difference> differences) {
        List<Difference> ordered = new ArrayList<>(differences.size());
        List<Difference> rankings = new ArrayList<>();
        for (Difference difference : differences) {
            boolean ranking = difference instanceof Difference.Changed changed
                    && changed.field().name().equals("opportunity");
            (ranking ? rankings : ordered).add(difference);
        }
        ordered.addAll(rankings);
        return List.copyOf(ordered);
    }

    /** Stages or personas: elements of one list of the map. */
    private <E> void listed(
            ElementKind kind, Map<String, E> before, Map<String, E> after, List<ComparedField<E, ?>> fields) {
        removed(kind, before, after);
        Set<String> moved = Orders.moved(List.copyOf(before.keySet()), List.copyOf(after.keySet()));
        for (Map.Entry<String, E> entry : after.entrySet()) {
            String id = entry.getKey();
            E element = entry.getValue();
            E old = before.get(id);
            if (old == null) {
                differences.add(new Difference.Added(kind, id, element, newer.place(id)));
                continue;
            }
            if (moved.contains(id)) {
                differences.add(new Difference.Moved(kind, id, element, older.place(id), newer.place(id), older.map));
            }
            fields(kind, id, fields, old, element, element);
        }
    }

    private void lanes() {
        removed(ElementKind.LANE, older.lanes, newer.lanes);
        for (Persona persona : newer.map.personas()) {
            List<String> kept = newer.laneIds(persona.id()).stream()
                    .filter(id -> older.lanes.containsKey(id)
                            && persona.id().equals(older.place(id).personaId()))
                    .toList();
            Set<String> reordered = Orders.moved(older.laneIds(persona.id()), kept);
            for (Lane lane : persona.lanes()) {
                Lane old = older.lanes.get(lane.id());
                if (old == null) {
                    differences.add(new Difference.Added(ElementKind.LANE, lane.id(), lane, newer.place(lane.id())));
                    continue;
                }
                if (reordered.contains(lane.id()) || !kept.contains(lane.id())) {
                    differences.add(new Difference.Moved(
                            ElementKind.LANE,
                            lane.id(),
                            lane,
                            older.place(lane.id()),
                            newer.place(lane.id()),
                            older.map));
                }
                fields(ElementKind.LANE, lane.id(), ComparedField.LANE, old, lane, lane);
            }
        }
    }

    private void cards() {
        removed(ElementKind.CARD, older.cards, newer.cards);
        int start = differences.size();
        for (Persona persona : newer.map.personas()) {
            for (Lane lane : persona.lanes()) {
                for (Map.Entry<String, List<Card>> cell : lane.cardsByStage().entrySet()) {
                    cell(lane, cell.getKey(), cell.getValue());
                }
            }
        }
        // Cells come in no particular order: put the cards' differences back in the map's order (a stable sort).
        Map<String, Integer> position = new HashMap<>();
        for (String id : newer.cards.keySet()) {
            position.put(id, position.size());
        }
        differences.subList(start, differences.size()).sort(Comparator.comparing(d -> position.get(d.id())));
    }

    /** Connectors are drawn, not listed: their order in the file is no difference. */
    private void connectors() {
        removed(ElementKind.CONNECTOR, older.connectors, newer.connectors);
        for (Connector connector : newer.map.connectors()) {
            Connector old = older.connectors.get(connector.id());
            if (old == null) {
                differences.add(new Difference.Added(
                        ElementKind.CONNECTOR, connector.id(), connector, newer.place(connector.id())));
            } else {
                fields(ElementKind.CONNECTOR, connector.id(), ComparedField.CONNECTOR, old, connector, connector);
            }
        }
    }

    private void cell(Lane lane, String stageId, List<Card> cards) {
        List<String> ids = cards.stream().map(Card::id).toList();
        Set<String> stayed = ids.stream()
                .filter(id -> {
                    Place was = older.place(id);
                    return was != null
                            && older.cards.containsKey(id)
                            && lane.id().equals(was.laneId())
                            && stageId.equals(was.stageId());
                })
                .collect(Collectors.toSet());
        Set<String> reordered = Orders.moved(
                older.cell(lane.id(), stageId),
                ids.stream().filter(stayed::contains).toList());
        for (Card card : cards) {
            Card old = older.cards.get(card.id());
            if (old == null) {
                differences.add(new Difference.Added(ElementKind.CARD, card.id(), card, newer.place(card.id())));
                continue;
            }
            if (!stayed.contains(card.id()) || reordered.contains(card.id())) {
                differences.add(new Difference.Moved(
                        ElementKind.CARD, card.id(), card, older.place(card.id()), newer.place(card.id()), older.map));
            }
            List<ComparedField<Card, ?>> held = ComparedField.CARD.stream()
                    .filter(field -> field.fits(lane.kind()))
                    .toList();
            fields(ElementKind.CARD, card.id(), held, old, card, card);
        }
    }

    private <E> void removed(ElementKind kind, Map<String, E> before, Map<String, E> after) {
        for (Map.Entry<String, E> entry : before.entrySet()) {
            if (!after.containsKey(entry.getKey())) {
                differences.add(new Difference.Removed(
                        kind, entry.getKey(), entry.getValue(), older.place(entry.getKey()), older.map));
            }
        }
    }

    private <E> void fields(ElementKind kind, String id, List<ComparedField<E, ?>> fields, E old, E now, Object shown) {
        for (ComparedField<E, ?> field : fields) {
            Object before = field.valueIn(old);
            Object after = field.valueIn(now);
            if (!Objects.equals(before, after)) {
                differences.add(new Difference.Changed(kind, id, shown, field, before, after, older.map));
            }
        }
    }
}
