package org.journeycanvas.layout;

/** The kinds of text on a map; each surface maps them to a font of the given size and weight. */
public enum TextStyle {
    CARD(13, false),
    STAGE_NAME(15, true),
    PERSONA_NAME(15, true),
    PERSONA_ROLE(13, false),
    LANE_TITLE(13, true),
    EMOTION_LABEL(12, false),
    BLUEPRINT_LINE(10, true),
    CONNECTOR_LABEL(11, false),
    EMPTY_HINT(13, false);

    private final double size;
    private final boolean bold;

    TextStyle(double size, boolean bold) {
        this.size = size;
        this.bold = bold;
    }

    public double size() {
        return size;
    }

    public boolean bold() {
        return bold;
    }

    /** The distance between baselines of wrapped lines. */
    public double lineHeight() {
        return Math.ceil(size * 1.3);
    }
}
