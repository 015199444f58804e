package org.journeycanvas.testing;

import java.util.List;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Channel;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/** Small hand-made maps whose ids tests can name. */
public final class SampleMaps {
    private SampleMaps() {}

    /**
     * Stages s1 (Awareness), s2 (Consideration), s3 (Decision); persona p1 with lanes l-touch (c1 at s1, c2 at
     * s1, c3 at s2), l-emo (e1 at s1 with score 1) and l-pain (empty).
     */
    public static JourneyMap threeStages() {
        Lane touchpoints = new Lane(
                "l-touch",
                LaneKind.TOUCHPOINTS,
                "Touchpoints",
                List.of(
                        new Card("c1", "s1", "Industry webinar", "", Channel.WEBINAR, null, null, List.of()),
                        new Card("c2", "s1", "Analyst report", "", Channel.PRINT, null, null, List.of("analyst")),
                        new Card("c3", "s2", "Product demo", "", Channel.DEMO, null, null, List.of())));
        Lane emotions = new Lane(
                "l-emo",
                LaneKind.EMOTIONS,
                "Emotions",
                List.of(new Card("e1", "s1", "Curious", "", null, 1, null, List.of())));
        Lane painPoints = Lane.of("l-pain", LaneKind.PAIN_POINTS);
        Persona dana = new Persona(
                "p1",
                "Dana",
                "Fleet operations manager",
                "",
                "",
                List.of(),
                "#E07A5F",
                null,
                List.of(touchpoints, emotions, painPoints));
        return new JourneyMap(
                "m1",
                "Fleet software: B2B buyer journey",
                "",
                List.of(Stage.of("s1", "Awareness"), Stage.of("s2", "Consideration"), Stage.of("s3", "Decision")),
                List.of(dana));
    }
}
