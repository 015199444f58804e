package org.journeycanvas.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InEnglish.class)
class ConnectorTest {
    private final JourneyMap map = SampleMaps.threeStages();

    @Test
    void aMapHoldsConnectorsBetweenItsCards() {
        JourneyMap connected = map.withConnectors(List.of(Connector.between("k1", "c1", "e1")));

        assertThat(connected.connectors()).containsExactly(Connector.between("k1", "c1", "e1"));
        assertThat(connected.connector("k1")).isPresent();
        assertThat(connected.ids()).contains("k1");
        assertThat(connected.usesId("k1")).isTrue();
    }

    @Test
    void aConnectorToACardThatIsNotThereIsRefusedWithItsPath() {
        assertThatThrownBy(() -> map.withConnectors(List.of(Connector.between("k1", "c1", "nowhere"))))
                .isInstanceOf(MapInvariantException.class)
                .hasMessage("connectors[0].to: no card \"nowhere\" (a connector joins two cards)");
        assertThatThrownBy(() -> map.withConnectors(List.of(Connector.between("k1", "s1", "c1"))))
                .hasMessage("connectors[0].from: no card \"s1\" (a connector joins two cards)");
    }

    @Test
    void aConnectorIdIsUniqueInTheWholeMap() {
        assertThatThrownBy(() -> map.withConnectors(List.of(Connector.between("c2", "c1", "e1"))))
                .hasMessage("connectors[0].id: id \"c2\" is already used by personas[0].lanes[0].cards[1].id");
        assertThatThrownBy(() -> map.withConnectors(
                        List.of(Connector.between("k1", "c1", "e1"), Connector.between("k1", "c2", "e1"))))
                .hasMessage("connectors[1].id: id \"k1\" is already used by connectors[0].id");
    }

    @Test
    void aConnectorJoinsTwoDifferentCards() {
        assertThatThrownBy(() -> Connector.between("k1", "c1", "c1"))
                .hasMessage("to: a connector joins two different cards, not a card to itself");
    }

    @Test
    void removingACardLaneOrPersonaRemovesItsConnectors() {
        JourneyMap connected =
                map.withConnectors(List.of(Connector.between("k1", "c1", "e1"), Connector.between("k2", "c2", "c3")));

        JourneyMap withoutC1 = connected.withLanesMapped(lane -> lane.withoutCards(java.util.Set.of("c1")));
        JourneyMap withoutEmotions = connected.withPersonaMapped(
                "p1",
                persona -> persona.withLanes(persona.lanes().stream()
                        .filter(lane -> lane.kind() != LaneKind.EMOTIONS)
                        .toList()));
        JourneyMap withoutPersonas = connected.withPersonas(List.of());

        assertThat(withoutC1.connectors()).extracting(Connector::id).containsExactly("k2");
        assertThat(withoutEmotions.connectors()).extracting(Connector::id).containsExactly("k2");
        assertThat(withoutPersonas.connectors()).isEmpty();
    }

    @Test
    void aCardMovedToAnotherLaneKeepsItsConnectors() {
        JourneyMap connected = map.withConnectors(List.of(Connector.between("k1", "c1", "e1")));
        Card c1 = connected.findCard("c1").orElseThrow().card();

        JourneyMap moved = connected.withLanesMapped(lane -> switch (lane.id()) {
            case "l-touch" -> lane.withoutCards(java.util.Set.of("c1"));
            case "l-pain" -> lane.withCards(List.of(c1.adaptedTo(LaneKind.PAIN_POINTS)));
            default -> lane;
        });

        assertThat(moved.connectors()).isSameAs(connected.connectors());
        assertThat(moved.findCard("c1").orElseThrow().lane().id()).isEqualTo("l-pain");
    }

    @Test
    void anEditThatKeepsTheCardsKeepsTheSameConnectorList() {
        JourneyMap connected = map.withConnectors(List.of(Connector.between("k1", "c1", "e1")));

        JourneyMap edited = connected.withLanesMapped(
                lane -> lane.withCardsMapped(card -> card.id().equals("c3") ? card.withText("Demo day") : card));

        assertThat(edited.connectors()).isSameAs(connected.connectors());
    }

    @Test
    void freshIdsRenameConnectorsAndTheirEnds() {
        JourneyMap connected =
                map.withConnectors(List.of(Connector.between("k1", "c1", "e1").withLabel("then")));

        JourneyMap copy = FreshIds.copy(connected, new IdGenerator(new java.util.Random(3)));

        Connector renamed = copy.connectors().get(0);
        assertThat(renamed.id()).isNotEqualTo("k1");
        assertThat(copy.findCard(renamed.fromCardId()).orElseThrow().card().text())
                .isEqualTo("Industry webinar");
        assertThat(copy.findCard(renamed.toCardId()).orElseThrow().card().text())
                .isEqualTo("Curious");
        assertThat(renamed.label()).isEqualTo("then");
    }
}
