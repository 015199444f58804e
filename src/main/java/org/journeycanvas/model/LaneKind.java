package org.journeycanvas.model;

import java.util.List;
import org.journeycanvas.i18n.Messages;

/**
 * What a swimlane holds. The declaration order is the usual order of lanes, top to bottom: the customer's lanes
 * (a storyboard's pictures first, above what the customer does),
 * then a service blueprint's in Shostack's order (physical evidence, then what the organisation does in front of
 * the customer, behind the scenes, and in support).
 */
public enum LaneKind {
    STORYBOARD,
    ACTIONS,
    TOUCHPOINTS,
    THOUGHTS,
    EMOTIONS,
    PAIN_POINTS,
    OPPORTUNITIES,
    METRICS,
    NOTES,
    PHYSICAL_EVIDENCE,
    FRONTSTAGE,
    BACKSTAGE,
    SUPPORT_PROCESSES,
    SYSTEMS;

    /** The lanes "Service blueprint" adds under a persona's own. */
    public static final List<LaneKind> BLUEPRINT_LANES =
            List.of(PHYSICAL_EVIDENCE, FRONTSTAGE, BACKSTAGE, SUPPORT_PROCESSES, SYSTEMS);

    /** The lanes a new persona starts with. */
    public static final List<LaneKind> NEW_PERSONA_LANES =
            List.of(ACTIONS, TOUCHPOINTS, THOUGHTS, EMOTIONS, PAIN_POINTS, OPPORTUNITIES);

    /**
     * The lane's default title in the interface language, e.g. "Pain points". A new lane takes it as its title, so
     * it is text the user owns once in a map; files name the kind by its constant, never by this.
     */
    public String title() {
        return Messages.get("laneKind." + name() + ".title");
    }

    /** What one card of this kind is called in the interface language, e.g. "Pain point". */
    public String cardName() {
        return Messages.get("laneKind." + name() + ".card");
    }

    /** A lane of this kind, named as the inspector names it, e.g. "Pain points lane". */
    public String laneName() {
        return Messages.get("laneKind." + name() + ".lane");
    }

    /**
     * The zone of a service blueprint the lane belongs to. The blueprint's lines are drawn where the zone
     * deepens from one lane to the next: the customer's (with the physical evidence they meet), frontstage,
     * backstage, support.
     */
    public BlueprintZone zone() {
        return switch (this) {
            case FRONTSTAGE -> BlueprintZone.FRONTSTAGE;
            case BACKSTAGE -> BlueprintZone.BACKSTAGE;
            case SUPPORT_PROCESSES, SYSTEMS -> BlueprintZone.SUPPORT;
            default -> BlueprintZone.CUSTOMER;
        };
    }
}
