package org.journeycanvas.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Opportunity;
import org.journeycanvas.model.OpportunityStatus;
import org.journeycanvas.model.Stage;
import org.journeycanvas.model.StageFigures;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;

/** The funnel and health strips under the stage headers: when they show, what they hold, and what moves down. */
class StageStripsTest {
    private final LayoutStyle style = LayoutStyle.DEFAULT;
    private final MapLayout layout = new MapLayout(new TextWrapper((text, s) -> text.length() * 7.0), style);
    private final JourneyMap sample = SampleMaps.threeStages();
    private final JourneyMap measured = sample.withStages(sample.stages().stream()
            .map(stage -> stage.withFigures(figures(stage)))
            .toList());

    private static StageFigures figures(Stage stage) {
        return switch (stage.id()) {
            case "s1" -> new StageFigures(10_000L, 62.0, null, null, null);
            case "s2" -> new StageFigures(6_200L, null, 81.0, null, null);
            default -> new StageFigures(1_550L, null, null, null, null);
        };
    }

    @Test
    void aMapWithFiguresAndEmotionsHasBothStripsAndItsPersonasStartBelowThem() {
        MapGeometry geometry = layout.layout(measured);

        StageStrips strips = geometry.strips();
        assertThat(strips.funnel()).isEqualTo(new Rect(0, 60, geometry.bounds().width(), StageStrips.FUNNEL_HEIGHT));
        assertThat(strips.health().y()).isEqualTo(strips.funnel().maxY());
        assertThat(geometry.headerHeight()).isEqualTo(60 + StageStrips.FUNNEL_HEIGHT + StageStrips.HEALTH_HEIGHT);
        assertThat(geometry.personas().get(0).bounds().y()).isEqualTo(geometry.headerHeight());
        double withoutStrips = layout.layout(sample, ViewOptions.ALL.withHealth(false))
                .bounds()
                .height();
        assertThat(geometry.bounds().height())
                .isEqualTo(withoutStrips + StageStrips.FUNNEL_HEIGHT + StageStrips.HEALTH_HEIGHT);
    }

    @Test
    void theDropOffComesFromTheConversionElseFromThePeopleOfTheNextStage() {
        var steps = layout.layout(measured).strips().funnelSteps();

        assertThat(steps).extracting(FunnelStep::dropOffToNext).containsExactly(38.0, 75.0, null);
    }

    @Test
    void eachStripCanBeSwitchedOffAndNeitherShowsWithoutSomethingToShow() {
        assertThat(layout.layout(measured, ViewOptions.ALL.withFunnel(false))
                        .strips()
                        .funnel())
                .isNull();
        assertThat(layout.layout(measured, ViewOptions.ALL.withHealth(false))
                        .strips()
                        .health())
                .isNull();
        JourneyMap unscored = sample.withLanesMapped(lane -> lane.withCardsMapped(card -> card.withScore(null)));
        MapGeometry plain = layout.layout(unscored);
        assertThat(plain.strips().funnel()).isNull();
        assertThat(plain.strips().health()).isNull();
        assertThat(plain.headerHeight()).isEqualTo(style.stageHeaderHeight());
    }

    @Test
    void aClickOnAStripIsOnItsStage() {
        MapGeometry geometry = layout.layout(measured);
        double x = geometry.stages().get(1).column().centerX();

        assertThat(geometry.hit(x, geometry.strips().funnel().centerY())).isInstanceOf(Hit.OnStageHeader.class);
        assertThat(((Hit.OnStageHeader)
                                geometry.hit(x, geometry.strips().health().centerY()))
                        .stage()
                        .stageId())
                .isEqualTo("s2");
        assertThat(geometry.hit(x, geometry.headerHeight() + 1)).isInstanceOf(Hit.OnPersonaHeader.class);
    }

    @Test
    void healthCountsTheShownPersonasLowestEmotionPainsAndOpportunities() {
        JourneyMap pained = sample.withLanesMapped(lane -> lane.id().equals("l-pain")
                ? lane.withCards(java.util.List.of(
                        org.journeycanvas.model.Card.of("p-a", "s1", "Slow"),
                        org.journeycanvas.model.Card.of("p-b", "s1", "Vague")))
                : lane);

        var health = layout.layout(pained).strips().stageHealth();

        assertThat(health.get(0)).isEqualTo(new StageHealth("s1", 1, 2, 0));
        assertThat(health.get(1)).isEqualTo(new StageHealth("s2", null, 0, 0));
        assertThat(StageHealth.of(pained, new ViewOptions(Set.of(), "nobody")).get(0))
                .isEqualTo(new StageHealth("s1", null, 0, 0));
    }

    @Test
    void healthCountsOnlyTheOpportunitiesStillToBeDone() {
        Card done = Card.of("o-done", "s1", "Guest checkout")
                .withOpportunity(Opportunity.UNRATED.withStatus(OpportunityStatus.DONE));
        Card planned = Card.of("o-planned", "s1", "Price calculator")
                .withOpportunity(Opportunity.UNRATED.withStatus(OpportunityStatus.PLANNED));
        Card unranked = Card.of("o-new", "s1", "Chat on the pricing page");
        Lane opportunities =
                new Lane("l-opp", LaneKind.OPPORTUNITIES, "Opportunities", List.of(done, planned, unranked));
        JourneyMap ranked = sample.withPersonas(sample.personas().stream()
                .map(persona -> persona.withLanes(Stream.concat(persona.lanes().stream(), Stream.of(opportunities))
                        .toList()))
                .toList());

        assertThat(StageHealth.of(ranked, ViewOptions.ALL).get(0).openOpportunities())
                .isEqualTo(2);
    }
}
