package org.journeycanvas.ui.canvas;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Whether the zoom is moving: the steps of a wheel gesture keep it moving until it has rested for a
 * moment, and while it moves the canvas shows what it painted scaled instead of painting every step.
 */
final class ZoomMotion {
    private static final Duration REST = Duration.millis(150);

    private final Runnable onRest;
    /**
     * Made at the first gesture: the canvas is in the first frame, and JavaFX's animation classes (thirty to load
     * and verify) are not needed before the wheel turns.
     */
    private PauseTransition rest;

    private boolean moving;

    /** @param onRest called when the zoom has come to rest after moving */
    ZoomMotion(Runnable onRest) {
        this.onRest = onRest;
    }

    /** One step of a gesture: the zoom moves on. */
    void step() {
        if (rest == null) {
            rest = new PauseTransition(REST);
            rest.setOnFinished(event -> {
                moving = false;
                onRest.run();
            });
        }
        moving = true;
        rest.playFromStart();
    }

    /** A zoom in one go (a button, a key, fit): at rest at once. */
    void jump() {
        if (rest != null) {
            rest.stop();
        }
        moving = false;
    }

    boolean isResting() {
        return !moving;
    }
}
