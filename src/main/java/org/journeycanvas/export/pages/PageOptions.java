package org.journeycanvas.export.pages;

/**
 * How a map is laid out on pages, for PDF and printing.
 *
 * @param paper      null: each page is sized to fit what it shows; else that paper (A0–A2 make one poster)
 * @param landscape  the paper (or the poster) turned on its side
 * @param perPersona each persona starts its own pages (or page)
 * @param tileSheet  null, or the office sheet a poster is tiled over, with overlaps and crop marks
 * @param fitWidth   on paper: always the whole width of the map on a page, however small its text gets, instead of
 *                   continuing by stage ranges when text would be too small to read
 */
public record PageOptions(Paper paper, boolean landscape, boolean perPersona, Paper tileSheet, boolean fitWidth) {
    /** One page sized to the whole map. */
    public static final PageOptions WHOLE_MAP = new PageOptions(null, false, false, null, false);

    public PageOptions {
        if (tileSheet != null && !tileSheet.officeSheet()) {
            throw new IllegalArgumentException("a poster is tiled over A4, A3, Letter or Tabloid sheets");
        }
    }

    /** The poster a tiled print makes: the paper if it is a poster size, else A1. */
    public Paper posterPaper() {
        return paper != null && paper.poster() ? paper : Paper.A1;
    }
}
