package org.journeycanvas.layout;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Stage;

/**
 * Every persona's emotion curve in one band, for View → Compare Personas and its exports: the stages as columns,
 * the five score guides, one series per persona that has a scored emotion, a legend, and the stage where the
 * personas' scores lie furthest apart — the {@link PersonaScores} laid out: a persona's point at a stage is its
 * mean score there, the same mean the Excel export charts. Where personas share a score at a stage, their points
 * are drawn a little apart
 * ({@link #SHARED_OFFSET}) so that no curve hides another.
 *
 * @param largestGap the stage whose spread between personas is largest, or null when no stage has two personas
 *     that differ
 */
public record PersonaComparison(
        Curve curve,
        Rect bounds,
        Rect band,
        double labelWidth,
        List<Column> columns,
        EmotionScale scale,
        List<Series> series,
        List<LegendEntry> legend,
        Gap largestGap) {
    public PersonaComparison {
        columns = List.copyOf(columns);
        series = List.copyOf(series);
        legend = List.copyOf(legend);
    }

    /** Which of a card's scores the comparison shows. */
    public enum Curve {
        /** {@link Card#score()}: the journey as it is. */
        AS_IS,
        /** {@link Card#futureScore()}: the journey as it should be. */
        TO_BE;

        public Integer scoreOf(Card card) {
            return this == AS_IS ? card.score() : card.futureScore();
        }
    }

    /** A stage's column: its head with the name's lines and its part of the band. */
    public record Column(String stageId, Rect head, List<String> nameLines, Rect band) {
        public Column {
            nameLines = List.copyOf(nameLines);
        }
    }

    /** One point of a persona's curve: its mean score at a stage. */
    public record SeriesPoint(String stageId, int column, double score, Point at) {}

    /** One persona's curve, in its colour ({@code #RRGGBB}). */
    public record Series(String personaId, String name, String color, List<SeriesPoint> points) {
        public Series {
            points = List.copyOf(points);
        }

        public List<Point> positions() {
            return points.stream().map(SeriesPoint::at).toList();
        }
    }

    /**
     * A persona's swatch and name under the band.
     *
     * @param name the persona's name, cut with "…" to fit the chart's width
     * @param textWidth how wide the name is drawn in {@link #legendStyle()}
     */
    public record LegendEntry(
            String personaId,
            String name,
            String color,
            Rect swatch,
            double textX,
            double baseline,
            double textWidth) {}

    /** The stage with the largest spread (highest minus lowest mean score) between personas. */
    public record Gap(int column, String stageId, double spread, Rect band) {}

    public static final double MARGIN = 16;
    public static final double LABEL_WIDTH = 44;
    public static final double MIN_COLUMN_WIDTH = 120;
    public static final double HEAD_HEIGHT = 48;
    public static final double LEVEL_SPACING = 44;
    /** Room above the top guide and below the bottom one, for the points and the "largest gap" label. */
    public static final double BAND_PADDING = 28;

    public static final double SWATCH = 12;
    public static final double LEGEND_ROW = 24;
    public static final double POINT_RADIUS = 5;
    /** How far apart the points of personas with the same score at a stage are drawn. */
    public static final double SHARED_OFFSET = 5;

    private static final TextStyle NAME_STYLE = TextStyle.LANE_TITLE;
    private static final TextStyle LEGEND_STYLE = TextStyle.CARD;

    /** The text style of the stage names in the column heads. */
    public static TextStyle nameStyle() {
        return NAME_STYLE;
    }

    /** The text style of the persona names in the legend. */
    public static TextStyle legendStyle() {
        return LEGEND_STYLE;
    }

    /**
     * Lays the comparison out at least {@code width} wide (wider when the stages need it).
     *
     * @param unnamed what the legend calls a persona without a name
     */
    public static PersonaComparison of(
            JourneyMap map, Curve curve, TextMeasurer measurer, double width, String unnamed) {
        TextWrapper wrapper = new TextWrapper(measurer);
        int stageCount = map.stages().size();
        double left = MARGIN + LABEL_WIDTH;
        double columnWidth = stageCount == 0 ? 0 : Math.max(MIN_COLUMN_WIDTH, (width - left - MARGIN) / stageCount);
        double chartWidth = left + stageCount * columnWidth + MARGIN;
        double bandTop = MARGIN + HEAD_HEIGHT;
        double bandHeight = 4 * LEVEL_SPACING + 2 * BAND_PADDING;
        Rect band = new Rect(left, bandTop, stageCount * columnWidth, bandHeight);
        EmotionScale scale = new EmotionScale(bandTop + BAND_PADDING, LEVEL_SPACING);

        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < stageCount; i++) {
            Stage stage = map.stages().get(i);
            double x = left + i * columnWidth;
            columns.add(new Column(
                    stage.id(),
                    new Rect(x, MARGIN, columnWidth, HEAD_HEIGHT),
                    wrapper.wrap(stage.name(), columnWidth - 16, NAME_STYLE, 2),
                    new Rect(x, bandTop, columnWidth, bandHeight)));
        }

        PersonaScores scores = PersonaScores.of(map, curve, unnamed);
        List<Series> series = new ArrayList<>();
        for (PersonaScores.Row row : scores.rows()) {
            List<SeriesPoint> points = new ArrayList<>();
            for (int i = 0; i < stageCount; i++) {
                Double mean = row.means().get(i);
                if (mean != null) {
                    Column column = columns.get(i);
                    points.add(new SeriesPoint(
                            column.stageId(), i, mean, new Point(column.band().centerX(), y(scale, mean))));
                }
            }
            series.add(new Series(row.personaId(), row.name(), row.color(), List.copyOf(points)));
        }
        series = sideBySide(series);

        List<LegendEntry> legend = new ArrayList<>();
        double legendTop = band.maxY() + 12;
        double x = left;
        double row = 0;
        double rowRight = Math.max(chartWidth - MARGIN, left + 1);
        for (Series each : series) {
            // a name longer than a whole row is cut, so that it never runs past the chart
            String name = wrapper.wrap(each.name(), rowRight - left - SWATCH - 6 - 20, LEGEND_STYLE, 1)
                    .get(0);
            double textWidth = measurer.width(name, LEGEND_STYLE);
            double entryWidth = SWATCH + 6 + textWidth + 20;
            if (x > left && x + entryWidth > rowRight) {
                x = left;
                row++;
            }
            double top = legendTop + row * LEGEND_ROW;
            legend.add(new LegendEntry(
                    each.personaId(),
                    name,
                    each.color(),
                    new Rect(x, top + (LEGEND_ROW - SWATCH) / 2, SWATCH, SWATCH),
                    x + SWATCH + 6,
                    top + LEGEND_ROW / 2 + LEGEND_STYLE.size() * 0.35,
                    textWidth));
            x += entryWidth;
        }
        double height = legendTop + (legend.isEmpty() ? 0 : (row + 1) * LEGEND_ROW) + MARGIN;
        return new PersonaComparison(
                curve,
                new Rect(0, 0, chartWidth, height),
                band,
                LABEL_WIDTH,
                List.copyOf(columns),
                scale,
                List.copyOf(series),
                List.copyOf(legend),
                largestGap(scores.largestGap(), columns));
    }

    /** The series of the persona, if it has one. */
    public java.util.Optional<Series> seriesOf(String personaId) {
        return series.stream()
                .filter(each -> each.personaId().equals(personaId))
                .findFirst();
    }

    /**
     * The series with the points that several personas share at a stage moved apart by {@link #SHARED_OFFSET}, so
     * that two personas who feel the same are two lines side by side rather than one hiding the other.
     */
    private static List<Series> sideBySide(List<Series> series) {
        List<Series> moved = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            List<SeriesPoint> points = new ArrayList<>();
            for (SeriesPoint point : series.get(s).points()) {
                int before = 0;
                int sharing = 0;
                for (int other = 0; other < series.size(); other++) {
                    for (SeriesPoint each : series.get(other).points()) {
                        if (each.column() == point.column() && each.score() == point.score()) {
                            sharing++;
                            before += other < s ? 1 : 0;
                        }
                    }
                }
                double dy = (before - (sharing - 1) / 2.0) * SHARED_OFFSET;
                points.add(new SeriesPoint(
                        point.stageId(),
                        point.column(),
                        point.score(),
                        point.at().movedDown(dy)));
            }
            Series each = series.get(s);
            moved.add(new Series(each.personaId(), each.name(), each.color(), List.copyOf(points)));
        }
        return moved;
    }

    private static Gap largestGap(PersonaScores.Gap gap, List<Column> columns) {
        return gap == null
                ? null
                : new Gap(
                        gap.column(),
                        gap.stageId(),
                        gap.spread(),
                        columns.get(gap.column()).band());
    }

    private static double y(EmotionScale scale, double score) {
        return scale.plotTop() + (Card.MAX_SCORE - score) * scale.levelSpacing();
    }
}
