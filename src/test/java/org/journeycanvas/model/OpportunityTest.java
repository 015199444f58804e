package org.journeycanvas.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InEnglish.class)
class OpportunityTest {
    private final JourneyMap map = SampleMaps.withRankedOpportunity();

    @Test
    void anOpportunityRanksByImpactOverEffort() {
        Opportunity ranking = map.findCard("o1").orElseThrow().card().opportunity();

        assertThat(ranking.score()).isEqualTo(2.0);
        assertThat(ranking.withEffort(null).score()).isNull();
        assertThat(ranking.status().isOpen()).isTrue();
        assertThat(OpportunityStatus.DONE.isOpen()).isFalse();
    }

    @Test
    void ratingsAreOneToFiveAndLinksAreNotRepeated() {
        assertThatThrownBy(() -> Opportunity.UNRATED.withImpact(6))
                .hasMessage("impact: must be a whole number from 1 to 5, not 6");
        assertThatThrownBy(() -> Opportunity.UNRATED.withEffort(0))
                .hasMessage("effort: must be a whole number from 1 to 5, not 0");
        assertThatThrownBy(() -> Opportunity.UNRATED.withAddresses(List.of("pp1", "pp1")))
                .hasMessage("addresses: the same pain point is linked twice");
    }

    @Test
    void onlyAnOpportunityCardIsRankedAndOnlyAnEmotionHasAFutureScore() {
        assertThatThrownBy(() -> Lane.of("l", LaneKind.NOTES)
                        .withCards(List.of(Card.of("n", "s1", "x").withOpportunity(Opportunity.UNRATED))))
                .hasMessageStartingWith("cards[0].opportunity: only opportunity cards have impact");
        assertThatThrownBy(() -> Lane.of("l", LaneKind.NOTES)
                        .withCards(List.of(Card.of("n", "s1", "x").withFutureScore(1))))
                .hasMessageStartingWith("cards[0].futureScore: only emotion cards have a score");
        assertThatThrownBy(() -> Card.of("e", "s1", "x").withFutureScore(3))
                .hasMessage("futureScore: must be a whole number from -2 to +2, not 3");
    }

    @Test
    void movingACardToAnotherKindOfLaneDropsWhatThatKindCannotHold() {
        Card opportunity = map.findCard("o1").orElseThrow().card();
        Card emotion = map.findCard("e1").orElseThrow().card();

        assertThat(opportunity.adaptedTo(LaneKind.NOTES).opportunity()).isNull();
        assertThat(opportunity.adaptedTo(LaneKind.OPPORTUNITIES)).isSameAs(opportunity);
        assertThat(emotion.adaptedTo(LaneKind.NOTES).futureScore()).isNull();
    }

    @Test
    void aLinkMustNameAPainPointCard() {
        List<Persona> badLink = List.of(map.personas()
                .get(0)
                .withLanesMapped(lane -> lane.withCardsMapped(card -> card.id().equals("o1")
                        ? card.withOpportunity(card.opportunity().withAddresses(List.of("c1")))
                        : card)));

        assertThatThrownBy(() -> new JourneyMap("m1", "", "", map.stages(), badLink))
                .hasMessage("personas[0].lanes[3].cards[0].opportunity.addresses[0]: no pain point card \"c1\""
                        + " (an opportunity addresses pain points)");
    }

    @Test
    void aChangeDropsLinksToCardsThatAreNoLongerPainPoints() {
        JourneyMap moved = map.withLanesMapped(lane -> lane.id().equals("l-pain")
                ? lane.withCards(List.of())
                : lane.id().equals("l-touch")
                        ? lane.withCards(List.of(Card.of("pp1", "s2", "Pricing is unclear")))
                        : lane);

        assertThat(moved.findCard("o1").orElseThrow().card().opportunity().addresses())
                .isEmpty();
    }

    @Test
    void anOpportunityAddedWithLinksToPainPointsTheMapLacksKeepsOnlyTheOthers() {
        Card pasted = Card.of("o2", "s1", "Pasted from another map")
                .withOpportunity(new Opportunity(3, 3, "", OpportunityStatus.IDEA, List.of("elsewhere", "pp1")));

        JourneyMap added = map.withLanesMapped(
                lane -> lane.id().equals("l-opp") ? lane.withCardsInserted("s1", 0, List.of(pasted)) : lane);

        assertThat(added.findCard("o2").orElseThrow().card().opportunity().addresses())
                .containsExactly("pp1");
        assertThat(added.findCard("o1").orElseThrow().card().opportunity().addresses())
                .containsExactly("pp1");
    }

    @Test
    void deletingAPainPointTakesItOutOfTheOpportunitiesThatAddressedIt() {
        JourneyMap without = map.withLanesMapped(lane -> lane.withoutCards(Set.of("pp1")));

        assertThat(without.findCard("o1").orElseThrow().card().opportunity().addresses())
                .isEmpty();
        assertThat(without.findCard("o1").orElseThrow().card().opportunity().impact())
                .isEqualTo(4);
    }

    @Test
    void freshIdsFollowTheLinks() {
        JourneyMap copy = FreshIds.copy(map, new IdGenerator(new java.util.Random(5)));

        Card opportunity = copy.personas().get(0).lanes().get(3).cards().get(0);
        String painPoint = copy.personas().get(0).lanes().get(2).cards().get(0).id();
        assertThat(opportunity.opportunity().addresses()).containsExactly(painPoint);
    }
}
