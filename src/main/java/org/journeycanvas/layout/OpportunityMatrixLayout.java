package org.journeycanvas.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Opportunity;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/**
 * Lays out the opportunity matrix in a rectangle: the plot with its axes and quadrant names, one dot per rated
 * opportunity in its impact × effort cell, and beside the plot the legend (persona or stage) and the opportunities
 * not rated yet. Dots that share a cell stand in rows and columns inside it, each with its text beside it, so none
 * hides another.
 */
public final class OpportunityMatrixLayout {
    public static final double DOT_RADIUS = 8;
    /** The distance between dots stacked in one cell. */
    private static final double ROW = 20;

    private static final double MIN_COLUMN = 2 * DOT_RADIUS + 4;
    private static final double AXIS_WIDTH = 34;
    private static final double TOP = 30;
    private static final double BOTTOM = 42;
    private static final double GAP = 22;
    private static final double PADDING = 5;
    /** Room kept at the top and bottom of the plot for the quadrants' names, so no dot lands on them. */
    private static final double QUADRANT_BAND = 20;

    private static final double LEGEND_ROW = 20;
    private static final double UNRATED_ROW = 17;
    /** Below the legend: the gap, the unrated list's heading and one line of it. */
    private static final double UNRATED_ROOM = 14 + 12 + UNRATED_ROW + 2 + UNRATED_ROW;

    private final TextMeasurer measurer;

    public OpportunityMatrixLayout(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /** The matrix of the map's opportunities, or one persona's when {@code personaId} is not null. */
    public OpportunityMatrix layout(JourneyMap map, String personaId, MatrixColouring colouring, Rect bounds) {
        double side = Math.max(140, Math.min(280, bounds.width() * 0.26));
        Rect plot = new Rect(
                bounds.x() + AXIS_WIDTH,
                bounds.y() + TOP,
                Math.max(60, bounds.width() - AXIS_WIDTH - side - GAP),
                Math.max(60, bounds.height() - TOP - BOTTOM));
        List<MatrixEntry> entries = MatrixEntry.of(map, personaId);
        List<MatrixEntry> rated = entries.stream().filter(MatrixEntry::rated).toList();
        List<MatrixEntry> unrated =
                entries.stream().filter(entry -> !entry.rated()).toList();
        List<MatrixText> texts = new ArrayList<>();
        OpportunityMatrix frame =
                new OpportunityMatrix(bounds, plot, colouring, List.of(), List.of(), 0, List.of(), unrated.size());
        axes(frame, texts);
        List<MatrixKey> legend = new ArrayList<>();
        Map<String, Integer> keyIndex = new LinkedHashMap<>();
        double sideX = plot.maxX() + GAP;
        double sideWidth = bounds.maxX() - sideX;
        // the legend leaves room below it for the unrated list's heading and a line
        double legendBottom =
                unrated.isEmpty() ? plot.maxY() : Math.max(plot.y() + 12 + 2 * LEGEND_ROW, plot.maxY() - UNRATED_ROOM);
        List<MatrixKey> keys = keys(map, colouring, rated, sideX);
        int listed = listedKeys(keys.size(), plot.y(), legendBottom);
        double y = legend(keys, listed, colouring, sideX, sideWidth, plot.y(), legend, keyIndex, texts);
        unratedList(unrated, sideX, sideWidth, y + 14, plot.maxY(), texts);
        List<MatrixDot> dots = new ArrayList<>();
        Map<MatrixRating, List<MatrixEntry>> byCell = new LinkedHashMap<>();
        for (MatrixEntry entry : rated) {
            byCell.computeIfAbsent(new MatrixRating(entry.impact(), entry.effort()), cell -> new ArrayList<>())
                    .add(entry);
        }
        byCell.forEach((rating, cellEntries) -> cellDots(
                frame, rating, cellEntries, freeCellsRight(rating, byCell.keySet()), colouring, keyIndex, dots));
        if (rated.isEmpty()) {
            String empty = Messages.get("matrix.empty");
            texts.add(centred(empty, plot.centerX(), plot.centerY() + 5, TextStyle.CARD, MatrixText.Tone.EMPTY));
        }
        return new OpportunityMatrix(bounds, plot, colouring, dots, legend, listed, texts, unrated.size());
    }

    private void axes(OpportunityMatrix frame, List<MatrixText> texts) {
        Rect plot = frame.plot();
        texts.add(text(
                Messages.get("matrix.axis.impact"),
                frame.bounds().x(),
                plot.y() - 12,
                TextStyle.LANE_TITLE,
                MatrixText.Tone.HEADING));
        for (int level = Opportunity.MIN_RATING; level <= Opportunity.MAX_RATING; level++) {
            Rect row = frame.cell(level, Opportunity.MIN_RATING);
            String number = String.valueOf(level);
            double width = measurer.width(number, TextStyle.EMOTION_LABEL);
            texts.add(new MatrixText(
                    number,
                    plot.x() - 8 - width,
                    row.centerY() + 4,
                    width,
                    TextStyle.EMOTION_LABEL,
                    MatrixText.Tone.TICK));
            Rect column = frame.cell(Opportunity.MIN_RATING, level);
            texts.add(
                    centred(number, column.centerX(), plot.maxY() + 16, TextStyle.EMOTION_LABEL, MatrixText.Tone.TICK));
        }
        texts.add(centred(
                Messages.get("matrix.axis.effort"),
                plot.centerX(),
                plot.maxY() + 35,
                TextStyle.LANE_TITLE,
                MatrixText.Tone.HEADING));
        double top = plot.y() + PADDING + 13;
        double bottom = plot.maxY() - PADDING - 3;
        double right = plot.maxX() - PADDING;
        texts.add(text(
                Messages.get("matrix.quadrant.quickWins"),
                plot.x() + PADDING,
                top,
                TextStyle.LANE_TITLE,
                MatrixText.Tone.QUADRANT));
        texts.add(rightAligned(Messages.get("matrix.quadrant.bigBets"), right, top));
        texts.add(text(
                Messages.get("matrix.quadrant.fillIns"),
                plot.x() + PADDING,
                bottom,
                TextStyle.LANE_TITLE,
                MatrixText.Tone.QUADRANT));
        texts.add(rightAligned(Messages.get("matrix.quadrant.moneyPits"), right, bottom));
    }

    /**
     * The legend's entries: the personas (or stages) that have a dot, in the map's order, each with its place in
     * the map for the palette. Their swatches are placed by {@link #legend}.
     */
    private static List<MatrixKey> keys(JourneyMap map, MatrixColouring colouring, List<MatrixEntry> rated, double x) {
        List<MatrixKey> keys = new ArrayList<>();
        Point nowhere = new Point(x, 0);
        int place = 0;
        // one colour per persona or stage, the same in every view and none shared: see DistinctColours
        List<String> colours = colouring == MatrixColouring.PERSONA
                ? DistinctColours.ofPersonas(map.personas())
                : DistinctColours.ofStages(map.stages());
        if (colouring == MatrixColouring.PERSONA) {
            for (Persona persona : map.personas()) {
                if (rated.stream().anyMatch(entry -> entry.persona().id().equals(persona.id()))) {
                    String name =
                            persona.name().isBlank() ? Messages.get("export.pptx.unnamedPersona") : persona.name();
                    keys.add(new MatrixKey(persona.id(), name, colours.get(place), place, nowhere, 0));
                }
                place++;
            }
        } else {
            for (Stage stage : map.stages()) {
                if (rated.stream().anyMatch(entry -> entry.stage().id().equals(stage.id()))) {
                    String name = stage.name().isBlank()
                            ? Messages.get("matrix.legend.unnamedStage", place + 1)
                            : stage.name();
                    keys.add(new MatrixKey(stage.id(), name, colours.get(place), place, nowhere, 0));
                }
                place++;
            }
        }
        return keys;
    }

    /**
     * How many of the legend's entries are listed: all when their rows fit above {@code bottom}, else one row
     * fewer than fit, the last row saying how many more there are.
     */
    private static int listedKeys(int count, double top, double bottom) {
        double firstBaseline = top + 12 + LEGEND_ROW;
        int rows = bottom < firstBaseline ? 1 : 1 + (int) Math.floor((bottom - firstBaseline) / LEGEND_ROW);
        return count <= rows ? count : Math.max(0, rows - 1);
    }

    /**
     * The legend's heading and the first {@code listed} entries from the top of the side panel, then "… and n more"
     * for the others (still in the legend, for their dots' colours); returns where it ends.
     */
    private double legend(
            List<MatrixKey> keys,
            int listed,
            MatrixColouring colouring,
            double x,
            double width,
            double top,
            List<MatrixKey> legend,
            Map<String, Integer> keyIndex,
            List<MatrixText> texts) {
        if (keys.isEmpty()) {
            return top - 14;
        }
        texts.add(text(
                Messages.get("matrix.legend." + colouring.name()),
                x,
                top + 12,
                TextStyle.LANE_TITLE,
                MatrixText.Tone.HEADING));
        double y = top + 12 + LEGEND_ROW;
        double radius = DOT_RADIUS - 1;
        for (int i = 0; i < keys.size(); i++) {
            MatrixKey key = keys.get(i);
            keyIndex.put(key.id(), legend.size());
            legend.add(new MatrixKey(
                    key.id(), key.name(), key.color(), key.paletteIndex(), new Point(x + radius, y - 4), radius));
            if (i < listed) {
                double textX = x + 2 * radius + 8;
                texts.add(text(
                        shortened(key.name(), width - (textX - x), TextStyle.EMOTION_LABEL),
                        textX,
                        y,
                        TextStyle.EMOTION_LABEL,
                        MatrixText.Tone.LEGEND));
                y += LEGEND_ROW;
            }
        }
        if (listed < keys.size()) {
            texts.add(text(
                    Messages.get("matrix.legend.more", keys.size() - listed),
                    x,
                    y,
                    TextStyle.EMOTION_LABEL,
                    MatrixText.Tone.LEGEND));
            y += LEGEND_ROW;
        }
        return y - LEGEND_ROW + 6;
    }

    /** "Not yet rated (n)" and as many of their texts as fit above the plot's bottom, then how many more. */
    private void unratedList(
            List<MatrixEntry> unrated, double x, double width, double top, double bottom, List<MatrixText> texts) {
        if (unrated.isEmpty()) {
            return;
        }
        double y = top + 12;
        texts.add(text(
                Messages.get("matrix.unrated", unrated.size()), x, y, TextStyle.LANE_TITLE, MatrixText.Tone.HEADING));
        y += UNRATED_ROW + 2;
        for (int i = 0; i < unrated.size(); i++) {
            boolean lastRow = y + UNRATED_ROW > bottom;
            if (lastRow && i < unrated.size() - 1) {
                texts.add(text(
                        Messages.get("matrix.unrated.more", unrated.size() - i),
                        x,
                        y,
                        TextStyle.CONNECTOR_LABEL,
                        MatrixText.Tone.UNRATED));
                return;
            }
            String line = "– " + oneLine(unrated.get(i).card().text());
            texts.add(text(
                    shortened(line, width, TextStyle.CONNECTOR_LABEL),
                    x,
                    y,
                    TextStyle.CONNECTOR_LABEL,
                    MatrixText.Tone.UNRATED));
            y += UNRATED_ROW;
        }
    }

    /** How many cells right of this one, in its row, hold no dot: room the labels of its last column may take. */
    private static int freeCellsRight(MatrixRating rating, java.util.Set<MatrixRating> taken) {
        int free = 0;
        for (int effort = rating.effort() + 1; effort <= Opportunity.MAX_RATING; effort++) {
            if (taken.contains(new MatrixRating(rating.impact(), effort))) {
                break;
            }
            free++;
        }
        return free;
    }

    /**
     * The dots of one cell in columns of rows, filled top to bottom then left to right, each with its label up to
     * its column's right edge, or across the empty cells to its right for the last column. When even a column of
     * small dots is too narrow, the dots shrink so they never overlap.
     */
    private void cellDots(
            OpportunityMatrix frame,
            MatrixRating rating,
            List<MatrixEntry> entries,
            int freeCellsRight,
            MatrixColouring colouring,
            Map<String, Integer> keyIndex,
            List<MatrixDot> dots) {
        Rect cell = frame.cell(rating.impact(), rating.effort());
        double top = cell.y() + PADDING + (rating.impact() == Opportunity.MAX_RATING ? QUADRANT_BAND : 0);
        double bottom = cell.maxY() - PADDING - (rating.impact() == Opportunity.MIN_RATING ? QUADRANT_BAND : 0);
        Rect inner =
                new Rect(cell.x() + PADDING, top, Math.max(1, cell.width() - 2 * PADDING), Math.max(1, bottom - top));
        int count = entries.size();
        int rowsThatFit = Math.max(1, (int) Math.floor(inner.height() / ROW));
        int columns = (count + rowsThatFit - 1) / rowsThatFit;
        columns = Math.max(1, Math.min(columns, (int) Math.floor(inner.width() / MIN_COLUMN)));
        int rows = (count + columns - 1) / columns;
        double rowHeight = Math.min(ROW, inner.height() / rows);
        double columnWidth = inner.width() / columns;
        double radius = Math.max(1, Math.min(DOT_RADIUS, Math.min(rowHeight, columnWidth) / 2 - 1));
        double groupTop = inner.centerY() - rows * rowHeight / 2;
        for (int i = 0; i < count; i++) {
            MatrixEntry entry = entries.get(i);
            int column = i / rows;
            int row = i % rows;
            double cx = inner.x() + column * columnWidth + radius + 1;
            double cy = groupTop + row * rowHeight + rowHeight / 2;
            double labelX = cx + radius + 4;
            double room = inner.x()
                    + (column + 1) * columnWidth
                    - labelX
                    - 2
                    + (column == columns - 1 ? freeCellsRight * frame.cellWidth() : 0);
            String label = room < 16 ? "" : shortened(oneLine(entry.card().text()), room, TextStyle.CONNECTOR_LABEL);
            double labelWidth = label.isEmpty() ? 0 : measurer.width(label, TextStyle.CONNECTOR_LABEL);
            String keyId = colouring == MatrixColouring.PERSONA
                    ? entry.persona().id()
                    : entry.stage().id();
            dots.add(new MatrixDot(
                    entry.card().id(),
                    entry.card().text(),
                    label,
                    rating.impact(),
                    rating.effort(),
                    new Point(cx, cy),
                    radius,
                    keyIndex.getOrDefault(keyId, 0),
                    labelX,
                    cy + 4,
                    new Rect(labelX, cy - rowHeight / 2, labelWidth, rowHeight)));
        }
    }

    /** The text cut with "…" to fit a width, or empty when not even the ellipsis fits. */
    String shortened(String text, double width, TextStyle style) {
        if (measurer.width(text, style) <= width) {
            return text;
        }
        // nothing longer than this fits beside a dot, and measuring every shorter cut of a long text is slow
        // (counted in code points: an emoji is two chars, and there may be fewer than 160 code points in 160 chars)
        int end = text.codePointCount(0, text.length()) > 160 ? text.offsetByCodePoints(0, 160) : text.length();
        while (end > 0) {
            end = text.offsetByCodePoints(end, -1);
            String cut = text.substring(0, end).stripTrailing() + "…";
            if (measurer.width(cut, style) <= width) {
                return cut;
            }
        }
        return measurer.width("…", style) <= width ? "…" : "";
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.isEmpty() ? Messages.get("matrix.noText") : line;
    }

    private MatrixText text(String text, double x, double baseline, TextStyle style, MatrixText.Tone tone) {
        return new MatrixText(text, x, baseline, measurer.width(text, style), style, tone);
    }

    private MatrixText centred(String text, double centerX, double baseline, TextStyle style, MatrixText.Tone tone) {
        double width = measurer.width(text, style);
        return new MatrixText(text, centerX - width / 2, baseline, width, style, tone);
    }

    private MatrixText rightAligned(String text, double right, double baseline) {
        double width = measurer.width(text, TextStyle.LANE_TITLE);
        return new MatrixText(text, right - width, baseline, width, TextStyle.LANE_TITLE, MatrixText.Tone.QUADRANT);
    }
}
