package org.journeycanvas.layout;

import java.util.Objects;
import java.util.Set;

/**
 * How the map is shown, as the user set it: lanes folded to a single line, a filter showing one persona, and the
 * strips under the stage headers (the funnel of measured figures, the journey's health) shown or hidden, which
 * emotion curves are drawn, and which opportunities are brought forward. UI state: never saved, never undone.
 *
 * @param onlyPersonaId the persona to show alone, or null for all
 * @param showsFunnel   the funnel strip, when a stage has figures
 * @param showsHealth   the health strip, when an emotion is scored
 * @param curves        the as-is curve, the to-be curve, or both
 * @param highlight     the opportunities brought forward (every other card dimmed), or null for none
 */
public record ViewOptions(
        Set<String> collapsedLaneIds,
        String onlyPersonaId,
        boolean showsFunnel,
        boolean showsHealth,
        CurveView curves,
        OpportunityHighlight highlight) {
    public static final ViewOptions ALL = new ViewOptions(Set.of(), null);

    public ViewOptions {
        collapsedLaneIds = Set.copyOf(collapsedLaneIds);
        Objects.requireNonNull(curves, "curves");
    }

    /** Both curves, nothing highlighted. */
    public ViewOptions(Set<String> collapsedLaneIds, String onlyPersonaId, boolean showsFunnel, boolean showsHealth) {
        this(collapsedLaneIds, onlyPersonaId, showsFunnel, showsHealth, CurveView.BOTH, null);
    }

    /** Both strips shown (where the map has something for them). */
    public ViewOptions(Set<String> collapsedLaneIds, String onlyPersonaId) {
        this(collapsedLaneIds, onlyPersonaId, true, true);
    }

    public ViewOptions withFunnel(boolean shown) {
        return new ViewOptions(collapsedLaneIds, onlyPersonaId, shown, showsHealth, curves, highlight);
    }

    public ViewOptions withHealth(boolean shown) {
        return new ViewOptions(collapsedLaneIds, onlyPersonaId, showsFunnel, shown, curves, highlight);
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
        return new ViewOptions(lanes, onlyPersonaId, showsFunnel, showsHealth, curves, highlight);
    }

    public ViewOptions withOnlyPersona(String personaId) {
        return new ViewOptions(collapsedLaneIds, personaId, showsFunnel, showsHealth, curves, highlight);
    }

    public ViewOptions withCurves(CurveView shown) {
        return new ViewOptions(collapsedLaneIds, onlyPersonaId, showsFunnel, showsHealth, shown, highlight);
    }

    public ViewOptions withHighlight(OpportunityHighlight brought) {
        return new ViewOptions(collapsedLaneIds, onlyPersonaId, showsFunnel, showsHealth, curves, brought);
    }
}
