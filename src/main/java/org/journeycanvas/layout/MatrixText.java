package org.journeycanvas.layout;

/** A text of the opportunity matrix placed on one line: an axis, a quadrant, the legend or the unrated list. */
public record MatrixText(String text, double x, double baseline, double width, TextStyle style, Tone tone) {
    /** What the text is, which decides its colour. */
    public enum Tone {
        /** The axes' names and the side panel's headings. */
        HEADING,
        /** The numbers 1 to 5 along the axes. */
        TICK,
        /** The name of a quadrant ("Quick wins"), quieter than the dots over it. */
        QUADRANT,
        /** A persona's or stage's name beside its swatch. */
        LEGEND,
        /** An opportunity that has no impact or effort yet. */
        UNRATED,
        /** Said in the middle of the plot when nothing is rated. */
        EMPTY
    }
}
