package org.journeycanvas.testing;

import java.util.List;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;

/** Maps with a to-be curve whose ids tests can name. */
public final class FutureStateMaps {
    private FutureStateMaps() {}

    /**
     * {@link SampleMaps#threeStages()} with four moments in Dana's emotions lane l-emo: e1 at s1 from −1 to +1, e2 at
     * s2 from −2 to +1, e3 at s3 at 0 with no to-be score, e4 at s3 from +1 to +2. The gap is shaded between e1 and
     * e2 only (e3 breaks the run, e4 is alone).
     */
    public static JourneyMap fourMoments() {
        return SampleMaps.threeStages()
                .withLanesMapped(lane -> lane.id().equals("l-emo")
                        ? lane.withCards(List.of(
                                emotion("e1", "s1", "Curious", -1, 1),
                                emotion("e2", "s2", "Lost in pricing", -2, 1),
                                emotion("e3", "s3", "Waiting", 0, null),
                                emotion("e4", "s3", "Relieved", 1, 2)))
                        : lane);
    }

    public static Card emotion(String id, String stageId, String text, Integer score, Integer futureScore) {
        return Card.of(id, stageId, text).withScore(score).withFutureScore(futureScore);
    }
}
