package org.journeycanvas.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Channel;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Opportunity;
import org.journeycanvas.model.OpportunityStatus;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.PhotoUri;
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

    /**
     * {@link #threeStages()} with a storyboard lane l-story on top of Dana's lanes: sb1 at s1 with a 40×30 picture
     * ({@link #picture}), sb2 at s2 with none.
     */
    public static JourneyMap withStoryboard() {
        JourneyMap map = threeStages();
        Lane storyboard = new Lane(
                "l-story",
                LaneKind.STORYBOARD,
                "Storyboard",
                List.of(
                        Card.of("sb1", "s1", "Dana watches the webinar on her laptop")
                                .withPicture(picture(40, 30, Color.ORANGE, "png")),
                        Card.of("sb2", "s2", "The demo in the meeting room")));
        Persona dana = map.personas().get(0);
        List<Lane> lanes = new ArrayList<>(dana.lanes());
        lanes.add(0, storyboard);
        return new JourneyMap(map.id(), map.title(), map.description(), map.stages(), List.of(dana.withLanes(lanes)));
    }

    /** A picture data URI: a {@code width × height} image of the colour with a dark square in its centre. */
    public static String picture(int width, int height, Color color, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.DARK_GRAY);
        int side = Math.min(width, height) / 2;
        g.fillRect((width - side) / 2, (height - side) / 2, side, side);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return PhotoUri.of(out.toByteArray(), format.equals("png"));
    }

    /**
     * {@link #threeStages()} with a future state and a ranked opportunity: e1 is to become +2; the pain points lane
     * l-pain holds pp1 (s2, "Pricing is unclear") and a fourth lane l-opp holds o1 (s2, "Publish prices"), impact 4,
     * effort 2, owned by the pricing team, planned, addressing pp1.
     */
    public static JourneyMap withRankedOpportunity() {
        JourneyMap map = threeStages();
        Opportunity ranking = new Opportunity(4, 2, "Pricing team", OpportunityStatus.PLANNED, List.of("pp1"));
        return map.withPersonaMapped(
                "p1",
                persona -> persona.withLanes(List.of(
                        persona.lanes().get(0),
                        persona.lanes().get(1).withCardsMapped(card -> card.withFutureScore(2)),
                        persona.lanes().get(2).withCards(List.of(Card.of("pp1", "s2", "Pricing is unclear"))),
                        new Lane(
                                "l-opp",
                                LaneKind.OPPORTUNITIES,
                                "Opportunities",
                                List.of(Card.of("o1", "s2", "Publish prices").withOpportunity(ranking))))));
    }
}
