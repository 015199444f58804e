package org.journeycanvas.ui.canvas;

import java.util.Locale;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.render.Icons;

/** What the palette offers: a stage, or a card of each kind. */
public enum PaletteItem {
    STAGE(null),
    TOUCHPOINT(LaneKind.TOUCHPOINTS),
    EMOTION(LaneKind.EMOTIONS),
    OPPORTUNITY(LaneKind.OPPORTUNITIES),
    PAIN_POINT(LaneKind.PAIN_POINTS),
    ACTION(LaneKind.ACTIONS),
    THOUGHT(LaneKind.THOUGHTS),
    METRIC(LaneKind.METRICS),
    NOTE(LaneKind.NOTES),
    STORYBOARD(LaneKind.STORYBOARD),
    EVIDENCE(LaneKind.PHYSICAL_EVIDENCE),
    FRONTSTAGE_ACTION(LaneKind.FRONTSTAGE),
    BACKSTAGE_ACTION(LaneKind.BACKSTAGE),
    SUPPORT_PROCESS(LaneKind.SUPPORT_PROCESSES),
    SYSTEM(LaneKind.SYSTEMS);

    private final LaneKind kind;

    PaletteItem(LaneKind kind) {
        this.kind = kind;
    }

    /** The item's name in the interface language, e.g. "Pain point". */
    public String label() {
        return Messages.get("palette." + name());
    }

    /** What dragging the item does, in the interface language. */
    public String toolTip() {
        return Messages.get("palette." + name() + ".tip");
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
