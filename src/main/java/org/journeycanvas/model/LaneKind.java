package org.journeycanvas.model;

import java.util.List;

/** What a swimlane holds. The declaration order is the usual order of lanes, top to bottom. */
public enum LaneKind {
    ACTIONS("Actions", "Action"),
    TOUCHPOINTS("Touchpoints", "Touchpoint"),
    THOUGHTS("Thoughts", "Thought"),
    EMOTIONS("Emotions", "Emotion"),
    PAIN_POINTS("Pain points", "Pain point"),
    OPPORTUNITIES("Opportunities", "Opportunity"),
    METRICS("Metrics", "Metric"),
    NOTES("Notes", "Note");

    /** The lanes a new persona starts with. */
    public static final List<LaneKind> NEW_PERSONA_LANES =
            List.of(ACTIONS, TOUCHPOINTS, THOUGHTS, EMOTIONS, PAIN_POINTS, OPPORTUNITIES);

    private final String title;
    private final String cardName;

    LaneKind(String title, String cardName) {
        this.title = title;
        this.cardName = cardName;
    }

    /** The lane's default title, e.g. "Pain points". */
    public String title() {
        return title;
    }

    /** What one card of this kind is called, e.g. "Pain point". */
    public String cardName() {
        return cardName;
    }
}
