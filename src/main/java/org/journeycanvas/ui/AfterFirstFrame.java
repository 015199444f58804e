package org.journeycanvas.ui;

import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.shape.Rectangle;

/**
 * Runs work once a window's first useful frame is on the screen: the window can show what matters (the map) at once
 * and build the rest just after.
 */
final class AfterFirstFrame {
    /** Pulses to wait for {@code ready} at most: the rest of the window must come even if the map never shows. */
    private static final int MOST_PULSES = 5;

    private AfterFirstFrame() {}

    /**
     * Runs {@code work} on the JavaFX thread after the first pulse of {@code node}'s scene whose layout found
     * {@code ready} true (or after a few pulses in any case).
     */
    static void run(Node node, BooleanSupplier ready, Runnable work) {
        if (node.getScene() != null) {
            watch(node.getScene(), ready, work);
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene != null) {
                    node.sceneProperty().removeListener(this);
                    watch(scene, ready, work);
                }
            }
        });
    }

    /**
     * Waits until the renderer has drawn the frame handed to it: a snapshot is drawn by the same renderer after the
     * frames queued before it. The work after the first frame would otherwise share the processor with drawing it,
     * and on two cores the map would show about twice as late.
     */
    private static void waitForFrameOnScreen() {
        new Rectangle(1, 1).snapshot(null, new WritableImage(1, 1));
    }

    private static void watch(Scene scene, BooleanSupplier ready, Runnable work) {
        scene.addPostLayoutPulseListener(new Runnable() {
            private int pulses;
            private boolean done;

            @Override
            public void run() {
                if (done) {
                    return;
                }
                if (ready.getAsBoolean() || ++pulses >= MOST_PULSES) {
                    done = true;
                    // After this pulse has handed its frame to the renderer (and not while the scene goes through
                    // its listeners, which a removal now would disturb).
                    Platform.runLater(() -> {
                        scene.removePostLayoutPulseListener(this);
                        waitForFrameOnScreen();
                        work.run();
                    });
                } else {
                    Platform.requestNextPulse();
                }
            }
        });
        Platform.requestNextPulse();
    }
}
