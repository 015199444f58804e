package org.journeycanvas.compare;

/** The kinds of element a comparison matches by id: the map itself, stages, personas, lanes, cards and connectors. */
public enum ElementKind {
    MAP,
    STAGE,
    PERSONA,
    LANE,
    CARD,
    CONNECTOR
}
