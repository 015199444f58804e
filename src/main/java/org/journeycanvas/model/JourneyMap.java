package org.journeycanvas.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.journeycanvas.i18n.Messages;

/**
 * A customer-journey map: stages across, personas down, each persona a band of lanes holding cards, and
 * connectors drawn from card to card. Immutable; every change makes a new map that shares the parts it did not
 * touch.
 *
 * <p>A connector exists only while both its cards do: the constructor refuses one whose card is missing (a
 * broken file), and {@link #withPersonas} (through which every change to lanes and cards goes) drops the
 * connectors of the cards a change removed, so deleting a card, a lane, a stage's cards or a persona deletes
 * their connectors too.
 */
public record JourneyMap(
        String id,
        String title,
        String description,
        List<Stage> stages,
        List<Persona> personas,
        List<Connector> connectors) {
    public JourneyMap {
        Invariants.id(id, "id");
        title = Invariants.text(title, "title");
        description = Invariants.text(description, "description");
        stages = Invariants.list(stages, "stages");
        personas = Invariants.list(personas, "personas");
        connectors = Invariants.list(connectors, "connectors");
        checkIdsAndReferences(id, stages, personas, connectors);
    }

    /** A map without connectors. */
    public JourneyMap(String id, String title, String description, List<Stage> stages, List<Persona> personas) {
        this(id, title, description, stages, personas, List.of());
    }

    public JourneyMap withTitle(String newTitle) {
        return new JourneyMap(id, newTitle, description, stages, personas, connectors);
    }

    public JourneyMap withDescription(String newDescription) {
        return new JourneyMap(id, title, newDescription, stages, personas, connectors);
    }

    /** The map with other stages (a stage's cards must be removed first, with {@link #withPersonas}). */
    public JourneyMap withStages(List<Stage> newStages) {
        return new JourneyMap(id, title, description, newStages, personas, connectors);
    }

    /** The map with other personas; connectors of cards that are gone are dropped. */
    public JourneyMap withPersonas(List<Persona> newPersonas) {
        return withoutDanglingConnectors(newPersonas);
    }

    public JourneyMap withConnectors(List<Connector> newConnectors) {
        return new JourneyMap(id, title, description, stages, personas, newConnectors);
    }

    /** The map with one connector passed through the given function. */
    public JourneyMap withConnectorMapped(String connectorId, UnaryOperator<Connector> change) {
        return withConnectors(connectors.stream()
                .map(connector -> connector.id().equals(connectorId) ? change.apply(connector) : connector)
                .toList());
    }

    public Optional<Connector> connector(String connectorId) {
        return connectors.stream()
                .filter(connector -> connector.id().equals(connectorId))
                .findFirst();
    }

    /**
     * The map with these personas, keeping only the connectors whose cards are both still there and the links of
     * opportunities to pain points that still are.
     */
    private JourneyMap withoutDanglingConnectors(List<Persona> changedPersonas) {
        List<Persona> newPersonas = OpportunityLinks.pruned(changedPersonas);
        if (connectors.isEmpty()) {
            return new JourneyMap(id, title, description, stages, newPersonas, connectors);
        }
        Set<String> cardIds = cardIds(newPersonas);
        List<Connector> kept = connectors.stream()
                .filter(connector -> cardIds.contains(connector.fromCardId()) && cardIds.contains(connector.toCardId()))
                .toList();
        return new JourneyMap(
                id, title, description, stages, newPersonas, kept.size() == connectors.size() ? connectors : kept);
    }

    /** The map with one persona passed through the given function. */
    public JourneyMap withPersonaMapped(String personaId, UnaryOperator<Persona> change) {
        return withPersonas(personas.stream()
                .map(persona -> persona.id().equals(personaId) ? change.apply(persona) : persona)
                .toList());
    }

    /** The persona that holds a lane. */
    public Optional<Persona> personaOfLane(String laneId) {
        return personas.stream()
                .filter(persona ->
                        persona.lanes().stream().anyMatch(lane -> lane.id().equals(laneId)))
                .findFirst();
    }

    /** The map with every lane of every persona passed through the given function. */
    public JourneyMap withLanesMapped(UnaryOperator<Lane> change) {
        boolean any = false;
        List<Persona> changed = new ArrayList<>(personas.size());
        for (Persona persona : personas) {
            Persona next = persona.withLanesMapped(change);
            any |= next != persona;
            changed.add(next);
        }
        return any ? withPersonas(changed) : this;
    }

    public Optional<Stage> stage(String stageId) {
        return stages.stream().filter(stage -> stage.id().equals(stageId)).findFirst();
    }

    /** The position of a stage from the left, or -1 when there is none with that id. */
    public int stageIndex(String stageId) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).id().equals(stageId)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<Persona> persona(String personaId) {
        return personas.stream()
                .filter(persona -> persona.id().equals(personaId))
                .findFirst();
    }

    public Optional<Lane> lane(String laneId) {
        for (Persona persona : personas) {
            for (Lane lane : persona.lanes()) {
                if (lane.id().equals(laneId)) {
                    return Optional.of(lane);
                }
            }
        }
        return Optional.empty();
    }

    /** Where a card is: its persona, its lane and the card itself. */
    public Optional<CardPlace> findCard(String cardId) {
        for (Persona persona : personas) {
            for (Lane lane : persona.lanes()) {
                for (Card card : lane.cards()) {
                    if (card.id().equals(cardId)) {
                        return Optional.of(new CardPlace(persona, lane, card));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether an element of the map has this id: for checking one new id, where collecting them all
     * ({@link #ids()}) would cost a set of thousands on every card added.
     */
    public boolean usesId(String candidate) {
        if (id.equals(candidate)) {
            return true;
        }
        for (Connector connector : connectors) {
            if (connector.id().equals(candidate)) {
                return true;
            }
        }
        for (Stage stage : stages) {
            if (stage.id().equals(candidate)) {
                return true;
            }
        }
        for (Persona persona : personas) {
            if (persona.id().equals(candidate)) {
                return true;
            }
            for (Lane lane : persona.lanes()) {
                if (lane.id().equals(candidate)) {
                    return true;
                }
                for (Card card : lane.cards()) {
                    if (card.id().equals(candidate)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Every id in use in the map, for making new ones that do not clash. */
    public Set<String> ids() {
        Set<String> ids = new HashSet<>();
        ids.add(id);
        stages.forEach(stage -> ids.add(stage.id()));
        for (Persona persona : personas) {
            ids.add(persona.id());
            for (Lane lane : persona.lanes()) {
                ids.add(lane.id());
                lane.cards().forEach(card -> ids.add(card.id()));
            }
        }
        connectors.forEach(connector -> ids.add(connector.id()));
        return ids;
    }

    public int cardCount() {
        int count = 0;
        for (Persona persona : personas) {
            for (Lane lane : persona.lanes()) {
                count += lane.cards().size();
            }
        }
        return count;
    }

    /** A card with the persona and lane that hold it. */
    public record CardPlace(Persona persona, Lane lane, Card card) {}

    /**
     * Checks that ids are unique and cards refer to stages. Runs on every change, so the common case uses plain
     * sets; the paths for the message are worked out only when something is wrong.
     */
    private static void checkIdsAndReferences(
            String mapId, List<Stage> stages, List<Persona> personas, List<Connector> connectors) {
        Set<String> stageIds = new HashSet<>(capacityFor(stages.size()));
        // Sized for all the ids at once: growing a set of thousands step by step was most of this check's cost.
        Set<String> ids = new HashSet<>(capacityFor(1 + stages.size() + elementCount(personas) + connectors.size()));
        boolean valid = ids.add(mapId);
        for (Stage stage : stages) {
            valid &= ids.add(stage.id());
            stageIds.add(stage.id());
        }
        for (Persona persona : personas) {
            valid &= ids.add(persona.id());
            for (Lane lane : persona.lanes()) {
                valid &= ids.add(lane.id());
                for (Card card : lane.cards()) {
                    valid &= ids.add(card.id()) && stageIds.contains(card.stageId());
                }
            }
        }
        if (valid && !connectors.isEmpty()) {
            Set<String> cardIds = cardIds(personas);
            for (Connector connector : connectors) {
                valid &= ids.add(connector.id())
                        && cardIds.contains(connector.fromCardId())
                        && cardIds.contains(connector.toCardId());
            }
        }
        if (!valid) {
            Map<String, String> pathById = reportFirstProblem(mapId, stages, personas);
            reportConnectorProblem(pathById, personas, connectors);
        }
        OpportunityLinks.check(personas);
    }

    private static Set<String> cardIds(List<Persona> personas) {
        Set<String> cardIds = new HashSet<>();
        for (Persona persona : personas) {
            for (Lane lane : persona.lanes()) {
                lane.cards().forEach(card -> cardIds.add(card.id()));
            }
        }
        return cardIds;
    }

    /**
     * Called when the stages, personas, lanes and cards were found right, so the problem is in a connector: a
     * repeated id, an id another element has, or a card that is not there.
     */
    private static void reportConnectorProblem(
            Map<String, String> pathById, List<Persona> personas, List<Connector> connectors) {
        Set<String> cardIds = cardIds(personas);
        for (int i = 0; i < connectors.size(); i++) {
            Connector connector = connectors.get(i);
            String path = "connectors[" + i + "]";
            claim(pathById, connector.id(), path + ".id");
            if (!cardIds.contains(connector.fromCardId())) {
                throw new MapInvariantException(
                        path + ".from", Messages.get("model.connector.cardMissing", connector.fromCardId()));
            }
            if (!cardIds.contains(connector.toCardId())) {
                throw new MapInvariantException(
                        path + ".to", Messages.get("model.connector.cardMissing", connector.toCardId()));
            }
        }
    }

    private static int elementCount(List<Persona> personas) {
        int count = 0;
        for (Persona persona : personas) {
            count += 1 + persona.lanes().size();
            for (Lane lane : persona.lanes()) {
                count += lane.cards().size();
            }
        }
        return count;
    }

    /** The initial capacity at which a hash set holds that many elements without growing. */
    private static int capacityFor(int elements) {
        return (int) (elements / 0.75f) + 1;
    }

    /** Throws for the first repeated id or missing stage; else gives the path of every id, for the connectors. */
    private static Map<String, String> reportFirstProblem(String mapId, List<Stage> stages, List<Persona> personas) {
        Map<String, String> pathById = new HashMap<>();
        claim(pathById, mapId, "id");
        for (int s = 0; s < stages.size(); s++) {
            claim(pathById, stages.get(s).id(), "stages[" + s + "].id");
        }
        for (int p = 0; p < personas.size(); p++) {
            Persona persona = personas.get(p);
            String personaPath = "personas[" + p + "]";
            claim(pathById, persona.id(), personaPath + ".id");
            for (int l = 0; l < persona.lanes().size(); l++) {
                Lane lane = persona.lanes().get(l);
                String lanePath = personaPath + ".lanes[" + l + "]";
                claim(pathById, lane.id(), lanePath + ".id");
                for (int c = 0; c < lane.cards().size(); c++) {
                    Card card = lane.cards().get(c);
                    String cardPath = lanePath + ".cards[" + c + "]";
                    claim(pathById, card.id(), cardPath + ".id");
                    String owner = pathById.get(card.stageId());
                    if (owner == null || !owner.startsWith("stages[")) {
                        throw new MapInvariantException(
                                cardPath + ".stage", Messages.get("model.stage.missing", card.stageId()));
                    }
                }
            }
        }
        return pathById;
    }

    private static void claim(Map<String, String> pathById, String id, String path) {
        String earlier = pathById.putIfAbsent(id, path);
        if (earlier != null) {
            throw new MapInvariantException(path, Messages.get("model.id.taken", id), earlier);
        }
    }
}
