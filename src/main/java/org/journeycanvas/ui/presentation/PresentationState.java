package org.journeycanvas.ui.presentation;

import java.util.List;
import org.journeycanvas.layout.CurveView;

/**
 * Where a presentation is: the overview (step 0) or a stage (steps 1 to the number of stages), the persona in
 * focus (null for all), whether the screen is blanked, and whether the stage's notes show as a caption.
 * Immutable; every key gives a new state. Never part of the map, never undone.
 *
 * <p>A map with a to-be curve ({@code hasFuture}) is told twice: the stages as they are (as-is curve only), then
 * again stage by stage with the to-be curve and the gap (steps past the number of stages); T jumps between the
 * two passes at the same stage.
 */
public record PresentationState(
        int step, int stageCount, String personaId, Blank blank, boolean caption, boolean hasFuture) {
    /** Blanking the screen, as slide software does. */
    public enum Blank {
        NONE,
        BLACK,
        WHITE
    }

    public PresentationState(int step, int stageCount, String personaId, Blank blank, boolean caption) {
        this(step, stageCount, personaId, blank, caption, false);
    }

    public static PresentationState start(int stageCount) {
        return start(stageCount, false);
    }

    public static PresentationState start(int stageCount, boolean hasFuture) {
        return new PresentationState(0, stageCount, null, Blank.NONE, false, hasFuture);
    }

    /** Whether this step is in the second pass, the one showing the to-be curve. */
    public boolean showsToBe() {
        return step > stageCount;
    }

    /** The curves this step shows: the as-is curve alone until the to-be pass, then both with the gap. */
    public CurveView curves() {
        return hasFuture && !showsToBe() ? CurveView.AS_IS : CurveView.BOTH;
    }

    /**
     * This state for personas in focus that have a to-be curve or not: without one there is no to-be pass, so a
     * step in it becomes the same stage as-is.
     */
    public PresentationState withFuture(boolean future) {
        if (future == hasFuture) {
            return this;
        }
        int newStep = showsToBe() ? step - stageCount : step;
        return new PresentationState(newStep, stageCount, personaId, blank, caption, future);
    }

    /** Whether the step after this one starts the to-be pass. */
    public boolean toBePassFollows() {
        return hasFuture && stageCount > 0 && step == stageCount;
    }

    /** The index of the stage after this step, from 0; -1 at the end. */
    public int nextStageIndex() {
        return step < lastStep() ? step % Math.max(1, stageCount) : -1;
    }

    /** T: the same stage in the other pass; nothing on the overview or without a to-be curve. */
    public PresentationState togglePass() {
        if (!hasFuture || isOverview()) {
            return this;
        }
        return unblanked().withStep(showsToBe() ? step - stageCount : step + stageCount);
    }

    private int lastStep() {
        return hasFuture ? 2 * stageCount : stageCount;
    }

    public boolean isOverview() {
        return step == 0;
    }

    /** The index of the stage shown, from 0; -1 on the overview. */
    public int stageIndex() {
        return step == 0 ? -1 : (step - 1) % Math.max(1, stageCount);
    }

    public PresentationState next() {
        return unblanked().withStep(Math.min(lastStep(), step + 1));
    }

    public PresentationState previous() {
        return unblanked().withStep(Math.max(0, step - 1));
    }

    public PresentationState first() {
        return unblanked().withStep(0);
    }

    public PresentationState last() {
        return unblanked().withStep(lastStep());
    }

    /** Number keys: 1 is the first stage (of the pass shown); 0 or a number past the last stage does nothing. */
    public PresentationState jumpTo(int stageNumber) {
        return stageNumber >= 1 && stageNumber <= stageCount
                ? unblanked().withStep(showsToBe() ? stageCount + stageNumber : stageNumber)
                : this;
    }

    /** All personas, then each in turn, then all again. */
    public PresentationState cyclePersona(List<String> personaIds) {
        if (personaIds.isEmpty()) {
            return this;
        }
        int at = personaId == null ? -1 : personaIds.indexOf(personaId);
        String next = at + 1 < personaIds.size() ? personaIds.get(at + 1) : null;
        return new PresentationState(step, stageCount, next, blank, caption, hasFuture);
    }

    /** B or "." blanks to black, W to white; the same key again (or any move) shows the map again. */
    public PresentationState toggleBlank(Blank colour) {
        return new PresentationState(
                step, stageCount, personaId, blank == colour ? Blank.NONE : colour, caption, hasFuture);
    }

    public PresentationState toggleCaption() {
        return new PresentationState(step, stageCount, personaId, blank, !caption, hasFuture);
    }

    private PresentationState withStep(int newStep) {
        return new PresentationState(newStep, stageCount, personaId, blank, caption, hasFuture);
    }

    private PresentationState unblanked() {
        return new PresentationState(step, stageCount, personaId, Blank.NONE, caption, hasFuture);
    }
}
