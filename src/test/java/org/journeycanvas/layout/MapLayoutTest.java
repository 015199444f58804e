package org.journeycanvas.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;

class MapLayoutTest {
    private final LayoutStyle style = LayoutStyle.DEFAULT;
    private final MapLayout layout = new MapLayout(new TextWrapper((text, s) -> text.length() * 7.0), style);
    private final JourneyMap map = SampleMaps.threeStages();
    private final MapGeometry geometry = layout.layout(map);

    /** The sample has 3 lane rows and 4 cards: one id is asked row by row, four are matched in one pass. */
    @Test
    void aSetOfCardIdsFindsTheBoxesOfThoseLaidOutWhateverItsSize() {
        assertThat(geometry.cards(Set.of("c3"))).extracting(CardBox::cardId).containsExactly("c3");
        assertThat(geometry.cards(Set.of("c1", "c2", "c3", "e1", "gone")))
                .extracting(CardBox::cardId)
                .containsExactlyInAnyOrder("c1", "c2", "c3", "e1");
        assertThat(geometry.cards(Set.of("s1", "l-touch"))).as("only cards").isEmpty();
        assertThat(geometry.cards(Set.of("c1")).get(0))
                .isEqualTo(geometry.card("c1").orElseThrow());
    }

    /**
     * Select All and keyboard navigation walk the cards in the order the map holds them. In the pain lane "b1" comes
     * before "a1", the opposite of their order in a hash table, so an order taken from one would show here.
     */
    @Test
    void everyCardsBoxComesInMapOrder() {
        JourneyMap withPains = map.withLanesMapped(lane -> lane.id().equals("l-pain")
                ? lane.withCards(List.of(Card.of("b1", "s1", "Slow"), Card.of("a1", "s1", "Vague")))
                : lane);

        assertThat(layout.layout(withPains).cards())
                .extracting(CardBox::cardId)
                .containsExactly("c1", "c2", "c3", "e1", "b1", "a1");
    }

    @Test
    void stagesAreEqualColumnsAfterTheLaneLabels() {
        assertThat(geometry.stages()).extracting(StageColumn::stageId).containsExactly("s1", "s2", "s3");
        StageColumn second = geometry.stages().get(1);
        assertThat(second.header().x()).isEqualTo(style.laneLabelWidth() + style.stageWidth());
        assertThat(second.header().height()).isEqualTo(style.stageHeaderHeight());
        assertThat(geometry.bounds().width()).isEqualTo(style.laneLabelWidth() + 3 * style.stageWidth());
        assertThat(second.column().height()).isEqualTo(geometry.bounds().height());
    }

    @Test
    void personaBandSitsBelowTheStageHeadersAndTheHealthStripWithItsLanesInOrder() {
        PersonaBand band = geometry.personas().get(0);
        assertThat(geometry.strips().health()).isNotNull();
        assertThat(band.header().y()).isEqualTo(style.stageHeaderHeight() + StageStrips.HEALTH_HEIGHT);
        assertThat(band.lanes()).extracting(LaneRow::laneId).containsExactly("l-touch", "l-emo", "l-pain");
        double y = band.header().maxY();
        for (LaneRow lane : band.lanes()) {
            assertThat(lane.bounds().y()).isEqualTo(y);
            y = lane.bounds().maxY();
        }
        assertThat(band.bounds().maxY()).isEqualTo(y);
    }

    @Test
    void cardsStackInsideTheirCellWithoutOverlapping() {
        CellBox cell = geometry.cell("l-touch", "s1").orElseThrow();
        assertThat(cell.cards()).extracting(CardBox::cardId).containsExactly("c1", "c2");
        Rect first = cell.cards().get(0).bounds();
        Rect second = cell.cards().get(1).bounds();
        assertThat(second.y()).isGreaterThanOrEqualTo(first.maxY() + style.cardGap());
        assertThat(first.x()).isGreaterThanOrEqualTo(cell.bounds().x());
        assertThat(first.maxX()).isLessThanOrEqualTo(cell.bounds().maxX());
        assertThat(second.maxY()).isLessThanOrEqualTo(cell.bounds().maxY());
    }

    @Test
    void aRowGrowsToFitItsTallestCell() {
        String longText = "word ".repeat(60).trim();
        JourneyMap withLongCard = map.withLanesMapped(
                lane -> lane.id().equals("l-pain") ? lane.withCards(List.of(Card.of("long", "s2", longText))) : lane);
        MapGeometry grown = layout.layout(withLongCard);
        LaneRow pain = grown.lane("l-pain").orElseThrow();
        CardBox card = grown.card("long").orElseThrow();
        assertThat(card.lines().size()).isGreaterThan(5);
        assertThat(pain.bounds().height()).isGreaterThanOrEqualTo(card.bounds().height() + 2 * style.cellPadding());
        assertThat(pain.bounds().height())
                .isGreaterThan(geometry.lane("l-pain").orElseThrow().bounds().height());
    }

    @Test
    void emotionPointsSitAtTheirScore() {
        LaneRow emotions = geometry.lane("l-emo").orElseThrow();
        CardBox curious = geometry.card("e1").orElseThrow();
        EmotionScale scale = EmotionScale.of(emotions, style);
        assertThat(curious.isEmotionPoint()).isTrue();
        assertThat(curious.point().y()).isEqualTo(scale.y(1));
        assertThat(scale.y(2)).isLessThan(scale.y(1));
        assertThat(scale.y(-2)).isLessThan(emotions.bounds().maxY());
        assertThat(scale.y(2)).isGreaterThan(emotions.bounds().y());
        assertThat(emotions.curve()).containsExactly(curious.point());
        assertThat(curious.bounds().x()).isGreaterThan(curious.point().x());
    }

    @Test
    void severalEmotionsInOneCellSpreadAcrossIt() {
        JourneyMap two = map.withLanesMapped(lane -> lane.id().equals("l-emo")
                ? lane.withCards(List.of(
                        Card.of("a", "s1", "Up").withScore(2),
                        Card.of("b", "s1", "Down").withScore(-2)))
                : lane);
        MapGeometry spread = layout.layout(two);
        CardBox first = spread.card("a").orElseThrow();
        CardBox second = spread.card("b").orElseThrow();
        assertThat(second.point().x()).isGreaterThan(first.bounds().maxX());
        assertThat(spread.lane("l-emo").orElseThrow().curve()).containsExactly(first.point(), second.point());
    }

    @Test
    void scaleReadsScoresBackFromPositions() {
        EmotionScale scale = EmotionScale.of(geometry.lane("l-emo").orElseThrow(), style);
        for (int score = -2; score <= 2; score++) {
            assertThat(scale.scoreAt(scale.y(score) + 5)).isEqualTo(score);
        }
        assertThat(scale.scoreAt(-1000)).isEqualTo(2);
        assertThat(scale.scoreAt(1000)).isEqualTo(-2);
    }

    @Test
    void hitTestingFindsWhatIsUnderThePointer() {
        CardBox webinar = geometry.card("c1").orElseThrow();
        assertThat(geometry.hit(webinar.bounds().centerX(), webinar.bounds().centerY()))
                .isEqualTo(new Hit.OnCard(webinar));
        StageColumn decision = geometry.stages().get(2);
        assertThat(geometry.hit(decision.header().centerX(), 10)).isEqualTo(new Hit.OnStageHeader(decision));
        CellBox emptyCell = geometry.cell("l-pain", "s3").orElseThrow();
        assertThat(geometry.hit(emptyCell.bounds().centerX(), emptyCell.bounds().centerY()))
                .isEqualTo(new Hit.OnCell(emptyCell));
        LaneRow pain = geometry.lane("l-pain").orElseThrow();
        assertThat(geometry.hit(20, pain.bounds().centerY())).isEqualTo(new Hit.OnLaneLabel(pain));
        assertThat(geometry.hit(-50, -50)).isEqualTo(new Hit.Nothing());
        CardBox curious = geometry.card("e1").orElseThrow();
        assertThat(geometry.hit(curious.point().x(), curious.point().y())).isEqualTo(new Hit.OnCard(curious));
    }

    @Test
    void rubberBandFindsTheCardsItTouches() {
        Rect band = Rect.spanning(
                style.laneLabelWidth(),
                style.stageHeaderHeight(),
                style.laneLabelWidth() + style.stageWidth() - 1,
                geometry.bounds().maxY());
        assertThat(geometry.cardsTouching(band)).extracting(CardBox::cardId).containsExactly("c1", "c2", "e1");
    }

    @Test
    void mapWithoutStagesOrPersonasStillHasRoomToDropInto() {
        JourneyMap empty = new JourneyMap(
                "m", "", "", List.of(), List.of(Persona.of("p", "P", List.of(Lane.of("l", LaneKind.NOTES)))));
        MapGeometry emptyGeometry = layout.layout(empty);
        assertThat(emptyGeometry.bounds().width()).isEqualTo(style.laneLabelWidth() + style.stageWidth());
        assertThat(emptyGeometry.stages()).isEmpty();
        assertThat(DropTargets.forStage(emptyGeometry, style.laneLabelWidth() + 10, 10))
                .isInstanceOf(DropTarget.StageInsert.class);
    }
}
