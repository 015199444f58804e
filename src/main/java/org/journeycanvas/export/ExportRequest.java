package org.journeycanvas.export;

/**
 * What to export and how: the format, one persona or all, and the options of each format.
 *
 * @param personaId   the persona to export alone, or null for all
 * @param scale       PNG only: 1 to 4
 * @param transparent PNG only: a transparent background instead of white
 * @param pictures    PowerPoint only: a picture of each persona instead of editable shapes
 */
public record ExportRequest(ExportFormat format, String personaId, int scale, boolean transparent, boolean pictures) {
    public static final ExportRequest DEFAULT = new ExportRequest(ExportFormat.PNG, null, 2, false, false);

    public ExportRequest {
        if (scale < 1 || scale > PngOptions.MAX_SCALE) {
            throw new IllegalArgumentException("the scale must be from 1 to 4, not " + scale);
        }
    }

    public ExportRequest withFormat(ExportFormat newFormat) {
        return new ExportRequest(newFormat, personaId, scale, transparent, pictures);
    }
}
