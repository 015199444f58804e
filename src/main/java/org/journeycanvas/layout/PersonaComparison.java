package org.journeycanvas.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/**
 * Every persona's emotion curve in one band, for View → Compare Personas and its exports: the stages as columns,
 * the five score guides, one series per persona that has a scored emotion, a legend, and the stage where the
 * personas' scores lie furthest apart. A persona's point at a stage is the mean of its scores there (over all its
 * emotion lanes and cards), so one persona is one line however many moments it has in a stage — the same mean the
 * Excel export charts. Where personas share a score at a stage, their points are drawn a little apart
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
    public record Column(String stageId, Rect head, List<String> nameLines, Rect band) {}

    /** One point of a persona's curve: its mean score at a stage. */
    public record SeriesPoint(String stageId, int column, double score, Point at) {}

    /** One persona's curve, in its colour ({@code #RRGGBB}). */
    public record Series(String personaId, String name, String color, List<SeriesPoint> points) {
        public List<Point> positions() {
            return points.stream().map(SeriesPoint::at).toList();
        }
    }

    /** A persona's swatch and name under the band. */
    public record LegendEntry(
            String personaId, String name, String color, Rect swatch, double textX, double baseline) {}

    /** The stage with the largest spread (highest minus lowest mean score) between personas. */
    public record Gap(int column, String stageId, double spread, Rect band) {}

    /** Colours for personas without one of their own, or whose colour an earlier persona already shows. */
    public static final List<String> PALETTE = List.of(
            "#4E79A7", "#F28E2B", "#E15759", "#59A14F", "#B07AA1", "#76B7B2", "#EDC948", "#9C755F", "#FF9DA7",
            "#BAB0AC");

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

        List<Series> series = new ArrayList<>();
        List<String> colors = colors(map.personas());
        for (int p = 0; p < map.personas().size(); p++) {
            Persona persona = map.personas().get(p);
            List<SeriesPoint> points = new ArrayList<>();
            for (int i = 0; i < stageCount; i++) {
                Double mean = meanScore(persona, map.stages().get(i).id(), curve);
                if (mean != null) {
                    Column column = columns.get(i);
                    points.add(new SeriesPoint(
                            column.stageId(), i, mean, new Point(column.band().centerX(), y(scale, mean))));
                }
            }
            if (!points.isEmpty()) {
                String name = persona.name().isBlank() ? unnamed : persona.name();
                series.add(new Series(persona.id(), name, colors.get(p), List.copyOf(points)));
            }
        }
        series = sideBySide(series);

        List<LegendEntry> legend = new ArrayList<>();
        double legendTop = band.maxY() + 12;
        double x = left;
        double row = 0;
        double rowRight = Math.max(chartWidth - MARGIN, left + 1);
        for (Series each : series) {
            double entryWidth = SWATCH + 6 + measurer.width(each.name(), LEGEND_STYLE) + 20;
            if (x > left && x + entryWidth > rowRight) {
                x = left;
                row++;
            }
            double top = legendTop + row * LEGEND_ROW;
            legend.add(new LegendEntry(
                    each.personaId(),
                    each.name(),
                    each.color(),
                    new Rect(x, top + (LEGEND_ROW - SWATCH) / 2, SWATCH, SWATCH),
                    x + SWATCH + 6,
                    top + LEGEND_ROW / 2 + LEGEND_STYLE.size() * 0.35));
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
                largestGap(columns, series));
    }

    /** Whether any persona's emotion card has a to-be score: without one the to-be comparison has nothing. */
    public static boolean hasFutureScores(JourneyMap map) {
        return map.personas().stream()
                .flatMap(persona -> persona.lanes().stream())
                .filter(lane -> lane.kind() == LaneKind.EMOTIONS)
                .flatMap(lane -> lane.cards().stream())
                .anyMatch(card -> card.futureScore() != null);
    }

    /** The series of the persona, if it has one. */
    public java.util.Optional<Series> seriesOf(String personaId) {
        return series.stream()
                .filter(each -> each.personaId().equals(personaId))
                .findFirst();
    }

    /** The mean of the persona's scores at the stage, over all its emotion lanes, or null when none is scored. */
    static Double meanScore(Persona persona, String stageId, Curve curve) {
        int count = 0;
        int sum = 0;
        for (Lane lane : persona.lanes()) {
            if (lane.kind() != LaneKind.EMOTIONS) {
                continue;
            }
            for (Card card : lane.cardsAt(stageId)) {
                Integer score = curve.scoreOf(card);
                if (score != null) {
                    count++;
                    sum += score;
                }
            }
        }
        return count == 0 ? null : (double) sum / count;
    }

    /**
     * Each persona's colour: its own, unless an earlier persona already shows that colour or it has none; then
     * the first palette colour no persona uses (the palette repeats when a map has more personas than it).
     */
    static List<String> colors(List<Persona> personas) {
        Set<String> own = new HashSet<>();
        for (Persona persona : personas) {
            if (persona.color() != null) {
                own.add(persona.color().toUpperCase(Locale.ROOT));
            }
        }
        Set<String> taken = new HashSet<>();
        List<String> colors = new ArrayList<>();
        int next = 0;
        for (Persona persona : personas) {
            String color = persona.color() == null ? null : persona.color().toUpperCase(Locale.ROOT);
            if (color == null || taken.contains(color)) {
                color = null;
                for (int tries = 0; tries < PALETTE.size() && color == null; tries++) {
                    String candidate = PALETTE.get(next++ % PALETTE.size());
                    if (!own.contains(candidate) && !taken.contains(candidate)) {
                        color = candidate;
                    }
                }
                if (color == null) {
                    color = PALETTE.get(next++ % PALETTE.size());
                }
            }
            taken.add(color);
            colors.add(color);
        }
        return colors;
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

    private static Gap largestGap(List<Column> columns, List<Series> series) {
        Gap largest = null;
        for (int i = 0; i < columns.size(); i++) {
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            int count = 0;
            for (Series each : series) {
                for (SeriesPoint point : each.points()) {
                    if (point.column() == i) {
                        min = Math.min(min, point.score());
                        max = Math.max(max, point.score());
                        count++;
                    }
                }
            }
            double spread = max - min;
            if (count >= 2 && spread > 0 && (largest == null || spread > largest.spread())) {
                largest = new Gap(
                        i, columns.get(i).stageId(), spread, columns.get(i).band());
            }
        }
        return largest;
    }

    private static double y(EmotionScale scale, double score) {
        return scale.plotTop() + (Card.MAX_SCORE - score) * scale.levelSpacing();
    }
}
