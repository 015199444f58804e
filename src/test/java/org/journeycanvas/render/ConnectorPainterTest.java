package org.journeycanvas.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.layout.ConnectorRoute;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.MapLayout;
import org.journeycanvas.layout.Point;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.layout.TextWrapper;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.testing.BlankSurface;
import org.journeycanvas.testing.ConnectedMaps;
import org.journeycanvas.testing.InEnglish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Connectors are painted over the cards: a line along the route, an arrow head at its end, the label on top. */
@ExtendWith(InEnglish.class)
class ConnectorPainterTest {
    private final JourneyMap map = ConnectedMaps.blueprint();
    private final MapGeometry geometry =
            new MapLayout(new TextWrapper((text, style) -> text.length() * 6.0), LayoutStyle.DEFAULT).layout(map);
    private final MapPainter painter = new MapPainter(MapTheme.LIGHT);

    @Test
    void eachConnectorIsALineAlongItsRouteWithAnArrowHeadAtItsEnd() {
        RecordingSurface surface = new RecordingSurface();
        painter.paint(geometry, new MapIndex(map), geometry.bounds(), surface, 1);

        assertThat(geometry.connectors()).hasSize(3);
        assertThat(surface.lines).hasSize(3);
        for (ConnectorRoute route : geometry.connectors()) {
            Line line = surface.lines.stream()
                    .filter(drawn -> drawn.points.get(0).equals(route.start()))
                    .findFirst()
                    .orElseThrow();
            List<Point> expected = route.points();
            assertThat(line.points).hasSameSizeAs(expected);
            assertThat(line.points.subList(0, expected.size() - 1)).isEqualTo(expected.subList(0, expected.size() - 1));
            Point last = line.points.get(line.points.size() - 1);
            // the line stops inside the arrow head, which ends on the second card
            assertThat(Math.hypot(
                            last.x() - route.end().x(), last.y() - route.end().y()))
                    .isBetween(1.0, ConnectorPainter.ARROW_LENGTH);
            assertThat(line.color).isEqualTo(MapTheme.LIGHT.connector());
            assertThat(line.dashed).isEqualTo(route.connectorId().equals("k-branch"));
            assertThat(surface.arrowTips).contains(route.end());
        }
    }

    @Test
    void connectorsAreDrawnOverTheCardsAndTheirLabelsOverTheLines() {
        RecordingSurface surface = new RecordingSurface();
        painter.paint(geometry, new MapIndex(map), geometry.bounds(), surface, 1);

        assertThat(surface.texts).contains(ConnectedMaps.HAND_OFF_LABEL, ConnectedMaps.BRANCH_LABEL);
        int lastCard = surface.events.lastIndexOf("card");
        int firstLine = surface.events.indexOf("line");
        int labelBox = surface.events.indexOf("label box");
        int handOffLabel = surface.events.indexOf("text " + ConnectedMaps.HAND_OFF_LABEL);
        assertThat(firstLine).isGreaterThan(lastCard);
        assertThat(labelBox).isGreaterThan(firstLine);
        assertThat(handOffLabel).isGreaterThan(labelBox);
    }

    @Test
    void zoomedFarOutTheLinesStayAndTheLabelsGo() {
        RecordingSurface surface = new RecordingSurface();
        painter.paint(geometry, new MapIndex(map), geometry.bounds(), surface, 5.0 / TextStyle.CARD.size());

        assertThat(surface.lines).hasSize(3);
        assertThat(surface.texts).doesNotContain(ConnectedMaps.HAND_OFF_LABEL, ConnectedMaps.BRANCH_LABEL);
    }

    @Test
    void onlyConnectorsMeetingTheVisibleAreaArePainted() {
        ConnectorRoute handOff = geometry.connector("k-hand").orElseThrow();
        Rect around = handOff.bounds();
        RecordingSurface surface = new RecordingSurface();
        painter.paint(geometry, new MapIndex(map), around, surface, 1);

        assertThat(surface.lines).extracting(line -> line.points.get(0)).contains(handOff.start());
        assertThat(surface.lines).hasSizeLessThan(3);

        RecordingSurface elsewhere = new RecordingSurface();
        painter.paint(geometry, new MapIndex(map), new Rect(geometry.bounds().maxX() + 100, 0, 100, 100), elsewhere, 1);
        assertThat(elsewhere.lines).isEmpty();
    }

    private record Line(List<Point> points, Rgb color, boolean dashed) {}

    private static final class RecordingSurface extends BlankSurface {
        final List<Line> lines = new ArrayList<>();
        final List<Point> arrowTips = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        final List<String> events = new ArrayList<>();

        @Override
        public void strokePolyline(
                List<Point> points, double cornerRadius, Rgb color, double lineWidth, boolean dashed) {
            lines.add(new Line(List.copyOf(points), color, dashed));
            events.add("line");
        }

        @Override
        public void fillPolygon(List<Point> points, Rgb color) {
            arrowTips.add(points.get(0));
            events.add("arrow");
        }

        @Override
        public void fillRoundRect(Rect rect, double arc, Rgb color) {
            // a label's box lets what is under it show a little; a card is opaque
            events.add(color.alpha() < 1 ? "label box" : "card");
        }

        @Override
        public void text(String text, double x, double baseline, TextStyle style, Rgb color) {
            texts.add(text);
            events.add("text " + text);
        }
    }
}
