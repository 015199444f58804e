package org.journeycanvas.model;

import org.journeycanvas.i18n.Messages;

/**
 * The zones of a service blueprint, top to bottom, each with the line drawn above it: the line of interaction
 * above the frontstage, of visibility above the backstage, of internal interaction above support.
 */
public enum BlueprintZone {
    CUSTOMER(null),
    FRONTSTAGE("INTERACTION"),
    BACKSTAGE("VISIBILITY"),
    SUPPORT("INTERNAL_INTERACTION");

    private final String line;

    BlueprintZone(String line) {
        this.line = line;
    }

    /** The name of the line above this zone ("Line of visibility"), or null for the customer's zone. */
    public String lineName() {
        return line == null ? null : Messages.get("blueprint.line." + line);
    }
}
