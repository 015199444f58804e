package org.journeycanvas.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

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
    /**
     * Checks the map ({@link MapChecks}; only what an edit replaced when it was made from a recent map, {@link
     * EditChecks}) and hands the elements it found by id to the map's {@link MapIndex}, so that the editor does not
     * index each new version of a large map a second time.
     */
    public JourneyMap(
            String id,
            String title,
            String description,
            List<Stage> stages,
            List<Persona> personas,
            List<Connector> connectors) {
        this.id = Invariants.id(id, "id");
        this.title = Invariants.text(title, "title");
        this.description = Invariants.text(description, "description");
        this.stages = Invariants.list(stages, "stages");
        this.personas = Invariants.list(personas, "personas");
        this.connectors = Invariants.list(connectors, "connectors");
        MapIndex.remember(this, MapIndex.checkedElements(id, this.stages, this.personas, this.connectors));
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
        RemovedCards removed = RemovedCards.between(personas, changedPersonas);
        List<Persona> newPersonas =
                removed.mayBreakLinks() ? OpportunityLinks.pruned(changedPersonas) : changedPersonas;
        if (connectors.isEmpty() || removed.cardIds().isEmpty()) {
            return new JourneyMap(id, title, description, stages, newPersonas, connectors);
        }
        List<Connector> kept = connectors.stream()
                .filter(connector -> !removed.cardIds().contains(connector.fromCardId())
                        && !removed.cardIds().contains(connector.toCardId()))
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

    /** Whether an element of the map, or the map itself, has this id: a look-up in the map's index. */
    public boolean usesId(String candidate) {
        return MapIndex.of(this).usesId(candidate);
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
}
