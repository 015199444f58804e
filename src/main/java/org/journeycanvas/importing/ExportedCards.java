package org.journeycanvas.importing;

import java.util.List;
import java.util.Map;
import org.journeycanvas.io.table.Table;

/**
 * The part of an Excel export that can come back: the id of the map it was exported from, its cards sheet (one
 * row per card, the card's id in a column), its stages table (the overview's, with each stage's id), the
 * personas it was exported for (a card of another persona is not in it, and so not deleted), and each exported
 * card's fingerprint by id (empty for an export made before fingerprints were written).
 */
public record ExportedCards(
        String mapId, Table cards, Table stages, List<String> personaIds, Map<String, String> fingerprints) {
    public ExportedCards {
        personaIds = List.copyOf(personaIds);
        fingerprints = Map.copyOf(fingerprints);
    }

    /** An export without fingerprints: every row is compared with the map as it is now. */
    public ExportedCards(String mapId, Table cards, Table stages, List<String> personaIds) {
        this(mapId, cards, stages, personaIds, Map.of());
    }
}
