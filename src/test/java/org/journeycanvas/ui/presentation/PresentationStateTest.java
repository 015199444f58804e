package org.journeycanvas.ui.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PresentationStateTest {
    private final PresentationState start = PresentationState.start(4);

    @Test
    void startsOnTheOverviewAndStepsThroughEveryStage() {
        assertThat(start.isOverview()).isTrue();
        PresentationState state = start;
        for (int stage = 0; stage < 4; stage++) {
            state = state.next();
            assertThat(state.stageIndex()).isEqualTo(stage);
        }
        assertThat(state.next()).isEqualTo(state);
        assertThat(state.previous().stageIndex()).isEqualTo(2);
        assertThat(start.previous()).isEqualTo(start);
    }

    @Test
    void homeEndAndNumbersJump() {
        assertThat(start.last().stageIndex()).isEqualTo(3);
        assertThat(start.last().first().isOverview()).isTrue();
        assertThat(start.jumpTo(2).stageIndex()).isEqualTo(1);
        assertThat(start.jumpTo(9)).isEqualTo(start);
        assertThat(start.jumpTo(0)).isEqualTo(start);
    }

    @Test
    void personaFocusCyclesFromAllThroughEachBackToAll() {
        List<String> personas = List.of("p1", "p2");
        PresentationState one = start.cyclePersona(personas);
        assertThat(one.personaId()).isEqualTo("p1");
        assertThat(one.cyclePersona(personas).personaId()).isEqualTo("p2");
        assertThat(one.cyclePersona(personas).cyclePersona(personas).personaId())
                .isNull();
    }

    @Test
    void blankingTogglesAndMovingShowsTheMapAgain() {
        PresentationState black = start.toggleBlank(PresentationState.Blank.BLACK);
        assertThat(black.blank()).isEqualTo(PresentationState.Blank.BLACK);
        assertThat(black.toggleBlank(PresentationState.Blank.BLACK).blank()).isEqualTo(PresentationState.Blank.NONE);
        assertThat(black.toggleBlank(PresentationState.Blank.WHITE).blank()).isEqualTo(PresentationState.Blank.WHITE);
        assertThat(black.next().blank()).isEqualTo(PresentationState.Blank.NONE);
        assertThat(start.toggleCaption().caption()).isTrue();
    }

    @Test
    void withoutAToBeCurveAStepOfTheToBePassBecomesTheSameStageAsIs() {
        PresentationState toBe = PresentationState.start(4, true).last();
        PresentationState asIs = toBe.withFuture(false);
        assertThat(asIs.showsToBe()).isFalse();
        assertThat(asIs.stageIndex()).isEqualTo(3);
        assertThat(asIs.withFuture(true).showsToBe())
                .as("back to as-is, not to the pass it came from")
                .isFalse();
        assertThat(toBe.withFuture(true)).isSameAs(toBe);
    }

    @Test
    void theLastAsIsStepIsFollowedByTheToBePass() {
        PresentationState future = PresentationState.start(4, true);
        assertThat(future.jumpTo(4).toBePassFollows()).isTrue();
        assertThat(future.jumpTo(3).toBePassFollows()).isFalse();
        assertThat(future.last().toBePassFollows()).isFalse();
        assertThat(start.jumpTo(4).toBePassFollows())
                .as("no to-be curve, no pass")
                .isFalse();
    }
}
