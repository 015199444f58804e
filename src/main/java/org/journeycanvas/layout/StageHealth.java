package org.journeycanvas.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/**
 * A stage at a glance, over the personas shown: the lowest emotion score given there, and how many pain points
 * and opportunities still to be done it has (an opportunity nobody has ranked yet counts as open).
 *
 * @param lowestScore the lowest emotion score (-2 to +2), or null when no emotion at the stage is scored
 */
public record StageHealth(String stageId, Integer lowestScore, int painPoints, int openOpportunities) {
    /** Each stage's health, in the map's stage order. */
    public static List<StageHealth> of(JourneyMap map, ViewOptions options) {
        Map<String, Tally> tallies = new HashMap<>();
        for (Stage stage : map.stages()) {
            tallies.put(stage.id(), new Tally());
        }
        for (Lane lane : countedLanes(map, options)) {
            for (Card card : lane.cards()) {
                tallies.get(card.stageId()).count(lane.kind(), card);
            }
        }
        List<StageHealth> health = new ArrayList<>(map.stages().size());
        for (Stage stage : map.stages()) {
            Tally tally = tallies.get(stage.id());
            health.add(new StageHealth(stage.id(), tally.lowest, tally.pains, tally.opportunities));
        }
        return health;
    }

    /** The lanes whose cards the health counts: emotions, pain points and opportunities of the personas shown. */
    static List<Lane> countedLanes(JourneyMap map, ViewOptions options) {
        List<Lane> counted = new ArrayList<>();
        for (Persona persona : map.personas()) {
            if (!options.shows(persona.id())) {
                continue;
            }
            for (Lane lane : persona.lanes()) {
                if (lane.kind() == LaneKind.EMOTIONS
                        || lane.kind() == LaneKind.PAIN_POINTS
                        || lane.kind() == LaneKind.OPPORTUNITIES) {
                    counted.add(lane);
                }
            }
        }
        return counted;
    }

    /** Whether the map has anything to show in a health strip: an emotion scored anywhere. */
    public static boolean hasEmotions(List<StageHealth> health) {
        return health.stream().anyMatch(stage -> stage.lowestScore() != null);
    }

    private static final class Tally {
        private Integer lowest;
        private int pains;
        private int opportunities;

        void count(LaneKind kind, Card card) {
            switch (kind) {
                case EMOTIONS -> {
                    if (card.score() != null && (lowest == null || card.score() < lowest)) {
                        lowest = card.score();
                    }
                }
                case PAIN_POINTS -> pains++;
                default -> {
                    if (card.opportunity() == null
                            || card.opportunity().status().isOpen()) {
                        opportunities++;
                    }
                }
            }
        }
    }
}
