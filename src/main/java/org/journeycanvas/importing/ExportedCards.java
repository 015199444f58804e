package org.journeycanvas.importing;

import org.journeycanvas.io.table.Table;

/**
 * The part of an Excel export that can come back: the id of the map it was exported from, its cards sheet (one
 * row per card, the card's id in a column) and its stages table (with each stage's id).
 */
public record ExportedCards(String mapId, Table cards, Table stages) {}
