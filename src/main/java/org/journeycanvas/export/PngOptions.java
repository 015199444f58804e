package org.journeycanvas.export;

/**
 * How to export a PNG.
 *
 * @param scale       1 to 4: pixels per map unit (2 makes a crisp image for slides)
 * @param personaId   the one persona to show, or null for the whole map
 * @param transparent leave the background transparent instead of white
 */
public record PngOptions(int scale, String personaId, boolean transparent) {
    public static final int MAX_SCALE = 4;

    public PngOptions {
        if (scale < 1 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("the scale must be from 1 to 4, not " + scale);
        }
    }
}
