package org.journeycanvas.ui;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapIndex;

/**
 * What the user has selected: cards and the cell that paste goes into, or one stage, lane, persona or
 * connector, or nothing. One immutable value, replaced as a whole ({@link EditorViewModel#select}), so the canvas and the
 * inspector always agree on it. UI state: never saved, never undone.
 */
public sealed interface Selection {
    /** Nothing selected: the inspector shows the map. */
    Selection NOTHING = new Nothing();

    /** A lane at a stage. */
    record Cell(String laneId, String stageId) {}

    /** Cards, in the order they were selected (possibly none), and the cell that paste goes into (or null). */
    record Cards(Set<String> cardIds, Cell pasteCell) implements Selection {
        public Cards {
            cardIds = Collections.unmodifiableSet(new LinkedHashSet<>(cardIds));
        }

        /** The card selected alone, or null when there are none or several. */
        public String single() {
            return cardIds.size() == 1 ? cardIds.iterator().next() : null;
        }
    }

    record OfStage(String stageId) implements Selection {}

    record OfLane(String laneId) implements Selection {}

    record OfPersona(String personaId) implements Selection {}

    /** One connector (an arrow between two cards). */
    record OfConnector(String connectorId) implements Selection {}

    record Nothing() implements Selection {}

    /** These cards, with the cell that paste goes into; nothing when both are missing. */
    static Selection cards(Collection<String> cardIds, Cell pasteCell) {
        return cardIds.isEmpty() && pasteCell == null ? NOTHING : new Cards(new LinkedHashSet<>(cardIds), pasteCell);
    }

    /** An empty cell, ready to paste into. */
    static Selection cell(Cell cell) {
        return cell == null ? NOTHING : new Cards(Set.of(), cell);
    }

    /** The selected cards, in the order they were selected; none unless cards are selected. */
    default Set<String> cardIds() {
        return Set.of();
    }

    /** The cell paste goes into, or null. */
    default Cell pasteCell() {
        return null;
    }

    /** Whether nothing is selected: not a card, not a cell to paste into, nor a stage, lane, persona or connector. */
    default boolean isNothing() {
        return this instanceof Nothing
                || this instanceof Cards cards && cards.cardIds().isEmpty() && cards.pasteCell() == null;
    }

    /** This selection with one card added, or taken out when it was in; other kinds of selection end. */
    default Selection toggled(String cardId, Cell pasteCell) {
        Set<String> ids = new LinkedHashSet<>(cardIds());
        if (!ids.remove(cardId)) {
            ids.add(cardId);
        }
        return cards(ids, pasteCell);
    }

    /** What is left of this selection in a changed map: elements that no longer exist are forgotten. */
    default Selection retainedIn(JourneyMap map) {
        if (this instanceof Cards cards) {
            Cell cell = cards.pasteCell();
            MapIndex index = MapIndex.of(map);
            Set<String> kept = new LinkedHashSet<>(cards.cardIds());
            kept.removeIf(id -> index.card(id) == null);
            boolean cellKept = cell != null && index.lane(cell.laneId()) != null && index.stage(cell.stageId()) != null;
            Selection retained = cards(kept, cellKept ? cell : null);
            return retained.equals(this) ? this : retained;
        }
        if (this instanceof OfStage stage) {
            return map.stage(stage.stageId()).isPresent() ? this : NOTHING;
        }
        if (this instanceof OfLane lane) {
            return map.lane(lane.laneId()).isPresent() ? this : NOTHING;
        }
        if (this instanceof OfPersona persona) {
            return map.persona(persona.personaId()).isPresent() ? this : NOTHING;
        }
        if (this instanceof OfConnector connector) {
            return map.connector(connector.connectorId()).isPresent() ? this : NOTHING;
        }
        return this;
    }
}
