package org.journeycanvas.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;

class AddMapContentCommandTest {
    private final JourneyMap open = SampleMaps.threeStages();
    private final CommandStack stack = new CommandStack(open);

    @Test
    void stagesPersonasAndLanesOfTheSameNameAreJoinedAndCardsGoToTheEndOfTheirCells() {
        JourneyMap imported = new JourneyMap(
                "imported",
                "Interviews",
                "",
                List.of(Stage.of("i-s1", " awareness "), Stage.of("i-s2", "Onboarding")),
                List.of(Persona.of(
                        "i-p1",
                        "DANA",
                        List.of(
                                new Lane(
                                        "i-l1",
                                        LaneKind.TOUCHPOINTS,
                                        "touchpoints",
                                        List.of(Card.of("i-c1", "i-s1", "Trade fair"))),
                                new Lane(
                                        "i-l2",
                                        LaneKind.OPPORTUNITIES,
                                        "Opportunities",
                                        List.of(Card.of("i-c2", "i-s2", "Guided set-up")))))));

        stack.execute(new AddMapContentCommand("Import table", imported));
        JourneyMap result = stack.current();

        assertThat(result.title()).isEqualTo(open.title());
        assertThat(result.stages())
                .extracting(Stage::name)
                .containsExactly("Awareness", "Consideration", "Decision", "Onboarding");
        assertThat(result.personas()).hasSize(1);
        Persona dana = result.personas().get(0);
        assertThat(dana.lanes())
                .extracting(Lane::kind)
                .containsExactly(LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES);
        assertThat(dana.lanes().get(0).cardsAt("s1"))
                .extracting(Card::text)
                .containsExactly("Industry webinar", "Analyst report", "Trade fair");
        String onboarding = result.stages().get(3).id();
        assertThat(dana.lanes().get(3).cardsAt(onboarding))
                .extracting(Card::text)
                .containsExactly("Guided set-up");
        assertThat(stack.undoLabel()).contains("Import table");

        stack.undo();
        assertThat(stack.current()).isEqualTo(open);
    }

    @Test
    void aPersonaOfAnotherNameIsAddedAndClashingIdsAreRenewed() {
        JourneyMap imported = new JourneyMap(
                "m1",
                "",
                "",
                List.of(Stage.of("s1", "Retention")),
                List.of(Persona.of(
                        "p1",
                        "Sam",
                        List.of(new Lane(
                                "l-emo",
                                LaneKind.EMOTIONS,
                                "Emotions",
                                List.of(Card.of("c1", "s1", "Relieved").withScore(2)))))));

        JourneyMap result = new AddMapContentCommand("Paste", imported).apply(open);

        assertThat(result.personas()).extracting(Persona::name).containsExactly("Dana", "Sam");
        Persona sam = result.personas().get(1);
        Stage retention = result.stages().get(3);
        assertThat(retention.name()).isEqualTo("Retention");
        assertThat(retention.id()).isNotEqualTo("s1");
        assertThat(sam.id()).isNotEqualTo("p1");
        Card relieved = sam.lanes().get(0).cards().get(0);
        assertThat(relieved.id()).isNotEqualTo("c1");
        assertThat(relieved.stageId()).isEqualTo(retention.id());
        assertThat(relieved.score()).isEqualTo(2);
        assertThat(result.personas().get(0)).isEqualTo(open.personas().get(0));
    }

    @Test
    void noBreakSpacesAroundANameStillJoinIt() {
        JourneyMap imported = new JourneyMap(
                "imported",
                "",
                "",
                List.of(Stage.of("i-s1", "Awareness\u00A0")),
                List.of(Persona.of(
                        "i-p1",
                        "\u202FDana",
                        List.of(new Lane(
                                "i-l1",
                                LaneKind.TOUCHPOINTS,
                                "Touchpoints\u2007",
                                List.of(Card.of("i-c1", "i-s1", "Trade fair")))))));

        JourneyMap result = new AddMapContentCommand("Import table", imported).apply(open);

        assertThat(result.stages()).hasSameSizeAs(open.stages());
        assertThat(result.personas()).hasSize(1);
        assertThat(result.personas().get(0).lanes())
                .hasSameSizeAs(open.personas().get(0).lanes());
        assertThat(result.personas().get(0).lanes().get(0).cardsAt("s1"))
                .extracting(Card::text)
                .endsWith("Trade fair");
    }

    @Test
    void aLaneTitledByItsKindJoinsTheFirstLaneOfThatKindAndOneOfItsOwnTitleStaysApart() {
        JourneyMap mine = new JourneyMap(
                "m1",
                "",
                "",
                List.of(Stage.of("s1", "Awareness")),
                List.of(Persona.of(
                        "p1",
                        "Dana",
                        List.of(new Lane(
                                "l1", LaneKind.PAIN_POINTS, "Schmerzpunkte", List.of(Card.of("c1", "s1", "Slow")))))));
        JourneyMap imported = new JourneyMap(
                "imported",
                "",
                "",
                List.of(Stage.of("i-s1", "Awareness")),
                List.of(Persona.of(
                        "i-p1",
                        "Dana",
                        List.of(
                                new Lane(
                                        "i-l1",
                                        LaneKind.PAIN_POINTS,
                                        LaneKind.PAIN_POINTS.title(),
                                        List.of(Card.of("i-c1", "i-s1", "Expensive"))),
                                new Lane(
                                        "i-l2",
                                        LaneKind.PAIN_POINTS,
                                        "Partner tasks",
                                        List.of(Card.of("i-c2", "i-s1", "Late delivery")))))));

        JourneyMap result = new AddMapContentCommand("Import table", imported).apply(mine);

        List<Lane> lanes = result.personas().get(0).lanes();
        assertThat(lanes).extracting(Lane::title).containsExactly("Schmerzpunkte", "Partner tasks");
        assertThat(lanes.get(0).cards()).extracting(Card::text).containsExactly("Slow", "Expensive");
    }

    @Test
    void anEmptyImportChangesNothingAndIsNotRecorded() {
        stack.execute(new AddMapContentCommand("Import table", new JourneyMap("x", "", "", List.of(), List.of())));

        assertThat(stack.canUndo()).isFalse();
    }
}
