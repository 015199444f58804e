package org.journeycanvas.export;

import org.journeycanvas.export.pages.PageOptions;

/**
 * What to export and how: the format, one persona or all, and the options of each format.
 *
 * @param personaId   the persona to export alone, or null for all
 * @param scale       PNG only: 1 to 4
 * @param transparent PNG only: a transparent background instead of white
 * @param pictures    PowerPoint only: a picture of each persona instead of editable shapes
 * @param pages       PDF: the page size and layout; PDF and SVG: one page or file per persona
 */
public record ExportRequest(
        ExportFormat format, String personaId, int scale, boolean transparent, boolean pictures, PageOptions pages) {
    public static final ExportRequest DEFAULT =
            new ExportRequest(ExportFormat.PNG, null, 2, false, false, PageOptions.WHOLE_MAP);

    public ExportRequest {
        if (scale < 1 || scale > PngOptions.MAX_SCALE) {
            throw new IllegalArgumentException("the scale must be from 1 to 4, not " + scale);
        }
        if (pages == null) {
            pages = PageOptions.WHOLE_MAP;
        }
    }

    /** A request for a format without pages: one page (or file) of the whole map. */
    public ExportRequest(ExportFormat format, String personaId, int scale, boolean transparent, boolean pictures) {
        this(format, personaId, scale, transparent, pictures, PageOptions.WHOLE_MAP);
    }

    public ExportRequest withFormat(ExportFormat newFormat) {
        return new ExportRequest(newFormat, personaId, scale, transparent, pictures, pages);
    }

    public ExportRequest withPages(PageOptions newPages) {
        return new ExportRequest(format, personaId, scale, transparent, pictures, newPages);
    }
}
