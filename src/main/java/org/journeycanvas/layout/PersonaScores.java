package org.journeycanvas.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;

/**
 * What the persona comparison compares, without any drawing: each persona's mean emotion score per stage (over all
 * its emotion lanes and cards, so one persona is one line however many moments it has in a stage), its colour,
 * and the stage where the personas' means lie furthest apart. The comparison's layout and the Excel sheet use it.
 *
 * @param rows one per persona with at least one scored emotion on this curve, in the map's order
 * @param largestGap the stage whose spread between personas is largest, or null when no stage has two personas
 *     that differ
 */
public record PersonaScores(PersonaComparison.Curve curve, List<String> stageIds, List<Row> rows, Gap largestGap) {
    public PersonaScores {
        stageIds = List.copyOf(stageIds);
        rows = List.copyOf(rows);
    }

    /**
     * One persona's means.
     *
     * @param means the mean score at each stage, in the map's stage order; null where the persona has none
     * @param color its colour ({@code #RRGGBB}) from {@link DistinctColours}
     */
    public record Row(String personaId, String name, String color, List<Double> means) {
        public Row {
            // a copy that keeps the nulls of stages without a score (List.copyOf refuses them)
            means = Collections.unmodifiableList(new ArrayList<>(means));
        }
    }

    /** The stage with the largest spread (highest minus lowest mean score) between personas. */
    public record Gap(int column, String stageId, double spread) {}

    /** @param unnamed what a persona without a name is called */
    public static PersonaScores of(JourneyMap map, PersonaComparison.Curve curve, String unnamed) {
        List<String> stageIds = map.stages().stream().map(stage -> stage.id()).toList();
        List<String> colors = DistinctColours.ofPersonas(map.personas());
        List<Row> rows = new ArrayList<>();
        for (int p = 0; p < map.personas().size(); p++) {
            Persona persona = map.personas().get(p);
            List<Double> means = new ArrayList<>();
            boolean any = false;
            for (String stageId : stageIds) {
                Double mean = meanScore(persona, stageId, curve);
                means.add(mean);
                any |= mean != null;
            }
            if (any) {
                String name = persona.name().isBlank() ? unnamed : persona.name();
                rows.add(new Row(persona.id(), name, colors.get(p), Collections.unmodifiableList(means)));
            }
        }
        return new PersonaScores(curve, stageIds, List.copyOf(rows), largestGap(stageIds, rows));
    }

    /** Whether any persona's emotion card has a to-be score: without one the to-be comparison has nothing. */
    public static boolean hasFutureScores(JourneyMap map) {
        return map.personas().stream()
                .flatMap(persona -> persona.lanes().stream())
                .filter(lane -> lane.kind() == LaneKind.EMOTIONS)
                .flatMap(lane -> lane.cards().stream())
                .anyMatch(card -> card.futureScore() != null);
    }

    /** The mean of the persona's scores at the stage, over all its emotion lanes, or null when none is scored. */
    static Double meanScore(Persona persona, String stageId, PersonaComparison.Curve curve) {
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

    private static Gap largestGap(List<String> stageIds, List<Row> rows) {
        Gap largest = null;
        for (int i = 0; i < stageIds.size(); i++) {
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            int count = 0;
            for (Row row : rows) {
                Double mean = row.means().get(i);
                if (mean != null) {
                    min = Math.min(min, mean);
                    max = Math.max(max, mean);
                    count++;
                }
            }
            double spread = max - min;
            if (count >= 2 && spread > 0 && (largest == null || spread > largest.spread())) {
                largest = new Gap(i, stageIds.get(i), spread);
            }
        }
        return largest;
    }
}
