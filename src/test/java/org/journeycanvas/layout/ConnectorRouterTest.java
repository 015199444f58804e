package org.journeycanvas.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;
import org.journeycanvas.testing.InEnglish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Routes in the lane grid: each starts on the edge of its first card facing the second, ends on the second's
 * edge, turns only at right angles, and passes through no other card.
 */
@ExtendWith(InEnglish.class)
class ConnectorRouterTest {
    private final MapLayout layout =
            new MapLayout(new TextWrapper((text, style) -> text.length() * 7.0), LayoutStyle.DEFAULT);

    /**
     * Four stages; frontstage f1 f2 (both at s1, stacked) f3 (s2) f4 (s4); backstage b1 (s1) b3 (s3); systems y1
     * (s1) y2 (s2) y3 (s3) y4 (s4) — a full row, so crossing it straight is never free.
     */
    private JourneyMap blueprint(List<Connector> connectors) {
        Lane frontstage = new Lane(
                "l-front",
                LaneKind.FRONTSTAGE,
                "Frontstage",
                List.of(
                        Card.of("f1", "s1", "Greets the visitor at the desk"),
                        Card.of("f2", "s1", "Checks the booking"),
                        Card.of("f3", "s2", "Explains the offer"),
                        Card.of("f4", "s4", "Says goodbye")));
        Lane backstage = new Lane(
                "l-back",
                LaneKind.BACKSTAGE,
                "Backstage",
                List.of(Card.of("b1", "s1", "Prepares the badge"), Card.of("b3", "s3", "Writes the contract")));
        Lane systems = new Lane(
                "l-sys",
                LaneKind.SYSTEMS,
                "Systems",
                List.of(
                        Card.of("y1", "s1", "Booking system"),
                        Card.of("y2", "s2", "CRM"),
                        Card.of("y3", "s3", "Contract tool"),
                        Card.of("y4", "s4", "Mailing tool")));
        Persona persona = new Persona(
                "p1", "Visitor", "", "", "", List.of(), null, null, List.of(frontstage, backstage, systems));
        return new JourneyMap(
                "m1",
                "Blueprint",
                "",
                List.of(
                        Stage.of("s1", "Arrive"),
                        Stage.of("s2", "Learn"),
                        Stage.of("s3", "Sign"),
                        Stage.of("s4", "Leave")),
                List.of(persona),
                connectors);
    }

    @Test
    void cardsOneAboveTheOtherWithNothingBetweenAreJoinedStraightDown() {
        MapGeometry geometry = layout.layout(blueprint(List.of(Connector.between("k1", "f2", "b1"))));

        ConnectorRoute route = geometry.connectors().get(0);

        Rect from = geometry.card("f2").orElseThrow().bounds();
        Rect to = geometry.card("b1").orElseThrow().bounds();
        assertThat(route.points()).hasSize(2);
        assertThat(route.start().y()).isEqualTo(from.maxY());
        assertThat(route.end().y()).isEqualTo(to.y());
        assertThat(route.start().x()).isEqualTo(route.end().x());
    }

    @Test
    void aCardInBetweenInTheColumnIsPassedOnTheRight() {
        MapGeometry geometry = layout.layout(blueprint(List.of(Connector.between("k1", "f1", "b1"))));

        ConnectorRoute route = geometry.connectors().get(0);

        assertThat(route.points()).hasSize(4);
        assertThat(route.points().get(1).x())
                .isGreaterThan(geometry.card("f2").orElseThrow().bounds().maxX());
        assertRoutedAroundCards(geometry, route);
    }

    @Test
    void aForwardConnectorLeavesOnTheRightAndEntersOnTheLeft() {
        MapGeometry geometry = layout.layout(blueprint(List.of(Connector.between("k1", "b1", "f3"))));

        ConnectorRoute route = geometry.connectors().get(0);

        Rect from = geometry.card("b1").orElseThrow().bounds();
        Rect to = geometry.card("f3").orElseThrow().bounds();
        assertThat(route.start()).isEqualTo(new Point(from.maxX(), from.centerY()));
        assertThat(route.end()).isEqualTo(new Point(to.x(), to.centerY()));
        assertRoutedAroundCards(geometry, route);
    }

    @Test
    void aLoopBackToAnEarlierStageLeavesOnTheLeftAndEntersOnTheRight() {
        MapGeometry geometry = layout.layout(blueprint(List.of(Connector.between("k1", "y4", "y1"))));

        ConnectorRoute route = geometry.connectors().get(0);

        Rect from = geometry.card("y4").orElseThrow().bounds();
        Rect to = geometry.card("y1").orElseThrow().bounds();
        assertThat(route.start()).isEqualTo(new Point(from.x(), from.centerY()));
        assertThat(route.end()).isEqualTo(new Point(to.maxX(), to.centerY()));
        assertThat(route.points()).hasSizeGreaterThan(2);
        assertRoutedAroundCards(geometry, route);
    }

    @Test
    void everyPairOfCardsIsJoinedAroundTheOthersAtRightAngles() {
        List<String> ids = List.of("f1", "f2", "f3", "f4", "b1", "b3", "y1", "y2", "y3", "y4");
        List<Connector> connectors = new ArrayList<>();
        for (String from : ids) {
            for (String to : ids) {
                if (!from.equals(to)) {
                    connectors.add(Connector.between("k-" + from + "-" + to, from, to));
                }
            }
        }
        MapGeometry geometry = layout.layout(blueprint(connectors));

        assertThat(geometry.connectors()).hasSize(connectors.size());
        for (ConnectorRoute route : geometry.connectors()) {
            assertRoutedAroundCards(geometry, route);
        }
    }

    @Test
    void aRouteFollowsItsCardWhenTheCardMoves() {
        JourneyMap map = blueprint(List.of(Connector.between("k1", "b1", "f3")));
        ConnectorRoute before = layout.layout(map).connectors().get(0);

        JourneyMap moved = map.withLanesMapped(
                lane -> lane.withCardsMapped(card -> card.id().equals("f3") ? card.withStageId("s4") : card));
        MapGeometry geometry = layout.layout(moved);
        ConnectorRoute after = geometry.connectors().get(0);

        Rect to = geometry.card("f3").orElseThrow().bounds();
        assertThat(after.end()).isNotEqualTo(before.end()).isEqualTo(new Point(to.x(), to.centerY()));
        assertRoutedAroundCards(geometry, after);
    }

    @Test
    void aLabelSitsOnTheLineAndCanBePicked() {
        MapGeometry geometry = layout.layout(
                blueprint(List.of(Connector.between("k1", "b1", "f3").withLabel("if the demo fails"))));

        ConnectorRoute route = geometry.connectors().get(0);

        assertThat(route.labelLines()).containsExactly("if the demo fails");
        Rect label = route.labelBounds();
        assertThat(geometry.connectorAt(label.centerX(), label.centerY(), 0)).contains(route);
        Point corner = route.points().get(1);
        assertThat(geometry.connectorAt(corner.x() + 3, corner.y(), 4)).contains(route);
        assertThat(geometry.connectorAt(corner.x() + 30, corner.y() + 30, 4)).isEmpty();
    }

    @Test
    void aConnectorWhoseCardIsNotShownIsNotRouted() {
        JourneyMap map = blueprint(List.of(Connector.between("k1", "b1", "f3")));

        MapGeometry geometry = layout.layout(map, ViewOptions.ALL.withLaneCollapsed("l-back", true));

        assertThat(geometry.connectors()).isEmpty();
    }

    private static void assertRoutedAroundCards(MapGeometry geometry, ConnectorRoute route) {
        List<Point> points = route.points();
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            assertThat(a.x() == b.x() || a.y() == b.y())
                    .as("%s: piece %d is straight across or down", route.connectorId(), i)
                    .isTrue();
            for (CardBox card : geometry.cards()) {
                if (card.cardId().equals(route.fromCardId()) || card.cardId().equals(route.toCardId())) {
                    continue;
                }
                assertThat(crosses(a, b, card.bounds()))
                        .as("%s: piece %d passes through card %s", route.connectorId(), i, card.cardId())
                        .isFalse();
            }
        }
        assertThat(touchesEdge(
                        route.start(),
                        geometry.card(route.fromCardId()).orElseThrow().bounds()))
                .isTrue();
        assertThat(touchesEdge(
                        route.end(),
                        geometry.card(route.toCardId()).orElseThrow().bounds()))
                .isTrue();
    }

    private static boolean crosses(Point a, Point b, Rect box) {
        double left = Math.min(a.x(), b.x());
        double right = Math.max(a.x(), b.x());
        double top = Math.min(a.y(), b.y());
        double bottom = Math.max(a.y(), b.y());
        return right > box.x() + 0.5 && left < box.maxX() - 0.5 && bottom > box.y() + 0.5 && top < box.maxY() - 0.5;
    }

    private static boolean touchesEdge(Point point, Rect box) {
        boolean onVertical =
                (point.x() == box.x() || point.x() == box.maxX()) && point.y() >= box.y() && point.y() <= box.maxY();
        boolean onHorizontal =
                (point.y() == box.y() || point.y() == box.maxY()) && point.x() >= box.x() && point.x() <= box.maxX();
        return onVertical || onHorizontal;
    }
}
