package org.journeycanvas.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Stage;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.OpportunityMaps;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InEnglish.class)
class OpportunityMatrixLayoutTest {
    /** Every character as wide as 0.6 of its size: what the layout measures does not depend on fonts. */
    private static final TextMeasurer FIXED = (text, style) -> text.length() * style.size() * 0.6;

    private static final Rect BOUNDS = new Rect(10, 20, 1000, 600);

    private final OpportunityMatrixLayout layout = new OpportunityMatrixLayout(FIXED);

    private OpportunityMatrix matrix(JourneyMap map, MatrixColouring colouring) {
        return layout.layout(map, null, colouring, BOUNDS);
    }

    @Test
    void eachRatedOpportunityIsADotInTheCellOfItsImpactAndEffortWithQuickWinsTopLeft() {
        OpportunityMatrix matrix = matrix(OpportunityMaps.ranked(), MatrixColouring.PERSONA);

        assertThat(matrix.dots()).extracting(MatrixDot::cardId).containsExactlyInAnyOrder("o1", "o2", "o3", "o4", "o5");
        for (MatrixDot dot : matrix.dots()) {
            Rect cell = matrix.cell(dot.impact(), dot.effort());
            assertThat(cell.contains(
                            dot.center().x() - dot.radius(), dot.center().y() - dot.radius()))
                    .as(dot.cardId())
                    .isTrue();
            assertThat(cell.contains(
                            dot.center().x() + dot.radius(), dot.center().y() + dot.radius()))
                    .as(dot.cardId())
                    .isTrue();
        }
        MatrixDot quickWin = matrix.dot("o3").orElseThrow();
        assertThat(quickWin.impact()).isEqualTo(5);
        assertThat(quickWin.effort()).isEqualTo(1);
        assertThat(quickWin.center().x()).isLessThan(matrix.plot().centerX());
        assertThat(quickWin.center().y()).isLessThan(matrix.plot().centerY());
        MatrixDot moneyPit = matrix.dot("o4").orElseThrow();
        assertThat(moneyPit.center().x()).isGreaterThan(matrix.plot().centerX());
        assertThat(moneyPit.center().y()).isGreaterThan(matrix.plot().centerY());
        assertThat(matrix.plot().maxX()).isLessThanOrEqualTo(BOUNDS.maxX());
        assertThat(matrix.plot().maxY()).isLessThanOrEqualTo(BOUNDS.maxY());
    }

    @Test
    void theQuadrantsTileThePlotAndTheGridSeparatesItsCells() {
        OpportunityMatrix matrix = matrix(OpportunityMaps.ranked(), MatrixColouring.PERSONA);
        Rect plot = matrix.plot();

        List<Rect> quadrants = matrix.quadrants();
        assertThat(quadrants).hasSize(4);
        assertThat(quadrants.get(0)).isEqualTo(new Rect(plot.x(), plot.y(), plot.width() / 2, plot.height() / 2));
        assertThat(quadrants.get(3).maxX()).isEqualTo(plot.maxX());
        assertThat(quadrants.get(3).maxY()).isEqualTo(plot.maxY());
        assertThat(matrix.gridLines()).hasSize(2 * (OpportunityMatrix.LEVELS - 1));
        assertThat(matrix.gridLines().get(0).from())
                .isEqualTo(new Point(matrix.cell(1, 2).x(), plot.y()));
        assertThat(matrix.axes())
                .containsExactly(
                        new OpportunityMatrix.Line(
                                new Point(plot.x(), plot.maxY()), new Point(plot.maxX(), plot.maxY())),
                        new OpportunityMatrix.Line(new Point(plot.x(), plot.y()), new Point(plot.x(), plot.maxY())));
    }

    @Test
    void theAxesAndQuadrantsAreNamedFromTheBundle() {
        List<String> texts = matrix(OpportunityMaps.ranked(), MatrixColouring.PERSONA).texts().stream()
                .map(MatrixText::text)
                .toList();

        assertThat(texts).contains("Impact", "Effort", "Quick wins", "Big bets", "Fill-ins", "Money pits", "1", "5");
    }

    @Test
    void dotsThatShareACellStandApartEachWithItsLabel() {
        OpportunityMatrix matrix = matrix(OpportunityMaps.ranked(), MatrixColouring.PERSONA);
        MatrixDot first = matrix.dot("o1").orElseThrow();
        MatrixDot second = matrix.dot("o2").orElseThrow();

        assertThat(distance(first, second)).isGreaterThanOrEqualTo(first.radius() + second.radius());
        assertThat(first.label()).isEqualTo("Publish prices");
        assertThat(second.label()).isEqualTo("Price calculator");
        assertThat(first.labelBounds().intersects(second.labelBounds())).isFalse();
    }

    @Test
    void manyDotsInOneCellStillNeitherOverlapNorLeaveTheCell() {
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            cards.add(OpportunityMaps.rated("crowd" + i, "s1", "Idea " + i, 3, 3, List.of()));
        }
        JourneyMap map = OpportunityMaps.ranked()
                .withPersonaMapped(
                        "p2",
                        persona ->
                                persona.withLanes(List.of(new Lane("l-many", LaneKind.OPPORTUNITIES, "Many", cards))));
        OpportunityMatrix matrix = matrix(map, MatrixColouring.PERSONA);
        List<MatrixDot> crowded = matrix.dots().stream()
                .filter(dot -> dot.cardId().startsWith("crowd"))
                .toList();

        assertThat(crowded).hasSize(60);
        Rect cell = matrix.cell(3, 3);
        for (int i = 0; i < crowded.size(); i++) {
            MatrixDot dot = crowded.get(i);
            assertThat(dot.radius()).isGreaterThanOrEqualTo(1);
            assertThat(cell.contains(dot.center().x(), dot.center().y())).isTrue();
            for (int j = i + 1; j < crowded.size(); j++) {
                assertThat(distance(dot, crowded.get(j)))
                        .as(dot.cardId() + " and " + crowded.get(j).cardId())
                        .isGreaterThanOrEqualTo(dot.radius() + crowded.get(j).radius());
            }
        }
    }

    @Test
    void aLongTextIsShortenedToTheRoomBesideItsDot() {
        String longText = "Rebuild the whole customer portal with self-service quotes, a price calculator and chat";
        JourneyMap map = OpportunityMaps.ranked()
                .withLanesMapped(
                        lane -> lane.withCardsMapped(card -> card.id().equals("o4") ? card.withText(longText) : card));
        OpportunityMatrix matrix = matrix(map, MatrixColouring.PERSONA);
        MatrixDot dot = matrix.dot("o4").orElseThrow();

        assertThat(dot.text()).isEqualTo(longText);
        assertThat(dot.label()).endsWith("…").startsWith("Rebuild");
        Rect cell = matrix.cell(2, 5);
        assertThat(dot.labelX() + FIXED.width(dot.label(), TextStyle.CONNECTOR_LABEL))
                .isLessThanOrEqualTo(cell.maxX());
    }

    @Test
    void aTextOfEmojiIsShortenedByWholeCharacters() {
        // 100 emoji are 200 chars but only 100 code points: cutting at the 160th code point would throw
        String rockets = "\uD83D\uDE80".repeat(100);
        JourneyMap map = OpportunityMaps.ranked()
                .withLanesMapped(
                        lane -> lane.withCardsMapped(card -> card.id().equals("o4") ? card.withText(rockets) : card));

        MatrixDot dot = matrix(map, MatrixColouring.PERSONA).dot("o4").orElseThrow();

        assertThat(dot.label()).endsWith("…").startsWith("\uD83D\uDE80");
        String cut = dot.label().substring(0, dot.label().length() - 1);
        assertThat(cut.length() % 2).as("no emoji cut in half").isZero();
        assertThat(layout.shortened("\uD83D\uDE80".repeat(300), 60, TextStyle.CONNECTOR_LABEL))
                .endsWith("…");
    }

    @Test
    void aLabelRunsOnAcrossEmptyCellsToItsRightButNotIntoATakenOne() {
        String longText = "Publish prices for every fleet size on the website";
        JourneyMap map = OpportunityMaps.ranked()
                .withLanesMapped(lane -> lane.withCardsMapped(card -> switch (card.id()) {
                    case "o1", "o3" -> card.withText(longText);
                    default -> card;
                }));
        OpportunityMatrix matrix = matrix(map, MatrixColouring.PERSONA);

        // o1 (4/2) has the empty cells 4/3 to 4/5 beside it, o3 (5/1) the whole row
        assertThat(matrix.dot("o1").orElseThrow().label()).isEqualTo(longText);
        assertThat(matrix.dot("o3").orElseThrow().label()).isEqualTo(longText);
        // moved to 2/4, o5 has o4 (2/5) beside it, so its label stops at its own cell
        JourneyMap blocked = map.withLanesMapped(lane -> lane.withCardsMapped(card -> card.id()
                        .equals("o5")
                ? card.withText(longText)
                        .withOpportunity(card.opportunity().withImpact(2).withEffort(4))
                : card));
        OpportunityMatrix blockedMatrix = matrix(blocked, MatrixColouring.PERSONA);
        MatrixDot o5 = blockedMatrix.dot("o5").orElseThrow();
        assertThat(o5.label()).endsWith("…");
        assertThat(o5.labelX() + FIXED.width(o5.label(), TextStyle.CONNECTOR_LABEL))
                .isLessThanOrEqualTo(blockedMatrix.cell(2, 4).maxX());
    }

    @Test
    void aPointFindsTheDotOrTheLabelUnderItAndNothingElsewhere() {
        OpportunityMatrix matrix = matrix(OpportunityMaps.ranked(), MatrixColouring.PERSONA);

        for (MatrixDot dot : matrix.dots()) {
            assertThat(matrix.cardAt(dot.center().x(), dot.center().y())).contains(dot.cardId());
            assertThat(matrix.cardAt(
                            dot.center().x() + dot.radius() + 2, dot.center().y()))
                    .contains(dot.cardId());
            assertThat(matrix.cardAt(
                            dot.labelBounds().centerX(), dot.labelBounds().centerY()))
                    .contains(dot.cardId());
        }
        Rect emptyCell = matrix.cell(1, 1);
        assertThat(matrix.cardAt(emptyCell.centerX(), emptyCell.centerY())).isEmpty();
    }

    @Test
    void aPointGivesTheImpactAndEffortOfTheNearestCell() {
        OpportunityMatrix matrix = matrix(OpportunityMaps.ranked(), MatrixColouring.PERSONA);

        for (int impact = 1; impact <= 5; impact++) {
            for (int effort = 1; effort <= 5; effort++) {
                Rect cell = matrix.cell(impact, effort);
                assertThat(matrix.ratingAt(cell.centerX(), cell.centerY())).isEqualTo(new MatrixRating(impact, effort));
                assertThat(matrix.ratingAt(cell.x() + 1, cell.maxY() - 1)).isEqualTo(new MatrixRating(impact, effort));
            }
        }
        Rect plot = matrix.plot();
        assertThat(matrix.ratingAt(plot.x() - 100, plot.y() - 100)).isEqualTo(new MatrixRating(5, 1));
        assertThat(matrix.ratingAt(plot.maxX() + 100, plot.maxY() + 100)).isEqualTo(new MatrixRating(1, 5));
    }

    @Test
    void opportunitiesWithoutImpactOrEffortAreListedBesideThePlot() {
        OpportunityMatrix matrix = matrix(OpportunityMaps.ranked(), MatrixColouring.PERSONA);

        assertThat(matrix.unratedCount()).isEqualTo(2);
        List<MatrixText> unrated = matrix.texts().stream()
                .filter(text -> text.tone() == MatrixText.Tone.UNRATED)
                .toList();
        assertThat(unrated).extracting(MatrixText::text).containsExactly("– Partner program", "– Reference calls");
        assertThat(matrix.texts()).extracting(MatrixText::text).contains("Not yet rated (2)");
        assertThat(unrated)
                .allSatisfy(
                        text -> assertThat(text.x()).isGreaterThan(matrix.plot().maxX()));
    }

    @Test
    void aLongUnratedListEndsWithHowManyMoreThereAre() {
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            cards.add(Card.of("n" + i, "s1", "Not judged " + i));
        }
        JourneyMap map = OpportunityMaps.ranked()
                .withPersonaMapped(
                        "p2",
                        persona ->
                                persona.withLanes(List.of(new Lane("l-many", LaneKind.OPPORTUNITIES, "Many", cards))));
        OpportunityMatrix matrix = matrix(map, MatrixColouring.PERSONA);
        List<MatrixText> unrated = matrix.texts().stream()
                .filter(text -> text.tone() == MatrixText.Tone.UNRATED)
                .toList();

        assertThat(matrix.unratedCount()).isEqualTo(81);
        assertThat(unrated.get(unrated.size() - 1).text()).isEqualTo("… and " + (81 - (unrated.size() - 1)) + " more");
        assertThat(unrated)
                .allSatisfy(text -> assertThat(text.baseline())
                        .isLessThanOrEqualTo(matrix.plot().maxY()));
    }

    @Test
    void theLegendHasThePersonasOrTheStagesThatHaveDotsInTheirOwnColours() {
        OpportunityMatrix byPersona = matrix(OpportunityMaps.ranked(), MatrixColouring.PERSONA);
        assertThat(byPersona.legend()).extracting(MatrixKey::name).containsExactly("Dana", "Sam");
        assertThat(byPersona.legend())
                .extracting(MatrixKey::color)
                .containsExactly("#E07A5F", DistinctColours.PALETTE.get(0));
        assertThat(byPersona
                        .legend()
                        .get(byPersona.dot("o5").orElseThrow().keyIndex())
                        .id())
                .isEqualTo("p2");
        assertThat(byPersona.legend().get(1).paletteIndex()).isEqualTo(1);

        OpportunityMatrix byStage = matrix(OpportunityMaps.ranked(), MatrixColouring.STAGE);
        assertThat(byStage.legend()).extracting(MatrixKey::name).containsExactly("Research", "Buy");
        assertThat(byStage.legend())
                .extracting(MatrixKey::color)
                .containsExactly(DistinctColours.PALETTE.get(0), "#2DA44E");
        assertThat(byStage.legend()
                        .get(byStage.dot("o3").orElseThrow().keyIndex())
                        .id())
                .isEqualTo("s2");
        assertThat(byStage.texts()).extracting(MatrixText::text).contains("Stages");
    }

    @Test
    void aLegendOfManyStagesStopsAboveThePlotsBottomAndLeavesRoomForTheUnratedList() {
        OpportunityMatrix matrix = matrix(fortyStages(), MatrixColouring.STAGE);
        List<MatrixText> legendTexts = matrix.texts().stream()
                .filter(text -> text.tone() == MatrixText.Tone.LEGEND)
                .toList();

        assertThat(matrix.legend()).hasSize(40);
        int listed = matrix.listedLegend().size();
        assertThat(listed).isBetween(5, 39);
        assertThat(legendTexts).hasSize(listed + 1);
        assertThat(legendTexts.get(legendTexts.size() - 1).text()).isEqualTo("… and " + (40 - listed) + " more");
        assertThat(legendTexts)
                .allSatisfy(text -> assertThat(text.baseline())
                        .isLessThanOrEqualTo(matrix.plot().maxY()));
        assertThat(matrix.listedLegend())
                .allSatisfy(key -> assertThat(key.swatch().y() + key.radius())
                        .isLessThanOrEqualTo(matrix.plot().maxY()));
        // the unrated opportunity is still listed below the legend
        assertThat(matrix.texts())
                .filteredOn(text -> text.tone() == MatrixText.Tone.UNRATED)
                .extracting(MatrixText::text)
                .containsExactly("– Not judged");
        assertThat(matrix.texts())
                .allSatisfy(text -> assertThat(text.baseline()).isLessThanOrEqualTo(BOUNDS.maxY()));
        // a dot of a stage the legend does not list keeps its stage's colour entry
        MatrixDot last = matrix.dot("r39").orElseThrow();
        assertThat(matrix.legend().get(last.keyIndex()).id()).isEqualTo("s39");
    }

    @Test
    void aFewStagesAreAllListed() {
        OpportunityMatrix matrix = matrix(OpportunityMaps.ranked(), MatrixColouring.STAGE);

        assertThat(matrix.listedLegend()).hasSize(2);
        assertThat(matrix.texts()).extracting(MatrixText::text).noneMatch(text -> text.contains("more"));
    }

    @Test
    void aStageWithoutANameIsNamedByItsPlaceInTheLegend() {
        JourneyMap map = OpportunityMaps.ranked()
                .withStages(List.of(Stage.of("s1", "Research"), new Stage("s2", " ", "", "#2DA44E")));

        OpportunityMatrix matrix = matrix(map, MatrixColouring.STAGE);

        assertThat(matrix.legend()).extracting(MatrixKey::name).containsExactly("Research", "Stage 2");
        assertThat(matrix.texts()).extracting(MatrixText::text).contains("Stage 2");
    }

    /** Forty stages, each with one rated opportunity, and one opportunity not rated. */
    private static JourneyMap fortyStages() {
        List<Stage> stages = new ArrayList<>();
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            stages.add(Stage.of("s" + i, "Stage number " + i));
            cards.add(OpportunityMaps.rated("r" + i, "s" + i, "Idea " + i, 1 + i % 5, 1 + (i / 5) % 5, List.of()));
        }
        cards.add(Card.of("n", "s0", "Not judged"));
        return OpportunityMaps.ranked()
                .withStages(stages)
                .withPersonas(List.of(OpportunityMaps.ranked()
                        .personas()
                        .get(0)
                        .withLanes(List.of(new Lane("l-many", LaneKind.OPPORTUNITIES, "Many", cards)))));
    }

    @Test
    void onePersonaShowsOnlyItsOpportunities() {
        OpportunityMatrix matrix = layout.layout(OpportunityMaps.ranked(), "p2", MatrixColouring.PERSONA, BOUNDS);

        assertThat(matrix.dots()).extracting(MatrixDot::cardId).containsExactly("o5");
        assertThat(matrix.unratedCount()).isEqualTo(1);
        assertThat(matrix.legend()).extracting(MatrixKey::name).containsExactly("Sam");
    }

    @Test
    void aMapWithoutRatedOpportunitiesSaysSoInThePlot() {
        OpportunityMatrix matrix = matrix(SampleMaps.threeStages(), MatrixColouring.PERSONA);

        assertThat(matrix.dots()).isEmpty();
        assertThat(matrix.legend()).isEmpty();
        assertThat(matrix.texts())
                .filteredOn(text -> text.tone() == MatrixText.Tone.EMPTY)
                .singleElement()
                .satisfies(text -> assertThat(text.text()).isEqualTo("No opportunity has an impact and an effort yet"));
    }

    private static double distance(MatrixDot a, MatrixDot b) {
        return Math.hypot(
                a.center().x() - b.center().x(), a.center().y() - b.center().y());
    }
}
