package org.journeycanvas.ui.canvas;

import java.util.Locale;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.render.Icons;

/** What the palette offers: a stage, or a card of each kind. */
public enum PaletteItem {
    STAGE("Stage", null),
    TOUCHPOINT("Touchpoint", LaneKind.TOUCHPOINTS),
    EMOTION("Emotion", LaneKind.EMOTIONS),
    OPPORTUNITY("Opportunity", LaneKind.OPPORTUNITIES),
    PAIN_POINT("Pain point", LaneKind.PAIN_POINTS),
    ACTION("Action", LaneKind.ACTIONS),
    THOUGHT("Thought", LaneKind.THOUGHTS),
    METRIC("Metric", LaneKind.METRICS),
    NOTE("Note", LaneKind.NOTES);

    private final String label;
    private final LaneKind kind;

    PaletteItem(String label, LaneKind kind) {
        this.label = label;
        this.kind = kind;
    }

    public String label() {
        return label;
    }

    /** The item's name in control ids and style classes: {@code touchpoint}, {@code pain-point}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind of card this item makes; null for a stage. */
    public LaneKind kind() {
        return kind;
    }

    public boolean isStage() {
        return kind == null;
    }

    public int icon() {
        return isStage() ? Icons.stage() : Icons.laneKind(kind);
    }
}
