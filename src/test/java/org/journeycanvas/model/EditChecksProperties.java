package org.journeycanvas.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.journeycanvas.testing.MapArbitraries;
import org.journeycanvas.testing.SampleMaps;

/**
 * A map made by editing a recent one is checked the short way (EditChecks, over what the edit replaced): whatever
 * the edit, right or wrong, it must be refused with the same message a full check gives, or kept with an index
 * that finds what a full index finds.
 */
class EditChecksProperties {
    /** Edits beyond those of {@link ReplacedLanesProperties}, most of them wrong. */
    enum WrongEdit {
        NONE,
        ADD_A_CARD,
        CHANGE_A_CARD,
        SAME_LANE_IN_TWO_PERSONAS,
        SAME_PERSONA_TWICE,
        CARD_COPIED_INTO_ANOTHER_LANE,
        CARD_AT_A_MISSING_STAGE,
        LANE_WITH_A_STAGE_ID,
        PERSONA_WITH_A_CARD_ID,
        LINK_TO_A_CARD_THAT_IS_NO_PAIN_POINT,
        PAIN_POINTS_TAKEN_OUT,
        CONNECTOR_TO_A_MISSING_CARD
    }

    @Property(tries = 400)
    void anEditedMapIsRefusedOrIndexedAsAFullCheckWould(
            @ForAll("maps") JourneyMap map,
            @ForAll ReplacedLanesProperties.Edit edit,
            @ForAll WrongEdit wrong,
            @ForAll("picks") int pick) {
        MapIndex.of(map); // recent, as the editor's map is
        List<Persona> personas = wronged(ReplacedLanesProperties.edited(map.personas(), edit, pick), wrong, pick);
        List<Connector> connectors = wrong == WrongEdit.CONNECTOR_TO_A_MISSING_CARD
                ? withConnectorTo("gone", map, personas)
                : map.connectors();

        String expected = problemOfFullCheck(map, personas, connectors);

        JourneyMap after;
        try {
            after = new JourneyMap(map.id(), map.title(), map.description(), map.stages(), personas, connectors);
        } catch (MapInvariantException e) {
            assertThat(e.getMessage()).isEqualTo(expected);
            return;
        }
        assertThat(expected).as("refused by a full check").isNull();
        assertSameIndex(after, map);
    }

    @Example
    void manyEditsInARowFindWhatAFullIndexFinds() {
        JourneyMap map = SampleMaps.threeStages();
        String stageId = map.stages().get(0).id();
        for (int i = 0; i < 300; i++) {
            JourneyMap before = map;
            Persona persona = before.personas().get(0);
            int at = i % persona.lanes().size();
            Lane lane = persona.lanes().get(at);
            List<Card> cards = new ArrayList<>(lane.cards());
            cards.add(Card.of("added" + i, stageId, "Card " + i).adaptedTo(lane.kind()));
            if (i % 3 == 0) {
                cards.remove(0);
            }
            List<Persona> personas = new ArrayList<>(before.personas());
            personas.set(0, ReplacedLanesProperties.withLane(persona, at, lane.withCards(cards)));

            map = before.withPersonas(personas);

            assertSameIndex(map, before);
        }
    }

    @Example
    void aCardAddedToALargeMapIsCheckedTheShortWay() {
        JourneyMap map = MapGenerator.generate(3, 8, 600, 5);
        ElementTable table = MapChecks.checkedElements(map.id(), map.stages(), map.personas(), map.connectors());
        Persona persona = map.personas().get(1);
        Lane lane = persona.lanes().get(1);
        Card added = Card.of("added", map.stages().get(3).id(), "Added").adaptedTo(lane.kind());
        List<Persona> personas = new ArrayList<>(map.personas());
        personas.set(1, withCard(persona, 1, lane, added));

        ElementTable edited = EditChecks.afterEdit(map, table, personas, map.connectors());

        assertThat(edited).as("checked the short way").isNotNull();
        assertThat(edited.get("added")).isSameAs(added);
        assertThat(edited.get(lane.id())).isSameAs(personas.get(1).lanes().get(1));
        assertThat(edited.get(persona.id())).isSameAs(personas.get(1));
        assertThat(edited.get(map.personas().get(0).id()))
                .isSameAs(map.personas().get(0));
        assertThat(EditChecks.afterEdit(map, table, personas, List.of()))
                .as("connectors dropped: the short way too")
                .isNotNull();
    }

    @Provide
    Arbitrary<JourneyMap> maps() {
        return MapArbitraries.maps();
    }

    @Provide
    Arbitrary<Integer> picks() {
        return Arbitraries.integers().between(0, 1000);
    }

    /** The message of a full check of the edited map, null when it passes. */
    private static String problemOfFullCheck(JourneyMap map, List<Persona> personas, List<Connector> connectors) {
        try {
            MapChecks.checkedElements(map.id(), map.stages(), List.copyOf(personas), connectors);
            return null;
        } catch (MapInvariantException e) {
            return e.getMessage();
        }
    }

    /** The index a map was made with finds each id of it, and of the map it came from, as a fresh one does. */
    private static void assertSameIndex(JourneyMap map, JourneyMap before) {
        MapIndex kept = MapIndex.of(map);
        MapIndex fresh = new MapIndex(map);
        Set<String> ids = new TreeSet<>(map.ids());
        ids.addAll(before.ids());
        ids.add("unused");
        for (String id : ids) {
            assertThat(kept.usesId(id)).as(id).isEqualTo(fresh.usesId(id));
            assertThat(kept.card(id)).as(id).isSameAs(fresh.card(id));
            assertThat(kept.lane(id)).as(id).isSameAs(fresh.lane(id));
            assertThat(kept.persona(id)).as(id).isSameAs(fresh.persona(id));
            assertThat(kept.stage(id)).as(id).isSameAs(fresh.stage(id));
            assertThat(kept.connector(id)).as(id).isSameAs(fresh.connector(id));
        }
    }

    private static List<Persona> wronged(List<Persona> personas, WrongEdit wrong, int pick) {
        if (personas.isEmpty() || personas.get(0).lanes().isEmpty()) {
            return personas;
        }
        List<Persona> result = new ArrayList<>(personas);
        Persona first = personas.get(0);
        Lane lane = first.lanes().get(pick % first.lanes().size());
        int at = first.lanes().indexOf(lane);
        Card someCard = personas.stream()
                .flatMap(persona -> persona.lanes().stream())
                .flatMap(each -> each.cards().stream())
                .findFirst()
                .orElse(null);
        String stageId = someCard == null ? "s0" : someCard.stageId();
        switch (wrong) {
            case NONE -> {}
            case ADD_A_CARD -> result.set(0, withCard(first, at, lane, Card.of("brand-new", stageId, "New")));
            case CHANGE_A_CARD -> {
                if (!lane.cards().isEmpty()) {
                    result.set(
                            0,
                            ReplacedLanesProperties.withLane(
                                    first, at, lane.withCardsMapped(card -> card.withText(card.text() + "!"))));
                }
            }
            case SAME_LANE_IN_TWO_PERSONAS -> {
                if (personas.size() > 1) {
                    Persona other = personas.get(1);
                    List<Lane> lanes = new ArrayList<>(other.lanes());
                    lanes.add(lane);
                    result.set(1, other.withLanes(lanes));
                }
            }
            case SAME_PERSONA_TWICE -> result.add(first);
            case CARD_COPIED_INTO_ANOTHER_LANE -> {
                if (someCard != null) {
                    result.set(0, withCard(first, at, lane, someCard.adaptedTo(lane.kind())));
                }
            }
            case CARD_AT_A_MISSING_STAGE -> result.set(0, withCard(first, at, lane, Card.of("astray", "nowhere", "")));
            case LANE_WITH_A_STAGE_ID -> {
                List<Lane> lanes = new ArrayList<>(first.lanes());
                lanes.add(new Lane(stageId, LaneKind.TOUCHPOINTS, "Lane", List.of()));
                result.set(0, first.withLanes(lanes));
            }
            case PERSONA_WITH_A_CARD_ID -> {
                if (someCard != null) {
                    result.add(first.withId(someCard.id()).withLanes(List.of()));
                }
            }
            case LINK_TO_A_CARD_THAT_IS_NO_PAIN_POINT -> {
                if (someCard != null && lane.kind() == LaneKind.OPPORTUNITIES) {
                    Card linking = Card.of("linking", stageId, "Idea")
                            .adaptedTo(LaneKind.OPPORTUNITIES)
                            .withOpportunity(Opportunity.UNRATED.withAddresses(List.of(someCard.id())));
                    result.set(0, withCard(first, at, lane, linking));
                }
            }
            case PAIN_POINTS_TAKEN_OUT -> {
                // The pain points opportunities link to go, and the links stay: no edit prunes them here.
                for (int p = 0; p < result.size(); p++) {
                    Persona persona = result.get(p);
                    for (int l = 0; l < persona.lanes().size(); l++) {
                        if (persona.lanes().get(l).kind() == LaneKind.PAIN_POINTS) {
                            result.set(
                                    p,
                                    ReplacedLanesProperties.withLane(
                                            persona, l, persona.lanes().get(l).withCards(List.of())));
                            return result;
                        }
                    }
                }
            }
            case CONNECTOR_TO_A_MISSING_CARD -> {}
        }
        return result;
    }

    private static Persona withCard(Persona persona, int at, Lane lane, Card card) {
        List<Card> cards = new ArrayList<>(lane.cards());
        cards.add(card);
        return ReplacedLanesProperties.withLane(persona, at, lane.withCards(cards));
    }

    private static List<Connector> withConnectorTo(String cardId, JourneyMap map, List<Persona> personas) {
        String from = personas.stream()
                .flatMap(persona -> persona.lanes().stream())
                .flatMap(lane -> lane.cards().stream())
                .map(Card::id)
                .findFirst()
                .orElse("no-card");
        List<Connector> connectors = new ArrayList<>(map.connectors());
        connectors.add(new Connector("k-new", from, cardId, "", ConnectorStyle.SOLID));
        return connectors;
    }
}
