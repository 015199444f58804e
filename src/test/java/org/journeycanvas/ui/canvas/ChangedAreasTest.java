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
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.render.Java2DTextMeasurer;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;

class ChangedAreasTest {
    private final MapLayout layout = new MapLayout(new TextWrapper(new Java2DTextMeasurer()), LayoutStyle.DEFAULT);
    private static final String LONG_TEXT = "A product demo with the whole buying committee, ".repeat(6);

    private final JourneyMap map = SampleMaps.threeStages();

    @Test
    void aCardEditedInPlaceChangesOnlyItsCell() {
        List<Rect> areas = changes(map, edited(map, "c3", card -> card.withText("Product tour")));

        assertThat(areas).containsExactly(cellFrom(map, "l-touch", 1, "c3"));
    }

    @Test
    void aCardAddedUnderAnotherChangesItsCellFromWhereItIsDown() {
        JourneyMap added = map.withLanesMapped(lane -> lane.id().equals("l-touch")
                ? lane.withCardsInserted("s2", 1, List.of(Card.of("c-new", "s2", "Follow-up call")))
                : lane);
        Rect cell = cell(added, "l-touch", 1);
        Rect first = layout.layout(added).card("c3").orElseThrow().bounds();

        List<Rect> areas = changes(map, added);

        Rect changedCell = areas.stream()
                .filter(area -> area.x() == cell.x() && area.width() == cell.width())
                .findFirst()
                .orElseThrow();
        assertThat(changedCell).isEqualTo(cellFrom(added, "l-touch", 1, "c-new"));
        assertThat(changedCell.y()).as("the card above it is left as it is").isGreaterThan(first.maxY());
    }

    @Test
    void aCardTakenFromTheMiddleOrTheEndOfACellChangesItFromWhereItWasDown() {
        JourneyMap three = map.withLanesMapped(lane -> lane.id().equals("l-touch")
                ? lane.withCardsInserted(
                        "s2", 1, List.of(Card.of("c-mid", "s2", "Follow-up call"), Card.of("c-end", "s2", "Quote")))
                : lane);
        Rect cell = cell(three, "l-touch", 1);
        double bottom = cell.maxY();

        for (String removed : List.of("c-mid", "c-end")) {
            JourneyMap taken = three.withLanesMapped(lane -> lane.withoutCards(List.of(removed)));
            double top =
                    layout.layout(three).card(removed).orElseThrow().bounds().y();

            assertThat(changes(three, taken))
                    .as("without %s", removed)
                    .contains(new Rect(cell.x(), top, cell.width(), bottom - top));
        }
    }

    @Test
    void anEmotionEditedChangesItsWholeLaneWhoseCurveRunsAcrossIt() {
        List<Rect> areas = changes(map, edited(map, "e1", card -> card.withText("Curious, a little wary")));

        assertThat(areas).containsExactly(lane(map, "l-emo"));
    }

    @Test
    void aCardThatGrowsItsLaneChangesItsLaneAndMovesAllBelowIt() {
        JourneyMap grown = edited(map, "c3", card -> card.withText(LONG_TEXT));
        MapGeometry before = layout.layout(map);
        MapGeometry after = layout.layout(grown);
        Rect oldLane = lane(map, "l-touch");
        Rect newLane = lane(grown, "l-touch");

        ChangedAreas.Changes changes = between(map, grown);

        assertThat(after.bounds().height()).isGreaterThan(before.bounds().height());
        assertThat(changes.areas())
                .as("the strip the lane grew by, and the cell of the card")
                .containsExactly(
                        new Rect(newLane.x(), oldLane.maxY(), newLane.width(), newLane.maxY() - oldLane.maxY()),
                        cellFrom(grown, "l-touch", 1, "c3"));
        assertThat(changes.move())
                .isEqualTo(new ChangedAreas.Move(
                        0,
                        oldLane.maxY(),
                        newLane.height() - oldLane.height(),
                        new Rect(
                                after.bounds().x(),
                                oldLane.y(),
                                after.bounds().width(),
                                after.bounds().maxY() - oldLane.y())));
        assertThat(changes.withoutMoving())
                .as("painted again instead of moved: also the lane and all below it")
                .endsWith(changes.move().area());
    }

    @Test
    void aLaneThatGrowsWhileALaneBelowChangesMovesNothingAndChangesAllBelowIt() {
        JourneyMap grown = edited(map, "c3", card -> card.withText(LONG_TEXT));
        JourneyMap alsoBelow = edited(grown, "e1", card -> card.withText("Curious, and a little wary"));
        MapGeometry after = layout.layout(alsoBelow);
        Rect lane = lane(map, "l-touch");

        ChangedAreas.Changes changes = between(map, alsoBelow);

        assertThat(changes.move()).isNull();
        assertThat(changes.areas())
                .containsExactly(new Rect(
                        after.bounds().x(),
                        lane.y(),
                        after.bounds().width(),
                        after.bounds().maxY() - lane.y()));
    }

    @Test
    void aLaneThatGrowsWhileItsPersonaIsRecolouredMovesNothing() {
        JourneyMap grown = edited(map, "c3", card -> card.withText(LONG_TEXT))
                .withPersonaMapped("p1", persona -> persona.withColor("#3D5A80"));

        ChangedAreas.Changes changes = between(map, grown);

        assertThat(changes.move())
                .as("the persona's colour runs down its band, into what would move")
                .isNull();
    }

    @Test
    void aConnectorBelowAMovedLaneMovesWithItAndOneAcrossItChanges() {
        Lane lower = new Lane(
                "l-lower",
                LaneKind.NOTES,
                "Notes",
                List.of(Card.of("i1", "s1", "Webinar follow-up"), Card.of("i2", "s3", "Pricing calculator")));
        JourneyMap withLower = map.withPersonaMapped(
                "p1",
                persona -> persona.withLanes(
                        java.util.stream.Stream.concat(persona.lanes().stream(), java.util.stream.Stream.of(lower))
                                .toList()));
        JourneyMap connected = withLower.withConnectors(
                List.of(Connector.between("k-below", "i1", "i2"), Connector.between("k-across", "c1", "i2")));
        JourneyMap grown = edited(connected, "c3", card -> card.withText(LONG_TEXT));
        MapGeometry before = layout.layout(connected);
        MapGeometry after = layout.layout(grown);
        Rect across = before.connector("k-across").orElseThrow().bounds();

        ChangedAreas.Changes changes = between(connected, grown);

        assertThat(changes.move()).isNotNull();
        Rect oldLane = lane(connected, "l-touch");
        Rect newLane = lane(grown, "l-touch");
        assertThat(changes.areas())
                .containsExactlyInAnyOrder(
                        new Rect(newLane.x(), oldLane.maxY(), newLane.width(), newLane.maxY() - oldLane.maxY()),
                        cellFrom(grown, "l-touch", 1, "c3"),
                        after.connector("k-across").orElseThrow().bounds(),
                        across,
                        across.movedDown(changes.move().by()));
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
                        cellFrom(edited, "l-touch", 0, "c1"),
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

    /** The areas painted again, with nothing moved. */
    private List<Rect> changes(JourneyMap before, JourneyMap after) {
        ChangedAreas.Changes changes = between(before, after);
        return changes == null ? null : changes.withoutMoving();
    }

    private ChangedAreas.Changes between(JourneyMap before, JourneyMap after) {
        return ChangedAreas.between(
                layout.layout(before), new MapIndex(before), layout.layout(after), new MapIndex(after));
    }

    private Rect lane(JourneyMap of, String laneId) {
        return layout.layout(of).lane(laneId).orElseThrow().bounds();
    }

    private Rect cell(JourneyMap of, String laneId, int stage) {
        return layout.layout(of).lane(laneId).orElseThrow().cells().get(stage).bounds();
    }

    /** A cell from the top of one of its cards down, where an edit of that card changes it. */
    private Rect cellFrom(JourneyMap of, String laneId, int stage, String cardId) {
        Rect cell = cell(of, laneId, stage);
        double top = layout.layout(of).card(cardId).orElseThrow().bounds().y();
        return new Rect(cell.x(), top, cell.width(), cell.maxY() - top);
    }

    private static JourneyMap edited(JourneyMap map, String cardId, UnaryOperator<Card> change) {
        return map.withLanesMapped(
                lane -> lane.cards().stream().anyMatch(card -> card.id().equals(cardId))
                        ? lane.withCardsMapped(card -> card.id().equals(cardId) ? change.apply(card) : card)
                        : lane);
    }
}
