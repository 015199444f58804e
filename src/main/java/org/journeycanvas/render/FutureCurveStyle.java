package org.journeycanvas.render;

import org.journeycanvas.model.Persona;

/**
 * How the to-be curve looks wherever it is drawn (screen, images, slides, charts): dashed in the persona's colour,
 * hollow rings for its points, the gap to the as-is curve shaded in a light tint of the same colour.
 */
public final class FutureCurveStyle {
    public static final double LINE_WIDTH = 2.5;
    /** Smaller than the as-is dot, so a moment whose score stays shows both. */
    public static final double POINT_RADIUS = 4.5;

    public static final double GAP_OPACITY = 0.18;

    private FutureCurveStyle() {}

    /** The persona's colour, or a theme colour that reads on the lane when the persona has none. */
    public static Rgb color(MapTheme theme, Persona persona) {
        return persona != null && persona.color() != null
                ? Rgb.of(persona.color())
                : theme.headerFill().mix(theme.text(), 0.3);
    }

    public static Rgb gapColor(MapTheme theme, Persona persona) {
        return color(theme, persona).withAlpha(GAP_OPACITY);
    }
}
