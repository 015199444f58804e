package org.journeycanvas.ui.canvas;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Whether the zoom is moving: the steps of a wheel gesture keep it moving until it has rested for a
 * moment, and while it moves the canvas shows what it painted scaled instead of painting every step.
 */
final class ZoomMotion {
    private static final Duration REST = Duration.millis(150);

    private final PauseTransition rest = new PauseTransition(REST);
    private boolean moving;

    /** @param onRest called when the zoom has come to rest after moving */
    ZoomMotion(Runnable onRest) {
        rest.setOnFinished(event -> {
            moving = false;
            onRest.run();
        });
    }

    /** One step of a gesture: the zoom moves on. */
    void step() {
        moving = true;
        rest.playFromStart();
    }

    /** A zoom in one go (a button, a key, fit): at rest at once. */
    void jump() {
        rest.stop();
        moving = false;
    }

    boolean isResting() {
        return !moving;
    }
}
