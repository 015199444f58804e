package org.journeycanvas.compare;

/** The kinds of element a comparison matches by id: the map itself, stages, personas, lanes and cards. */
public enum ElementKind {
    MAP,
    STAGE,
    PERSONA,
    LANE,
    CARD
}
