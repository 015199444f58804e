package org.journeycanvas.testing;

import java.util.List;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/**
 * A buying group of three to compare, over stages s1 (Awareness), s2 (Consideration), s3 (Decision):
 *
 * <ul>
 *   <li>Ada (#E07A5F): as-is -1, mean of +2 and 0 = +1, -2; to-be +1, +2, 0 (cards a1, a2, a2b, a3)
 *   <li>Ben (#E07A5F as well, so the comparison gives him another colour): +1, -1, +2 (b1, b2, b3); no to-be
 *   <li>Cy (no colour): 0 at s1 and 0 at s3, nothing at s2 (c1, c3); no to-be
 * </ul>
 *
 * The largest as-is gap is at s3 (-2 to +2).
 */
public final class ComparedPersonas {
    private ComparedPersonas() {}

    public static JourneyMap map() {
        return new JourneyMap(
                "m-compare",
                "Support platform purchase",
                "",
                List.of(Stage.of("s1", "Awareness"), Stage.of("s2", "Consideration"), Stage.of("s3", "Decision")),
                List.of(
                        persona(
                                "p-ada",
                                "Ada",
                                "#E07A5F",
                                emotion("a1", "s1", -1, 1),
                                emotion("a2", "s2", 2, 2),
                                emotion("a2b", "s2", 0, 2),
                                emotion("a3", "s3", -2, 0)),
                        persona(
                                "p-ben",
                                "Ben",
                                "#E07A5F",
                                emotion("b1", "s1", 1, null),
                                emotion("b2", "s2", -1, null),
                                emotion("b3", "s3", 2, null)),
                        persona("p-cy", "Cy", null, emotion("c1", "s1", 0, null), emotion("c3", "s3", 0, null))));
    }

    /**
     * A map of {@code stageCount} stages and {@code personaCount} personas named {@code name} and a number, each
     * with a score at every stage (persona i feels i % 5 - 2 everywhere, so the personas differ).
     */
    public static JourneyMap many(int stageCount, int personaCount, String name) {
        List<Stage> stages = new java.util.ArrayList<>();
        for (int s = 0; s < stageCount; s++) {
            stages.add(Stage.of("s" + s, "Stage number " + s));
        }
        List<Persona> personas = new java.util.ArrayList<>();
        for (int p = 0; p < personaCount; p++) {
            List<Card> emotions = new java.util.ArrayList<>();
            for (int s = 0; s < stageCount; s++) {
                emotions.add(emotion("e" + p + "-" + s, "s" + s, p % 5 - 2, null));
            }
            personas.add(persona("p" + p, name + " " + p, null, emotions.toArray(Card[]::new)));
        }
        return new JourneyMap("m-many", "Many", "", stages, personas);
    }

    /** The map without any to-be score. */
    public static JourneyMap withoutToBe() {
        return map().withLanesMapped(lane -> lane.withCardsMapped(card -> card.withFutureScore(null)));
    }

    private static Persona persona(String id, String name, String color, Card... emotions) {
        return new Persona(
                id,
                name,
                "",
                "",
                "",
                List.of(),
                color,
                null,
                List.of(
                        new Lane(id + "-emo", LaneKind.EMOTIONS, "Emotions", List.of(emotions)),
                        Lane.of(id + "-pain", LaneKind.PAIN_POINTS)));
    }

    private static Card emotion(String id, String stageId, Integer score, Integer futureScore) {
        return new Card(id, stageId, "Feeling " + id, "", null, score, null, List.of()).withFutureScore(futureScore);
    }
}
