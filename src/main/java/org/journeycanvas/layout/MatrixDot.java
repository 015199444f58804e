package org.journeycanvas.layout;

/**
 * One rated opportunity on the matrix: a dot in its impact × effort cell, coloured by its legend entry, with the
 * card's text shortened beside it.
 *
 * @param keyIndex which of the matrix's legend entries gives its colour
 * @param label the card's text on one line, shortened with "…" to the room beside the dot (possibly empty)
 */
public record MatrixDot(
        String cardId,
        String text,
        String label,
        int impact,
        int effort,
        Point center,
        double radius,
        int keyIndex,
        double labelX,
        double labelBaseline,
        Rect labelBounds) {}
