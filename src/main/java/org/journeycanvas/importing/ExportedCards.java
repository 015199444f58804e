package org.journeycanvas.importing;

import java.util.List;
import org.journeycanvas.io.table.Table;

/**
 * The part of an Excel export that can come back: the id of the map it was exported from, its cards sheet (one
 * row per card, the card's id in a column), its stages table (the overview's, with each stage's id) and the
 * personas it was exported for (a card of another persona is not in it, and so not deleted).
 */
public record ExportedCards(String mapId, Table cards, Table stages, List<String> personaIds) {
    public ExportedCards {
        personaIds = List.copyOf(personaIds);
    }
}
