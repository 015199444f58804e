package org.journeycanvas.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeycanvas.io.FileLimits;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.IdGenerator;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/**
 * Merges two versions of a map made from a common base, element by element (matched by id) and field by field.
 * A change made on one side is taken; the same change on both sides is taken once. A conflict keeps both versions
 * in a valid map and is reported ({@link MergeConflict}): a card whose fields both sides changed differently is
 * kept twice, ours then theirs under a fresh id, side by side in its cell and both tagged {@value
 * MergeConflict#TAG}; an element edited on one side and deleted on the other is kept with the edit (a card tagged);
 * a stage, persona or lane field both changed, an element both moved, or a list both reordered keeps ours; an
 * element deleted on one side but given content on the other (a stage that got a card) is kept. The result always
 * holds together: every card's lane, persona and stage exist, ids are unique, a card fits its lane's kind, and a
 * connector whose card is gone after the merge is dropped (and reported), as is an opportunity's link to a pain
 * point that is gone.
 */
public final class ThreeWayMerge {
    private final MapSide base;
    private final MapSide ours;
    private final MapSide theirs;
    private final List<MergeConflict> conflicts = new ArrayList<>();
    private final Set<String> takenIds = new HashSet<>();
    private final IdGenerator ids = new IdGenerator();

    private final Map<String, Card> cards = new LinkedHashMap<>();
    private final Map<String, String> cardLane = new HashMap<>();
    private final Map<String, Set<String>> cardsByLane = new HashMap<>();
    /** A card's second version, by the id of the first, for cards both sides changed differently. */
    private final Map<String, Card> theirCopies = new HashMap<>();

    private final Map<String, Lane> lanes = new LinkedHashMap<>();
    private final Map<String, String> laneOwner = new HashMap<>();
    private final Map<String, Persona> personas = new LinkedHashMap<>();
    private final Map<String, Stage> stages = new LinkedHashMap<>();
    private final Map<String, Connector> connectors = new LinkedHashMap<>();

    private ThreeWayMerge(JourneyMap base, JourneyMap ours, JourneyMap theirs) {
        this.base = new MapSide(base);
        this.ours = new MapSide(ours);
        this.theirs = new MapSide(theirs);
        takenIds.addAll(base.ids());
        takenIds.addAll(ours.ids());
        takenIds.addAll(theirs.ids());
    }

    public static MergeResult merge(JourneyMap base, JourneyMap ours, JourneyMap theirs) {
        return new ThreeWayMerge(base, ours, theirs).run();
    }

    private MergeResult run() {
        mergeCards();
        mergeLanes();
        mergePersonas();
        mergeStages();
        mergeConnectors();
        JourneyMap head = mapFields();
        List<String> stageOrder =
                order(ElementKind.MAP, "stages", base.stageIds(), ours.stageIds(), theirs.stageIds(), stages.keySet());
        List<String> personaOrder = order(
                ElementKind.MAP,
                "personas",
                base.personaIds(),
                ours.personaIds(),
                theirs.personaIds(),
                personas.keySet());
        List<Persona> builtPersonas = new ArrayList<>();
        Map<String, Set<String>> lanesByPersona = grouped(laneOwner);
        cardsByLane.putAll(grouped(cardLane));
        for (String personaId : personaOrder) {
            builtPersonas.add(buildPersona(personas.get(personaId), lanesByPersona));
        }
        // Built through withPersonas, so whatever refers to a card the merge removed goes as it does in an edit;
        // connectors were merged and checked before, so none is dropped without a report.
        JourneyMap map = head.withStages(stageOrder.stream().map(stages::get).toList())
                .withPersonas(builtPersonas)
                .withConnectors(withTwinsOfCopies(ListOrder.merge(
                                base.connectorIds(), ours.connectorIds(), theirs.connectorIds(), connectors.keySet())
                        .order()
                        .stream()
                        .map(connectors::get)
                        .toList()));
        // Links to pain points the merge deleted went with withPersonas, as connectors would: say so too.
        List<Card> mergedCards = new ArrayList<>(cards.values());
        mergedCards.addAll(theirCopies.values());
        Set<String> inConflict = new HashSet<>();
        conflicts.forEach(conflict -> inConflict.add(conflict.id()));
        conflicts.addAll(DroppedLinks.in(mergedCards, map, inConflict, this::cardText));
        return new MergeResult(map, conflicts);
    }

    /**
     * The connectors, and for each one that touches a card kept in two versions a twin joining the other version,
     * so that whichever version the user keeps still has its connectors.
     */
    private List<Connector> withTwinsOfCopies(List<Connector> merged) {
        List<Connector> all = new ArrayList<>(merged);
        for (Connector connector : merged) {
            Card fromCopy = theirCopies.get(connector.fromCardId());
            Card toCopy = theirCopies.get(connector.toCardId());
            if (fromCopy != null || toCopy != null) {
                all.add(connector
                        .withId(ids.take(takenIds))
                        .withEnds(
                                fromCopy == null ? connector.fromCardId() : fromCopy.id(),
                                toCopy == null ? connector.toCardId() : toCopy.id()));
            }
        }
        return all;
    }

    private JourneyMap mapFields() {
        ElementMerge<JourneyMap> merge = new ElementMerge<>(ComparedField.MAP);
        ElementMerge.Outcome<JourneyMap> outcome = merge.merge(base.map, ours.map, theirs.map, null, null, null);
        report(ElementKind.MAP, "", "", outcome);
        String id = base.map.id().equals(ours.map.id()) ? theirs.map.id() : ours.map.id();
        JourneyMap merged = outcome.element();
        return new JourneyMap(id, merged.title(), merged.description(), List.of(), List.of());
    }

    private void mergeCards() {
        ElementMerge<Card> merge = new ElementMerge<>(ComparedField.CARD);
        for (String id : union(base.cards, ours.cards, theirs.cards)) {
            // Links are a set merged on their own, so that ranking on one side and losing a link to a deleted
            // pain point on the other are not one field changed on both sides.
            List<Card> versions =
                    LinkMerge.withMergedLinks(base.cards.get(id), ours.cards.get(id), theirs.cards.get(id));
            ElementMerge.Outcome<Card> outcome = merge.merge(
                    versions.get(0),
                    versions.get(1),
                    versions.get(2),
                    cardPlace(base, id),
                    cardPlace(ours, id),
                    cardPlace(theirs, id));
            if (outcome == null) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<String> place = (List<String>) outcome.place();
            Card card = outcome.element().withStageId(place.get(1));
            report(ElementKind.CARD, id, card.text(), outcome);
            if (outcome.theirs() != null || outcome.deletedOnOneSide()) {
                card = tagged(card);
            }
            if (outcome.theirs() != null) {
                Card copy = tagged(outcome.theirs().withStageId(place.get(1)).withId(ids.take(takenIds)));
                theirCopies.put(id, copy);
            }
            cards.put(id, card);
            cardLane.put(id, place.get(0));
        }
    }

    private void mergeLanes() {
        ElementMerge<Lane> merge = new ElementMerge<>(ComparedField.LANE);
        for (String id : union(base.lanes, ours.lanes, theirs.lanes)) {
            ElementMerge.Outcome<Lane> outcome = merge.merge(
                    base.lanes.get(id),
                    ours.lanes.get(id),
                    theirs.lanes.get(id),
                    owner(base, id),
                    owner(ours, id),
                    owner(theirs, id));
            if (outcome != null) {
                report(ElementKind.LANE, id, outcome.element().title(), outcome);
                lanes.put(id, outcome.element());
                laneOwner.put(id, (String) outcome.place());
            }
        }
        for (String laneId : Set.copyOf(cardLane.values())) {
            if (!lanes.containsKey(laneId)) {
                MapSide side = ours.lanes.containsKey(laneId) ? ours : theirs;
                lanes.put(laneId, side.lanes.get(laneId));
                laneOwner.put(laneId, owner(side, laneId));
                keptForContent(ElementKind.LANE, laneId, side.lanes.get(laneId).title());
            }
        }
    }

    private void mergePersonas() {
        ElementMerge<Persona> merge = new ElementMerge<>(ComparedField.PERSONA);
        for (String id : union(base.personas, ours.personas, theirs.personas)) {
            ElementMerge.Outcome<Persona> outcome = merge.merge(
                    base.personas.get(id), ours.personas.get(id), theirs.personas.get(id), null, null, null);
            if (outcome != null) {
                report(ElementKind.PERSONA, id, outcome.element().name(), outcome);
                personas.put(id, outcome.element());
            }
        }
        for (String personaId : Set.copyOf(laneOwner.values())) {
            if (!personas.containsKey(personaId)) {
                Persona kept = (ours.personas.containsKey(personaId) ? ours : theirs).personas.get(personaId);
                personas.put(personaId, kept);
                keptForContent(ElementKind.PERSONA, personaId, kept.name());
            }
        }
    }

    private void mergeStages() {
        ElementMerge<Stage> merge = new ElementMerge<>(ComparedField.STAGE);
        for (String id : union(base.stages, ours.stages, theirs.stages)) {
            ElementMerge.Outcome<Stage> outcome =
                    merge.merge(base.stages.get(id), ours.stages.get(id), theirs.stages.get(id), null, null, null);
            if (outcome != null) {
                report(ElementKind.STAGE, id, outcome.element().name(), outcome);
                stages.put(id, outcome.element());
            }
        }
        Set<String> used = new LinkedHashSet<>();
        cards.values().forEach(card -> used.add(card.stageId()));
        for (String stageId : used) {
            if (!stages.containsKey(stageId)) {
                Stage kept = (ours.stages.containsKey(stageId) ? ours : theirs).stages.get(stageId);
                stages.put(stageId, kept);
                keptForContent(ElementKind.STAGE, stageId, kept.name());
            }
        }
    }

    /** Connectors merged field by field; one whose card the merge deleted is dropped, and said so. */
    private void mergeConnectors() {
        ElementMerge<Connector> merge = new ElementMerge<>(ComparedField.CONNECTOR);
        for (String id : union(base.connectors, ours.connectors, theirs.connectors)) {
            ElementMerge.Outcome<Connector> outcome = merge.merge(
                    base.connectors.get(id), ours.connectors.get(id), theirs.connectors.get(id), null, null, null);
            if (outcome == null) {
                continue;
            }
            Connector connector = outcome.element();
            String name = ElementNames.connector(connector, this::cardText);
            report(ElementKind.CONNECTOR, id, name, outcome);
            if (cards.containsKey(connector.fromCardId()) && cards.containsKey(connector.toCardId())) {
                connectors.put(id, connector);
            } else {
                conflicts.add(new MergeConflict(
                        MergeConflict.Kind.CONNECTOR_DROPPED, ElementKind.CONNECTOR, id, name, null, null, null));
            }
        }
    }

    /** A card's text for naming a connector: as merged, else as either side or the base had it. */
    private String cardText(String cardId) {
        Card card = cards.get(cardId);
        if (card != null) {
            return card.text();
        }
        return (ours.cards.containsKey(cardId) ? ours : theirs.cards.containsKey(cardId) ? theirs : base)
                .cardText(cardId);
    }

    private Persona buildPersona(Persona persona, Map<String, Set<String>> lanesByPersona) {
        Set<String> kept = lanesByPersona.getOrDefault(persona.id(), Set.of());
        List<String> order = order(
                ElementKind.PERSONA,
                persona.id(),
                base.laneIds(persona.id()),
                ours.laneIds(persona.id()),
                theirs.laneIds(persona.id()),
                kept);
        return persona.withLanes(
                order.stream().map(lanes::get).map(this::buildLane).toList());
    }

    private Lane buildLane(Lane lane) {
        Set<String> kept = cardsByLane.getOrDefault(lane.id(), Set.of());
        // Cards are not reported as reordered: their order across a lane's cells means nothing to users.
        List<String> order = ListOrder.merge(
                        base.cardIds(lane.id()), ours.cardIds(lane.id()), theirs.cardIds(lane.id()), kept)
                .order();
        List<Card> built = new ArrayList<>(order.size());
        for (String id : order) {
            built.add(cards.get(id).adaptedTo(lane.kind()));
            Card copy = theirCopies.get(id);
            if (copy != null) {
                built.add(copy.adaptedTo(lane.kind()));
            }
        }
        return lane.withCards(built);
    }

    private List<String> order(
            ElementKind kind,
            String id,
            List<String> inBase,
            List<String> inOurs,
            List<String> inTheirs,
            Set<String> kept) {
        ListOrder.Result result = ListOrder.merge(inBase, inOurs, inTheirs, kept);
        if (result.conflict()) {
            String name = kind == ElementKind.PERSONA ? personas.get(id).name() : "";
            conflicts.add(
                    new MergeConflict(MergeConflict.Kind.REORDERED_ON_BOTH_SIDES, kind, id, name, null, null, null));
        }
        return result.order();
    }

    private <E> void report(ElementKind kind, String id, String name, ElementMerge.Outcome<E> outcome) {
        if (outcome.deletedOnOneSide()) {
            conflicts.add(new MergeConflict(MergeConflict.Kind.EDITED_AND_DELETED, kind, id, name, null, null, null));
        }
        if (outcome.movedOnBothSides()) {
            conflicts.add(new MergeConflict(MergeConflict.Kind.MOVED_ON_BOTH_SIDES, kind, id, name, null, null, null));
        }
        for (ComparedField<E, ?> field : outcome.conflicting()) {
            conflicts.add(new MergeConflict(
                    MergeConflict.Kind.CHANGED_ON_BOTH_SIDES,
                    kind,
                    id,
                    name,
                    field,
                    field.valueIn(outcome.element()),
                    field.valueIn(outcome.theirs())));
        }
    }

    private void keptForContent(ElementKind kind, String id, String name) {
        conflicts.add(new MergeConflict(MergeConflict.Kind.KEPT_FOR_CONTENT, kind, id, name, null, null, null));
    }

    /** The card with the conflict tag, unless it has it or has as many tags as a card may. */
    private static Card tagged(Card card) {
        if (card.tags().contains(MergeConflict.TAG) || card.tags().size() >= FileLimits.DEFAULT.maxListItems()) {
            return card;
        }
        List<String> tags = new ArrayList<>(card.tags());
        tags.add(MergeConflict.TAG);
        return card.withTags(tags);
    }

    private static List<String> cardPlace(MapSide side, String cardId) {
        Card card = side.cards.get(cardId);
        return card == null ? null : List.of(side.place(cardId).laneId(), card.stageId());
    }

    private static String owner(MapSide side, String laneId) {
        return side.lanes.containsKey(laneId) ? side.place(laneId).personaId() : null;
    }

    /** The keys of a map from child to parent, by parent: the cards of each lane, the lanes of each persona. */
    private static Map<String, Set<String>> grouped(Map<String, String> parentOf) {
        Map<String, Set<String>> children = new HashMap<>();
        parentOf.forEach((child, parent) ->
                children.computeIfAbsent(parent, p -> new HashSet<>()).add(child));
        return children;
    }

    /** Every id of one kind in any version: ours' order, then theirs' others, then the base's. */
    private static Set<String> union(Map<String, ?> inBase, Map<String, ?> inOurs, Map<String, ?> inTheirs) {
        Set<String> all = new LinkedHashSet<>(inOurs.keySet());
        all.addAll(inTheirs.keySet());
        all.addAll(inBase.keySet());
        return all;
    }
}
