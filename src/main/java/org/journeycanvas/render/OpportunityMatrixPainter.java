package org.journeycanvas.render;

import java.util.List;
import org.journeycanvas.layout.MatrixDot;
import org.journeycanvas.layout.MatrixKey;
import org.journeycanvas.layout.MatrixText;
import org.journeycanvas.layout.OpportunityMatrix;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextStyle;

/**
 * Draws the opportunity matrix on any surface: the window's canvas, a PNG or a PDF page. The quadrants are
 * tinted, the cells ruled, the dots coloured by their legend entry; a selected card's dot is ringed.
 */
public final class OpportunityMatrixPainter {
    private final MapTheme theme;

    public OpportunityMatrixPainter(MapTheme theme) {
        this.theme = theme;
    }

    public void paint(OpportunityMatrix matrix, Surface surface, String selectedCardId) {
        surface.fillRect(matrix.bounds(), theme.background());
        quadrants(matrix, surface);
        grid(matrix, surface);
        for (MatrixText text : matrix.texts()) {
            surface.text(text.text(), text.x(), text.baseline(), text.style(), colour(text.tone()));
        }
        for (MatrixKey key : matrix.listedLegend()) {
            dot(surface, key.swatch().x(), key.swatch().y(), key.radius(), MatrixPalette.colour(key));
        }
        for (MatrixDot dot : matrix.dots()) {
            Rgb fill = matrix.legend().isEmpty()
                    ? theme.headerFill()
                    : MatrixPalette.colour(matrix.legend().get(dot.keyIndex()));
            dot(surface, dot.center().x(), dot.center().y(), dot.radius(), fill);
            if (!dot.label().isEmpty()) {
                surface.text(dot.label(), dot.labelX(), dot.labelBaseline(), TextStyle.CONNECTOR_LABEL, theme.text());
            }
            if (dot.cardId().equals(selectedCardId)) {
                surface.strokeCircle(dot.center().x(), dot.center().y(), dot.radius() + 3.5, theme.selection(), 2.5);
            }
        }
    }

    /** A dot being dragged, drawn over the matrix at the pointer, and the cell it would land in. */
    public void paintDragged(OpportunityMatrix matrix, Surface surface, MatrixDot dot, double x, double y) {
        var rating = matrix.ratingAt(x, y);
        Rect cell = matrix.cell(rating.impact(), rating.effort());
        surface.strokeRoundRect(cell, 6, theme.dropTarget(), 2);
        Rgb fill = matrix.legend().isEmpty()
                ? theme.headerFill()
                : MatrixPalette.colour(matrix.legend().get(dot.keyIndex()));
        dot(surface, x, y, dot.radius() + 1, fill.withAlpha(0.8));
    }

    private void dot(Surface surface, double x, double y, double radius, Rgb fill) {
        surface.fillCircle(x, y, radius, fill);
        surface.strokeCircle(x, y, radius, theme.background(), 1.5);
    }

    private void quadrants(OpportunityMatrix matrix, Surface surface) {
        List<Rect> quadrants = matrix.quadrants();
        boolean light = theme.background().luminance() > 0.5;
        for (int i = 0; i < quadrants.size(); i++) {
            surface.fillRect(quadrants.get(i), tint(MatrixPalette.QUADRANTS.get(i), light));
        }
    }

    /** On a dark background the light tints would glare: the same hue, faint. */
    private Rgb tint(Rgb light, boolean onLight) {
        return onLight ? light : theme.background().mix(light, 0.14);
    }

    private void grid(OpportunityMatrix matrix, Surface surface) {
        for (OpportunityMatrix.Line line : matrix.gridLines()) {
            line(surface, line, theme.gridLine(), 0.75);
        }
        // The quadrants show by their tints alone: a line through the middle level would strike out its labels.
        for (OpportunityMatrix.Line axis : matrix.axes()) {
            line(surface, axis, theme.text(), 1.25);
        }
    }

    private static void line(Surface surface, OpportunityMatrix.Line line, Rgb colour, double width) {
        surface.strokeLine(
                line.from().x(), line.from().y(), line.to().x(), line.to().y(), colour, width, false);
    }

    private Rgb colour(MatrixText.Tone tone) {
        return switch (tone) {
            case HEADING, LEGEND -> theme.text();
            case TICK, UNRATED, EMPTY -> theme.mutedText();
            case QUADRANT -> theme.mutedText().withAlpha(0.85);
        };
    }
}
