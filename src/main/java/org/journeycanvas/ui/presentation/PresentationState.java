package org.journeycanvas.ui.presentation;

import java.util.List;

/**
 * Where a presentation is: the overview (step 0) or a stage (steps 1 to the number of stages), the persona in
 * focus (null for all), whether the screen is blanked, and whether the stage's notes show as a caption.
 * Immutable; every key gives a new state. Never part of the map, never undone.
 */
public record PresentationState(int step, int stageCount, String personaId, Blank blank, boolean caption) {
    /** Blanking the screen, as slide software does. */
    public enum Blank {
        NONE,
        BLACK,
        WHITE
    }

    public static PresentationState start(int stageCount) {
        return new PresentationState(0, stageCount, null, Blank.NONE, false);
    }

    public boolean isOverview() {
        return step == 0;
    }

    /** The index of the stage shown, from 0; -1 on the overview. */
    public int stageIndex() {
        return step - 1;
    }

    public PresentationState next() {
        return unblanked().withStep(Math.min(stageCount, step + 1));
    }

    public PresentationState previous() {
        return unblanked().withStep(Math.max(0, step - 1));
    }

    public PresentationState first() {
        return unblanked().withStep(0);
    }

    public PresentationState last() {
        return unblanked().withStep(stageCount);
    }

    /** Number keys: 1 is the first stage; 0 or a number past the last stage does nothing. */
    public PresentationState jumpTo(int stageNumber) {
        return stageNumber >= 1 && stageNumber <= stageCount ? unblanked().withStep(stageNumber) : this;
    }

    /** All personas, then each in turn, then all again. */
    public PresentationState cyclePersona(List<String> personaIds) {
        if (personaIds.isEmpty()) {
            return this;
        }
        int at = personaId == null ? -1 : personaIds.indexOf(personaId);
        String next = at + 1 < personaIds.size() ? personaIds.get(at + 1) : null;
        return new PresentationState(step, stageCount, next, blank, caption);
    }

    /** B or "." blanks to black, W to white; the same key again (or any move) shows the map again. */
    public PresentationState toggleBlank(Blank colour) {
        return new PresentationState(step, stageCount, personaId, blank == colour ? Blank.NONE : colour, caption);
    }

    public PresentationState toggleCaption() {
        return new PresentationState(step, stageCount, personaId, blank, !caption);
    }

    private PresentationState withStep(int newStep) {
        return new PresentationState(newStep, stageCount, personaId, blank, caption);
    }

    private PresentationState unblanked() {
        return new PresentationState(step, stageCount, personaId, Blank.NONE, caption);
    }
}
