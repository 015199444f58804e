package org.journeycanvas.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.MapLayout;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextWrapper;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.render.Java2DTextMeasurer;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;

class ChangedAreasTest {
    private final MapLayout layout = new MapLayout(new TextWrapper(new Java2DTextMeasurer()), LayoutStyle.DEFAULT);
    private final JourneyMap map = SampleMaps.threeStages();

    @Test
    void aCardEditedInPlaceChangesOnlyItsLane() {
        List<Rect> areas = changes(map, edited(map, "c3", card -> card.withText("Product tour")));

        assertThat(areas).containsExactly(lane(map, "l-touch"));
    }

    @Test
    void aCardThatGrowsItsLaneChangesItsLaneAndAllBelowIt() {
        String longText = "A product demo with the whole buying committee, ".repeat(6);
        JourneyMap grown = edited(map, "c3", card -> card.withText(longText));
        MapGeometry before = layout.layout(map);
        MapGeometry after = layout.layout(grown);
        Rect lane = lane(map, "l-touch");

        assertThat(after.bounds().height()).isGreaterThan(before.bounds().height());
        assertThat(changes(map, grown))
                .containsExactly(new Rect(
                        after.bounds().x(),
                        lane.y(),
                        after.bounds().width(),
                        after.bounds().maxY() - lane.y()));
    }

    @Test
    void nothingChangedChangesNothing() {
        assertThat(changes(map, map)).isEmpty();
    }

    @Test
    void aConnectorAddedChangesWhereItRuns() {
        JourneyMap connected = map.withConnectors(List.of(Connector.between("k1", "c1", "c3")));
        MapGeometry after = layout.layout(connected);

        assertThat(changes(map, connected))
                .containsExactly(after.connector("k1").orElseThrow().bounds());
    }

    @Test
    void theEndsOfAConnectorRepaintItWhenTheyChange() {
        JourneyMap connected = map.withConnectors(List.of(Connector.between("k1", "c1", "c3")));
        JourneyMap edited = edited(connected, "c1", card -> card.withText("Industry webinars"));
        MapGeometry after = layout.layout(edited);

        assertThat(changes(connected, edited))
                .containsExactlyInAnyOrder(
                        lane(edited, "l-touch"),
                        after.connector("k1").orElseThrow().bounds(),
                        layout.layout(connected).connector("k1").orElseThrow().bounds());
    }

    @Test
    void aPersonaRenamedChangesItsBand() {
        JourneyMap renamed = map.withPersonaMapped("p1", persona -> persona.withName("Dana R."));

        assertThat(changes(map, renamed))
                .containsExactly(layout.layout(renamed).personas().get(0).bounds());
    }

    @Test
    void aStageRenamedChangesEverything() {
        JourneyMap renamed = map.withStages(map.stages().stream()
                .map(stage -> stage.id().equals("s2") ? stage.withName("Evaluation") : stage)
                .toList());

        assertThat(changes(map, renamed)).isNull();
    }

    private List<Rect> changes(JourneyMap before, JourneyMap after) {
        return ChangedAreas.between(
                layout.layout(before), new MapIndex(before), layout.layout(after), new MapIndex(after));
    }

    private Rect lane(JourneyMap of, String laneId) {
        return layout.layout(of).lane(laneId).orElseThrow().bounds();
    }

    private static JourneyMap edited(JourneyMap map, String cardId, UnaryOperator<Card> change) {
        return map.withLanesMapped(
                lane -> lane.cards().stream().anyMatch(card -> card.id().equals(cardId))
                        ? lane.withCardsMapped(card -> card.id().equals(cardId) ? change.apply(card) : card)
                        : lane);
    }
}
