package org.journeycanvas.layout;

import java.util.Set;

/**
 * How the map is shown, as the user set it: lanes folded to a single line, and a filter showing one persona.
 * UI state: never saved, never undone.
 *
 * @param onlyPersonaId the persona to show alone, or null for all
 */
public record ViewOptions(Set<String> collapsedLaneIds, String onlyPersonaId) {
    public static final ViewOptions ALL = new ViewOptions(Set.of(), null);

    public ViewOptions {
        collapsedLaneIds = Set.copyOf(collapsedLaneIds);
    }

    public boolean shows(String personaId) {
        return onlyPersonaId == null || onlyPersonaId.equals(personaId);
    }

    public ViewOptions withLaneCollapsed(String laneId, boolean collapsed) {
        Set<String> lanes = new java.util.HashSet<>(collapsedLaneIds);
        if (collapsed) {
            lanes.add(laneId);
        } else {
            lanes.remove(laneId);
        }
        return new ViewOptions(lanes, onlyPersonaId);
    }

    public ViewOptions withOnlyPersona(String personaId) {
        return new ViewOptions(collapsedLaneIds, personaId);
    }
}
