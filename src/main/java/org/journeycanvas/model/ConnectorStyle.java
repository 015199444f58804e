package org.journeycanvas.model;

/** How a connector's line is drawn: solid for the usual flow, dashed for a branch, a loop or a maybe. */
public enum ConnectorStyle {
    SOLID,
    DASHED
}
