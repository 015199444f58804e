package org.journeycanvas.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.journeycanvas.command.AddCardsCommand;
import org.journeycanvas.command.AddConnectorCommand;
import org.journeycanvas.command.Command;
import org.journeycanvas.command.DeleteCardsCommand;
import org.journeycanvas.command.ElementList;
import org.journeycanvas.command.Field;
import org.journeycanvas.command.FieldEdit;
import org.journeycanvas.command.ListEdit;
import org.journeycanvas.command.MoveCardsCommand;
import org.journeycanvas.io.MapFileException;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.io.MapFileWriter;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Opportunity;
import org.journeycanvas.model.Stage;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InEnglish.class)
class ThreeWayMergeTest {
    private final JourneyMap base = SampleMaps.threeStages();

    @Test
    void editsOfDifferentCardsAreBothTaken() throws MapFileException {
        JourneyMap ours = apply(new FieldEdit<>(Field.CARD_TEXT, "c1", "Webinar series"));
        JourneyMap theirs = apply(
                new FieldEdit<>(Field.CARD_TEXT, "c3", "Live demo"), new FieldEdit<>(Field.CARD_NOTE, "c1", "ask Jo"));

        MergeResult result = mergedBothWays(ours, theirs);

        assertThat(result.conflicts()).isEmpty();
        Card c1 = card(result, "c1");
        assertThat(c1.text()).isEqualTo("Webinar series");
        assertThat(c1.note()).isEqualTo("ask Jo");
        assertThat(card(result, "c3").text()).isEqualTo("Live demo");
    }

    @Test
    void bothVersionsOfAConflictingCardKeepItsConnectors() throws MapFileException {
        Command connect = new AddConnectorCommand(Connector.between("k1", "c1", "e1"));
        JourneyMap ours = apply(connect, new FieldEdit<>(Field.CARD_TEXT, "c1", "Webinar series"));
        JourneyMap theirs = apply(connect, new FieldEdit<>(Field.CARD_TEXT, "c1", "Live webinar"));

        JourneyMap merged = ThreeWayMerge.merge(apply(connect), ours, theirs).map();

        String copy = merged.lane("l-touch").orElseThrow().cards().stream()
                .filter(card -> card.text().equals("Live webinar"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(merged.connectors())
                .extracting(Connector::fromCardId, Connector::toCardId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("c1", "e1"),
                        org.assertj.core.groups.Tuple.tuple(copy, "e1"));
        JourneyMap keptTheirs = new DeleteCardsCommand(java.util.Set.of("c1")).apply(merged);
        assertThat(keptTheirs.connectors()).extracting(Connector::fromCardId).containsExactly(copy);
    }

    @Test
    void theSameChangeOnBothSidesIsTakenOnce() throws MapFileException {
        Command same = AddCardsCommand.one("l-pain", Card.of("n1", "s2", "Pricing unclear"), 0);
        JourneyMap ours = apply(same, new FieldEdit<>(Field.STAGE_NAME, "s1", "Discover"));
        JourneyMap theirs = apply(same, new FieldEdit<>(Field.STAGE_NAME, "s1", "Discover"));

        MergeResult result = mergedBothWays(ours, theirs);

        assertThat(result.conflicts()).isEmpty();
        assertThat(result.map()).isEqualTo(ours);
    }

    @Test
    void aCardTextChangedDifferentlyIsKeptTwiceSideBySideTaggedConflict() throws MapFileException {
        JourneyMap ours = apply(new FieldEdit<>(Field.CARD_TEXT, "c1", "Webinar series"));
        JourneyMap theirs = apply(new FieldEdit<>(Field.CARD_TEXT, "c1", "Live webinar"));

        MergeResult result = mergedBothWays(ours, theirs);

        assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.kind()).isEqualTo(MergeConflict.Kind.CHANGED_ON_BOTH_SIDES);
            assertThat(conflict.id()).isEqualTo("c1");
            assertThat(conflict.describe())
                    .isEqualTo("card \"Webinar series\": text changed on both sides; both versions kept as two cards"
                            + " tagged \"conflict\"");
        });
        List<Card> cell = result.map().lane("l-touch").orElseThrow().cardsAt("s1");
        assertThat(cell).extracting(Card::text).containsExactly("Webinar series", "Live webinar", "Analyst report");
        assertThat(cell.get(0).id()).isEqualTo("c1");
        assertThat(cell.get(1).id()).isNotIn(base.ids());
        assertThat(cell.get(0).tags()).containsExactly(MergeConflict.TAG);
        assertThat(cell.get(1).tags()).containsExactly(MergeConflict.TAG);
        assertThat(cell.get(1).channel()).isEqualTo(cell.get(0).channel());
    }

    @Test
    void aCardEditedOnOneSideAndDeletedOnTheOtherIsKeptWithTheEdit() throws MapFileException {
        JourneyMap ours = apply(new FieldEdit<>(Field.CARD_TEXT, "c2", "Gartner report"));
        JourneyMap theirs = apply(new DeleteCardsCommand(Set.of("c2")));

        for (MergeResult result :
                List.of(ThreeWayMerge.merge(base, ours, theirs), ThreeWayMerge.merge(base, theirs, ours))) {
            assertValid(result.map());
            assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
                assertThat(conflict.kind()).isEqualTo(MergeConflict.Kind.EDITED_AND_DELETED);
                assertThat(conflict.describe())
                        .isEqualTo("card \"Gartner report\": edited on one side and deleted on the other;"
                                + " kept with the edit, tagged \"conflict\"");
            });
            assertThat(card(result, "c2").text()).isEqualTo("Gartner report");
            assertThat(card(result, "c2").tags()).containsExactly("analyst", MergeConflict.TAG);
        }
    }

    @Test
    void aCardDeletedOnOneSideAndLeftAloneOnTheOtherIsDeleted() throws MapFileException {
        JourneyMap ours = apply(new DeleteCardsCommand(Set.of("c2")));
        JourneyMap theirs = apply(new FieldEdit<>(Field.CARD_TEXT, "c1", "Webinar series"));

        MergeResult result = mergedBothWays(ours, theirs);

        assertThat(result.conflicts()).isEmpty();
        assertThat(result.map().findCard("c2")).isEmpty();
        assertThat(card(result, "c1").text()).isEqualTo("Webinar series");
    }

    @Test
    void aCardMovedOnOneSideAndEditedOnTheOtherIsBoth() throws MapFileException {
        JourneyMap ours = apply(new MoveCardsCommand(List.of("c3"), "l-touch", "s3", 0));
        JourneyMap theirs = apply(new FieldEdit<>(Field.CARD_TEXT, "c3", "Live demo"));

        MergeResult result = mergedBothWays(ours, theirs);

        assertThat(result.conflicts()).isEmpty();
        assertThat(card(result, "c3").stageId()).isEqualTo("s3");
        assertThat(card(result, "c3").text()).isEqualTo("Live demo");
    }

    @Test
    void aCardMovedToDifferentPlacesStaysWhereOursPutIt() throws MapFileException {
        JourneyMap ours = apply(new MoveCardsCommand(List.of("c3"), "l-touch", "s3", 0));
        JourneyMap theirs = apply(new MoveCardsCommand(List.of("c3"), "l-touch", "s1", 0));

        MergeResult result = mergedBothWays(ours, theirs);

        assertThat(result.conflicts())
                .extracting(MergeConflict::kind)
                .containsExactly(MergeConflict.Kind.MOVED_ON_BOTH_SIDES);
        assertThat(card(result, "c3").stageId()).isEqualTo("s3");
    }

    @Test
    void stagesReorderedDifferentlyKeepOurOrder() throws MapFileException {
        JourneyMap ours = apply(ListEdit.move(ElementList.stages(), "s3", 0));
        JourneyMap theirs = apply(ListEdit.move(ElementList.stages(), "s1", 2));

        MergeResult result = mergedBothWays(ours, theirs);

        assertThat(result.map().stages()).extracting(Stage::id).containsExactly("s3", "s1", "s2");
        assertThat(result.conflicts())
                .singleElement()
                .satisfies(conflict -> assertThat(conflict.describe())
                        .isEqualTo("the stages were reordered differently on both sides; kept our order"));
    }

    @Test
    void lanesReorderedDifferentlyKeepOurOrder() throws MapFileException {
        JourneyMap ours = apply(ListEdit.move(ElementList.lanesOf("p1"), "l-pain", 0));
        JourneyMap theirs = apply(ListEdit.move(ElementList.lanesOf("p1"), "l-touch", 2));

        MergeResult result = mergedBothWays(ours, theirs);

        assertThat(result.map().persona("p1").orElseThrow().lanes())
                .extracting(Lane::id)
                .containsExactly("l-pain", "l-touch", "l-emo");
        assertThat(result.conflicts())
                .singleElement()
                .satisfies(conflict -> assertThat(conflict.describe())
                        .isEqualTo("persona \"Dana\": lanes reordered differently on both sides; kept our order"));
    }

    @Test
    void aStageReorderedOnOneSideAndOneAddedOnTheOtherMergeCleanly() throws MapFileException {
        JourneyMap ours = apply(ListEdit.move(ElementList.stages(), "s3", 0));
        JourneyMap theirs = apply(ListEdit.insert(ElementList.stages(), Stage.of("s4", "Onboarding"), 3));

        MergeResult result = mergedBothWays(ours, theirs);

        assertThat(result.conflicts()).isEmpty();
        // The new stage follows the one it followed on its side, wherever the other side moved that one.
        assertThat(result.map().stages()).extracting(Stage::id).containsExactly("s3", "s4", "s1", "s2");
    }

    @Test
    void aStageDeletedOnOneSideWhileTheOtherAddedACardToItIsKept() throws MapFileException {
        JourneyMap ours = apply(ListEdit.remove(ElementList.stages(), "s3"));
        JourneyMap theirs = apply(AddCardsCommand.one("l-pain", Card.of("n1", "s3", "Contract too long"), 0));

        MergeResult result = mergedBothWays(ours, theirs);

        assertThat(result.map().stage("s3")).isPresent();
        assertThat(card(result, "n1").text()).isEqualTo("Contract too long");
        assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.kind()).isEqualTo(MergeConflict.Kind.KEPT_FOR_CONTENT);
            assertThat(conflict.describe())
                    .isEqualTo("stage \"Decision\": deleted on one side while the other side added to it; kept");
        });
    }

    @Test
    void aLaneDeletedOnOneSideWhileTheOtherMovedACardIntoItIsKeptWithThatCard() throws MapFileException {
        JourneyMap ours = apply(ListEdit.remove(ElementList.lanesOf("p1"), "l-pain"));
        JourneyMap theirs = apply(new MoveCardsCommand(List.of("c3"), "l-pain", "s2", 0));

        MergeResult result = mergedBothWays(ours, theirs);

        assertThat(result.map().findCard("c3").orElseThrow().lane().id()).isEqualTo("l-pain");
        assertThat(result.conflicts())
                .extracting(MergeConflict::kind)
                .containsExactly(MergeConflict.Kind.KEPT_FOR_CONTENT);
    }

    @Test
    void aPersonaFieldChangedDifferentlyKeepsOursAndSaysTheirs() throws MapFileException {
        JourneyMap ours = apply(new FieldEdit<>(Field.PERSONA_NAME, "p1", "Dana R."));
        JourneyMap theirs = apply(new FieldEdit<>(Field.PERSONA_NAME, "p1", "Dana Reyes"));

        MergeResult result = ThreeWayMerge.merge(base, ours, theirs);

        assertValid(result.map());
        assertThat(result.map().persona("p1").orElseThrow().name()).isEqualTo("Dana R.");
        assertThat(result.conflicts())
                .singleElement()
                .satisfies(conflict -> assertThat(conflict.describe())
                        .isEqualTo(
                                "persona \"Dana R.\": name changed on both sides; kept ours (\"Dana R.\"), theirs was"
                                        + " \"Dana Reyes\""));
    }

    @Test
    void cardsAddedOnBothSidesInOneCellAreAllKept() throws MapFileException {
        JourneyMap ours = apply(AddCardsCommand.one("l-touch", Card.of("n1", "s1", "Podcast"), 1));
        JourneyMap theirs = apply(AddCardsCommand.one("l-touch", Card.of("n2", "s1", "Trade fair"), 2));

        MergeResult result = mergedBothWays(ours, theirs);

        assertThat(result.conflicts()).isEmpty();
        assertThat(result.map().lane("l-touch").orElseThrow().cardsAt("s1"))
                .extracting(Card::id)
                .containsSubsequence("c1", "n1", "c2")
                .containsSubsequence("c1", "c2", "n2")
                .hasSize(4);
    }

    @Test
    void aLaneKindChangedOnOneSideFitsTheOtherSidesCardsToIt() throws MapFileException {
        Lane touch = base.lane("l-touch").orElseThrow();
        JourneyMap ours = base.withLanesMapped(
                lane -> lane == touch ? ComparedField.withKind(lane, org.journeycanvas.model.LaneKind.NOTES) : lane);
        JourneyMap theirs = apply(AddCardsCommand.one(
                "l-touch", Card.of("n1", "s1", "Podcast").withChannel(org.journeycanvas.model.Channel.SOCIAL), 0));

        MergeResult result = mergedBothWays(ours, theirs);

        assertThat(result.conflicts()).isEmpty();
        assertThat(card(result, "n1").channel()).isNull();
    }

    @Test
    void aConnectorToACardDeletedOnTheOtherSideIsDroppedAndSaidSo() throws MapFileException {
        JourneyMap ours = apply(
                new AddConnectorCommand(Connector.between("k1", "c1", "c3").withLabel("follow-up")));
        JourneyMap theirs = apply(new DeleteCardsCommand(Set.of("c3")));

        MergeResult result = mergedBothWays(ours, theirs);

        assertThat(result.map().connectors()).isEmpty();
        assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.kind()).isEqualTo(MergeConflict.Kind.CONNECTOR_DROPPED);
            assertThat(conflict.describe())
                    .isEqualTo("connector \"Industry webinar\" → \"Product demo\" (\"follow-up\"): dropped, because a"
                            + " card it joins was deleted");
        });
    }

    @Test
    void anOpportunitysLinkToAPainPointDeletedOnTheOtherSideIsDroppedAndSaidSo() throws MapFileException {
        Lane opportunities = new Lane(
                "l-opp",
                LaneKind.OPPORTUNITIES,
                "Opportunities",
                List.of(Card.of("o1", "s2", "Clear price list").withOpportunity(Opportunity.UNRATED)));
        JourneyMap withPainPoint = apply(
                ListEdit.insert(ElementList.lanesOf("p1"), opportunities, 3),
                AddCardsCommand.one("l-pain", Card.of("pp1", "s2", "Pricing unclear"), 0));
        JourneyMap ours = new FieldEdit<>(
                        Field.CARD_OPPORTUNITY,
                        "o1",
                        Opportunity.UNRATED.withImpact(4).withAddresses(List.of("pp1")))
                .apply(withPainPoint);
        JourneyMap theirs = new DeleteCardsCommand(Set.of("pp1")).apply(withPainPoint);

        for (MergeResult result : List.of(
                ThreeWayMerge.merge(withPainPoint, ours, theirs), ThreeWayMerge.merge(withPainPoint, theirs, ours))) {
            assertValid(result.map());
            assertThat(result.map().findCard("pp1")).isEmpty();
            assertThat(card(result, "o1").opportunity()).isEqualTo(Opportunity.UNRATED.withImpact(4));
            assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
                assertThat(conflict.kind()).isEqualTo(MergeConflict.Kind.OPPORTUNITY_LINK_DROPPED);
                assertThat(conflict.id()).isEqualTo("o1");
                assertThat(conflict.describe())
                        .isEqualTo("opportunity \"Clear price list\" → \"Pricing unclear\": link dropped, because the"
                                + " pain point was deleted");
            });
        }
    }

    @Test
    void rankingOnOneSideAndDeletingALinkedPainPointOnTheOtherGoTogether() throws MapFileException {
        Lane opportunities = new Lane(
                "l-opp",
                LaneKind.OPPORTUNITIES,
                "Opportunities",
                List.of(Card.of("o1", "s2", "Clear price list")
                        .withOpportunity(Opportunity.UNRATED.withAddresses(List.of("pp1", "pp2")))));
        JourneyMap linked = apply(
                AddCardsCommand.one("l-pain", Card.of("pp1", "s2", "Pricing unclear"), 0),
                AddCardsCommand.one("l-pain", Card.of("pp2", "s3", "Slow answers"), 0),
                ListEdit.insert(ElementList.lanesOf("p1"), opportunities, 3));
        JourneyMap ours = new FieldEdit<>(
                        Field.CARD_OPPORTUNITY,
                        "o1",
                        Opportunity.UNRATED.withImpact(4).withAddresses(List.of("pp1", "pp2")))
                .apply(linked);
        JourneyMap theirs = new DeleteCardsCommand(Set.of("pp1")).apply(linked);

        for (MergeResult result :
                List.of(ThreeWayMerge.merge(linked, ours, theirs), ThreeWayMerge.merge(linked, theirs, ours))) {
            assertValid(result.map());
            assertThat(result.conflicts()).isEmpty();
            assertThat(card(result, "o1").opportunity())
                    .isEqualTo(Opportunity.UNRATED.withImpact(4).withAddresses(List.of("pp2")));
            assertThat(card(result, "o1").tags()).doesNotContain(MergeConflict.TAG);
        }
    }

    @Test
    void aNewLinkToAPainPointTheOtherSideMovedToTouchpointsIsDroppedAndSaidSo() throws MapFileException {
        Lane opportunities = new Lane(
                "l-opp",
                LaneKind.OPPORTUNITIES,
                "Opportunities",
                List.of(Card.of("o1", "s2", "Clear price list").withOpportunity(Opportunity.UNRATED)));
        JourneyMap withPainPoint = apply(
                ListEdit.insert(ElementList.lanesOf("p1"), opportunities, 3),
                AddCardsCommand.one("l-pain", Card.of("pp1", "s2", "Pricing unclear"), 0));
        JourneyMap ours = new FieldEdit<>(
                        Field.CARD_OPPORTUNITY, "o1", Opportunity.UNRATED.withAddresses(List.of("pp1")))
                .apply(withPainPoint);
        JourneyMap theirs = new MoveCardsCommand(List.of("pp1"), "l-touch", "s2", 0).apply(withPainPoint);

        for (MergeResult result : List.of(
                ThreeWayMerge.merge(withPainPoint, ours, theirs), ThreeWayMerge.merge(withPainPoint, theirs, ours))) {
            assertValid(result.map());
            assertThat(result.map().findCard("pp1").orElseThrow().lane().id()).isEqualTo("l-touch");
            assertThat(card(result, "o1").opportunity().addresses()).isEmpty();
            assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
                assertThat(conflict.kind()).isEqualTo(MergeConflict.Kind.OPPORTUNITY_LINK_LEFT_PAIN_POINTS);
                assertThat(conflict.describe())
                        .isEqualTo("opportunity \"Clear price list\" → \"Pricing unclear\": link dropped, because the"
                                + " pain point was moved to a lane of another kind");
            });
        }
    }

    @Test
    void aLinkBothSidesKeepIsNoConflict() throws MapFileException {
        Lane opportunities = new Lane(
                "l-opp",
                LaneKind.OPPORTUNITIES,
                "Opportunities",
                List.of(Card.of("o1", "s2", "Clear price list")
                        .withOpportunity(Opportunity.UNRATED.withAddresses(List.of("pp1")))));
        JourneyMap linked = apply(
                AddCardsCommand.one("l-pain", Card.of("pp1", "s2", "Pricing unclear"), 0),
                ListEdit.insert(ElementList.lanesOf("p1"), opportunities, 3));
        JourneyMap ours = new FieldEdit<>(Field.CARD_TEXT, "pp1", "Pricing hidden").apply(linked);
        JourneyMap theirs = new FieldEdit<>(Field.CARD_TEXT, "o1", "Price list").apply(linked);

        MergeResult result = ThreeWayMerge.merge(linked, ours, theirs);

        assertThat(result.conflicts()).isEmpty();
        assertThat(card(result, "o1").opportunity().addresses()).containsExactly("pp1");
    }

    @Test
    void connectorsAddedAndRelabelledOnEitherSideAreMerged() throws MapFileException {
        JourneyMap withArrow = apply(new AddConnectorCommand(Connector.between("k1", "c1", "c3")));
        JourneyMap ours = new FieldEdit<>(Field.CONNECTOR_LABEL, "k1", "demo booked").apply(withArrow);
        JourneyMap theirs = new AddConnectorCommand(Connector.between("k2", "c3", "e1")).apply(withArrow);

        MergeResult result = ThreeWayMerge.merge(withArrow, ours, theirs);

        assertValid(result.map());
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.map().connectors())
                .extracting(Connector::id, Connector::label)
                .containsExactly(tuple("k1", "demo booked"), tuple("k2", ""));
    }

    /** Merges both ways round, checks that each result is a valid file and that both found the same conflicts. */
    private MergeResult mergedBothWays(JourneyMap ours, JourneyMap theirs) throws MapFileException {
        MergeResult result = ThreeWayMerge.merge(base, ours, theirs);
        MergeResult swapped = ThreeWayMerge.merge(base, theirs, ours);
        assertValid(result.map());
        assertValid(swapped.map());
        assertThat(swapped.conflicts())
                .extracting(MergeConflict::kind)
                .containsExactlyInAnyOrderElementsOf(
                        result.conflicts().stream().map(MergeConflict::kind).toList());
        return result;
    }

    private static void assertValid(JourneyMap map) throws MapFileException {
        byte[] written = new MapFileWriter().toBytes(map);
        assertThat(new MapFileReader().read(written, "merged.journey")).isEqualTo(map);
    }

    private static Card card(MergeResult result, String id) {
        return result.map().findCard(id).orElseThrow().card();
    }

    private JourneyMap apply(Command... commands) {
        JourneyMap result = base;
        for (Command command : commands) {
            result = command.apply(result);
        }
        return result;
    }
}
