package org.journeycanvas.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Opportunity;
import org.journeycanvas.model.OpportunityStatus;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;
import org.journeycanvas.model.StageFigures;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every bundled template but the blank one shows what the map is for: a to-be curve for each persona, ranked
 * opportunities linked to the pain points they address, and measured figures at every stage.
 */
class BundledTemplateDecisionsTest {
    @TempDir
    Path userFolder;

    @ParameterizedTest
    @EnumSource(value = BundledTemplate.class, names = "BLANK", mode = EnumSource.Mode.EXCLUDE)
    void everyEmotionHasAToBeScoreAndEachPersonasToBeCurveIsItsOwn(BundledTemplate bundled) throws Exception {
        JourneyMap map = read(bundled);
        List<List<Integer>> toBeCurves = new ArrayList<>();
        for (Persona persona : map.personas()) {
            List<Card> emotions = cards(persona, LaneKind.EMOTIONS);
            assertThat(emotions)
                    .as(persona.name())
                    .isNotEmpty()
                    .allSatisfy(card ->
                            assertThat(card.futureScore()).as(card.text()).isNotNull());
            List<Integer> toBe = emotions.stream().map(Card::futureScore).toList();
            List<Integer> asIs = emotions.stream().map(Card::score).toList();
            assertThat(toBe).as(persona.name() + " to-be differs from as-is").isNotEqualTo(asIs);
            assertThat(toBe).as(persona.name() + " to-be is not simply all +2").anyMatch(score -> score < 2);
            assertThat(sum(toBe))
                    .as(persona.name() + " is better off after the changes " + asIs + " -> " + toBe)
                    .isGreaterThan(sum(asIs));
            toBeCurves.add(toBe);
        }
        assertThat(Set.copyOf(toBeCurves))
                .as("each persona's to-be curve is its own " + toBeCurves)
                .hasSameSizeAs(toBeCurves);
    }

    @ParameterizedTest
    @EnumSource(value = BundledTemplate.class, names = "BLANK", mode = EnumSource.Mode.EXCLUDE)
    void everyOpportunityIsRankedOwnedAndLinkedToItsPersonasPainPoints(BundledTemplate bundled) throws Exception {
        JourneyMap map = read(bundled);
        Set<OpportunityStatus> statuses = EnumSet.noneOf(OpportunityStatus.class);
        Set<String> owners = new HashSet<>();
        for (Persona persona : map.personas()) {
            Set<String> painPoints =
                    cards(persona, LaneKind.PAIN_POINTS).stream().map(Card::id).collect(Collectors.toSet());
            List<Card> opportunities = cards(persona, LaneKind.OPPORTUNITIES);
            assertThat(opportunities).as(persona.name()).isNotEmpty();
            for (Card card : opportunities) {
                Opportunity ranking = card.opportunity();
                assertThat(ranking).as(card.text()).isNotNull();
                assertThat(ranking.impact()).as(card.text()).isNotNull();
                assertThat(ranking.effort()).as(card.text()).isNotNull();
                assertThat(ranking.owner()).as(card.text()).isNotBlank();
                if (!painPoints.isEmpty()) {
                    assertThat(ranking.addresses())
                            .as(card.text() + " addresses pain points of " + persona.name())
                            .isNotEmpty()
                            .allMatch(painPoints::contains);
                }
                statuses.add(ranking.status());
                owners.add(ranking.owner());
            }
        }
        assertThat(statuses).as("a mix of statuses").hasSizeGreaterThanOrEqualTo(2);
        assertThat(owners).as("more than one team owns the work").hasSizeGreaterThanOrEqualTo(2);
        List<Double> scores = map.personas().stream()
                .flatMap(persona -> cards(persona, LaneKind.OPPORTUNITIES).stream())
                .map(card -> card.opportunity().score())
                .distinct()
                .toList();
        assertThat(scores).as("the opportunities rank differently").hasSizeGreaterThan(2);
    }

    @ParameterizedTest
    @EnumSource(value = BundledTemplate.class, names = "BLANK", mode = EnumSource.Mode.EXCLUDE)
    void everyStageHasMeasuredFiguresAndFewerPeopleGoOn(BundledTemplate bundled) throws Exception {
        List<Stage> stages = read(bundled).stages();
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            StageFigures figures = stage.figures();
            assertThat(figures.entered()).as(stage.name()).isPositive();
            assertThat(figures.time()).as(stage.name()).isNotNull();
            assertThat(figures.csat() != null || figures.nps() != null || figures.conversion() != null)
                    .as(stage.name() + " has a rate or a score")
                    .isTrue();
            if (i + 1 < stages.size()) {
                assertThat(figures.conversion()).as(stage.name()).isNotNull();
                assertThat(stages.get(i + 1).figures().entered())
                        .as("the people entering the stage after " + stage.name())
                        .isLessThanOrEqualTo(figures.entered());
            }
        }
        assertThat(stages.stream().map(stage -> stage.figures().conversion()).distinct())
                .as("drop-off is not the same everywhere")
                .hasSizeGreaterThan(2);
    }

    @ParameterizedTest
    @EnumSource(BundledTemplate.class)
    void everyBundledTemplateIsListedByTheCatalog(BundledTemplate bundled) {
        assertThat(new TemplateCatalog(userFolder).find(bundled.id())).isPresent();
    }

    private JourneyMap read(BundledTemplate bundled) throws TemplateException {
        TemplateCatalog catalog = new TemplateCatalog(userFolder);
        return catalog.read(catalog.find(bundled.id()).orElseThrow());
    }

    private static List<Card> cards(Persona persona, LaneKind kind) {
        return persona.lanes().stream()
                .filter(lane -> lane.kind() == kind)
                .map(Lane::cards)
                .flatMap(List::stream)
                .toList();
    }

    private static int sum(List<Integer> scores) {
        return scores.stream().mapToInt(Integer::intValue).sum();
    }
}
