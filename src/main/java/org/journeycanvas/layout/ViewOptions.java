package org.journeycanvas.layout;

import java.util.Set;

/**
 * How the map is shown, as the user set it: lanes folded to a single line, a filter showing one persona, and the
 * strips under the stage headers (the funnel of measured figures, the journey's health) shown or hidden.
 * UI state: never saved, never undone.
 *
 * @param onlyPersonaId the persona to show alone, or null for all
 * @param showsFunnel   the funnel strip, when a stage has figures
 * @param showsHealth   the health strip, when an emotion is scored
 */
public record ViewOptions(
        Set<String> collapsedLaneIds, String onlyPersonaId, boolean showsFunnel, boolean showsHealth) {
    public static final ViewOptions ALL = new ViewOptions(Set.of(), null);

    public ViewOptions {
        collapsedLaneIds = Set.copyOf(collapsedLaneIds);
    }

    /** Both strips shown (where the map has something for them). */
    public ViewOptions(Set<String> collapsedLaneIds, String onlyPersonaId) {
        this(collapsedLaneIds, onlyPersonaId, true, true);
    }

    public ViewOptions withFunnel(boolean shown) {
        return new ViewOptions(collapsedLaneIds, onlyPersonaId, shown, showsHealth);
    }

    public ViewOptions withHealth(boolean shown) {
        return new ViewOptions(collapsedLaneIds, onlyPersonaId, showsFunnel, shown);
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
        return new ViewOptions(lanes, onlyPersonaId, showsFunnel, showsHealth);
    }

    public ViewOptions withOnlyPersona(String personaId) {
        return new ViewOptions(collapsedLaneIds, personaId, showsFunnel, showsHealth);
    }
}
