package org.journeycanvas.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.journeycanvas.testing.MapArbitraries;

/**
 * A map finds what an edit of its personas removed from the lanes the edit replaced (RemovedCards); whatever the
 * edit, it must keep the connectors and links that going over every card would keep.
 */
class ReplacedLanesProperties {
    enum Edit {
        REMOVE_SOME_CARDS,
        MOVE_A_CARD,
        CHANGE_A_LANE_KIND,
        REMOVE_A_LANE,
        REMOVE_A_PERSONA,
        MOVE_A_LANE_TO_ANOTHER_PERSONA
    }

    @Property(tries = 300)
    void anEditKeepsTheConnectorsAndLinksThatAFullPassKeeps(
            @ForAll("maps") JourneyMap map, @ForAll Edit edit, @ForAll("picks") int pick) {
        List<Persona> edited = edited(map.personas(), edit, pick);

        JourneyMap after = map.withPersonas(edited);

        List<Persona> expectedPersonas = OpportunityLinks.pruned(edited);
        Set<String> cardIds = new HashSet<>();
        expectedPersonas.forEach(persona ->
                persona.lanes().forEach(lane -> lane.cards().forEach(card -> cardIds.add(card.id()))));
        assertThat(after.personas()).isEqualTo(expectedPersonas);
        assertThat(after.connectors())
                .isEqualTo(map.connectors().stream()
                        .filter(connector ->
                                cardIds.contains(connector.fromCardId()) && cardIds.contains(connector.toCardId()))
                        .toList());
    }

    @Provide
    Arbitrary<JourneyMap> maps() {
        return MapArbitraries.maps();
    }

    @Provide
    Arbitrary<Integer> picks() {
        return Arbitraries.integers().between(0, 1000);
    }

    static List<Persona> edited(List<Persona> personas, Edit edit, int pick) {
        List<Persona> result = new ArrayList<>(personas);
        List<int[]> lanes = new ArrayList<>();
        for (int p = 0; p < personas.size(); p++) {
            for (int l = 0; l < personas.get(p).lanes().size(); l++) {
                lanes.add(new int[] {p, l});
            }
        }
        if (lanes.isEmpty()) {
            return result;
        }
        int[] at = lanes.get(pick % lanes.size());
        Persona persona = personas.get(at[0]);
        Lane lane = persona.lanes().get(at[1]);
        switch (edit) {
            case REMOVE_SOME_CARDS -> {
                Set<String> removed = new HashSet<>();
                for (int c = 0; c < lane.cards().size(); c++) {
                    if ((pick >> c & 1) == 1) {
                        removed.add(lane.cards().get(c).id());
                    }
                }
                result.set(at[0], withLane(persona, at[1], lane.withoutCards(removed)));
            }
            case MOVE_A_CARD -> {
                int[] to = lanes.get((pick / 7) % lanes.size());
                if (lane.cards().isEmpty() || to[0] == at[0] && to[1] == at[1]) {
                    return result;
                }
                Card card = lane.cards().get(pick % lane.cards().size());
                result.set(at[0], withLane(persona, at[1], lane.withoutCards(Set.of(card.id()))));
                Persona target = result.get(to[0]);
                Lane into = target.lanes().get(to[1]);
                List<Card> cards = new ArrayList<>(into.cards());
                cards.add(card.adaptedTo(into.kind()));
                result.set(to[0], withLane(target, to[1], into.withCards(cards)));
            }
            case CHANGE_A_LANE_KIND -> {
                LaneKind kind = LaneKind.values()[pick % LaneKind.values().length];
                result.set(
                        at[0],
                        withLane(
                                persona,
                                at[1],
                                new Lane(
                                        lane.id(),
                                        kind,
                                        lane.title(),
                                        lane.cards().stream()
                                                .map(card -> card.adaptedTo(kind))
                                                .toList())));
            }
            case REMOVE_A_LANE -> {
                List<Lane> kept = new ArrayList<>(persona.lanes());
                kept.remove(at[1]);
                result.set(at[0], persona.withLanes(kept));
            }
            case REMOVE_A_PERSONA -> result.remove(at[0]);
            case MOVE_A_LANE_TO_ANOTHER_PERSONA -> {
                int other = (at[0] + 1) % personas.size();
                if (other == at[0]) {
                    return result;
                }
                List<Lane> kept = new ArrayList<>(persona.lanes());
                kept.remove(at[1]);
                result.set(at[0], persona.withLanes(kept));
                List<Lane> joined = new ArrayList<>(result.get(other).lanes());
                joined.add(lane);
                result.set(other, result.get(other).withLanes(joined));
            }
        }
        return result;
    }

    static Persona withLane(Persona persona, int index, Lane lane) {
        List<Lane> lanes = new ArrayList<>(persona.lanes());
        lanes.set(index, lane);
        return persona.withLanes(lanes);
    }
}
