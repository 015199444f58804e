package org.journeycanvas.layout;

import java.util.List;
import java.util.Optional;
import org.journeycanvas.model.Opportunity;

/**
 * The opportunity matrix laid out: effort 1 to 5 from left to right, impact 1 to 5 from bottom to top, so the
 * quick wins (high impact, low effort) are top left. One dot per rated opportunity, the legend and the list of
 * those not rated yet beside the plot. Made by {@link OpportunityMatrixLayout}; the painter, the slide and the
 * window all place things from it, and the window asks it what is under the pointer.
 *
 * @param legend every persona or stage that has a dot; a dot's colour is its {@code keyIndex} entry's
 * @param listedKeys how many of them, from the first, the side panel lists with a swatch (the others did not fit:
 *     a text says how many more there are)
 */
public record OpportunityMatrix(
        Rect bounds,
        Rect plot,
        MatrixColouring colouring,
        List<MatrixDot> dots,
        List<MatrixKey> legend,
        int listedKeys,
        List<MatrixText> texts,
        int unratedCount) {
    public static final int LEVELS = Opportunity.MAX_RATING - Opportunity.MIN_RATING + 1;

    public OpportunityMatrix {
        dots = List.copyOf(dots);
        legend = List.copyOf(legend);
        texts = List.copyOf(texts);
    }

    /** The legend's entries drawn in the side panel, each with its swatch. */
    public List<MatrixKey> listedLegend() {
        return legend.subList(0, listedKeys);
    }

    public double cellWidth() {
        return plot.width() / LEVELS;
    }

    public double cellHeight() {
        return plot.height() / LEVELS;
    }

    /** A straight line of the drawing. */
    public record Line(Point from, Point to) {}

    /** The plot's four quarters: quick wins, big bets, fill-ins, money pits, each tinted by the painter and slide. */
    public List<Rect> quadrants() {
        double halfWidth = plot.width() / 2;
        double halfHeight = plot.height() / 2;
        return List.of(
                new Rect(plot.x(), plot.y(), halfWidth, halfHeight),
                new Rect(plot.centerX(), plot.y(), halfWidth, halfHeight),
                new Rect(plot.x(), plot.centerY(), halfWidth, halfHeight),
                new Rect(plot.centerX(), plot.centerY(), halfWidth, halfHeight));
    }

    /** The lines between the cells, across the plot. */
    public List<Line> gridLines() {
        List<Line> lines = new java.util.ArrayList<>();
        for (int i = 1; i < LEVELS; i++) {
            double x = plot.x() + i * cellWidth();
            double y = plot.y() + i * cellHeight();
            lines.add(new Line(new Point(x, plot.y()), new Point(x, plot.maxY())));
            lines.add(new Line(new Point(plot.x(), y), new Point(plot.maxX(), y)));
        }
        return lines;
    }

    /** The effort axis along the bottom and the impact axis up the left. */
    public List<Line> axes() {
        return List.of(
                new Line(new Point(plot.x(), plot.maxY()), new Point(plot.maxX(), plot.maxY())),
                new Line(new Point(plot.x(), plot.y()), new Point(plot.x(), plot.maxY())));
    }

    /** The cell of an impact and an effort. */
    public Rect cell(int impact, int effort) {
        return new Rect(
                plot.x() + (effort - Opportunity.MIN_RATING) * cellWidth(),
                plot.y() + (Opportunity.MAX_RATING - impact) * cellHeight(),
                cellWidth(),
                cellHeight());
    }

    /** The impact and effort of the cell nearest a point; a point beyond the plot takes the nearest edge's. */
    public MatrixRating ratingAt(double x, double y) {
        int effort = clamp(Opportunity.MIN_RATING + (int) Math.floor((x - plot.x()) / cellWidth()));
        int impact = clamp(Opportunity.MAX_RATING - (int) Math.floor((y - plot.y()) / cellHeight()));
        return new MatrixRating(impact, effort);
    }

    /** The card whose dot (or label) is at a point; the dot drawn last wins where a label meets another dot. */
    public Optional<String> cardAt(double x, double y) {
        for (int i = dots.size() - 1; i >= 0; i--) {
            MatrixDot dot = dots.get(i);
            double dx = x - dot.center().x();
            double dy = y - dot.center().y();
            if (dx * dx + dy * dy <= (dot.radius() + 3) * (dot.radius() + 3)) {
                return Optional.of(dot.cardId());
            }
        }
        for (int i = dots.size() - 1; i >= 0; i--) {
            if (dots.get(i).labelBounds().contains(x, y)) {
                return Optional.of(dots.get(i).cardId());
            }
        }
        return Optional.empty();
    }

    public Optional<MatrixDot> dot(String cardId) {
        return dots.stream().filter(dot -> dot.cardId().equals(cardId)).findFirst();
    }

    private static int clamp(int rating) {
        return Math.max(Opportunity.MIN_RATING, Math.min(Opportunity.MAX_RATING, rating));
    }
}
