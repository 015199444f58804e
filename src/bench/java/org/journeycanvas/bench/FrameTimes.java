package org.journeycanvas.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapGenerator;
import org.journeycanvas.ui.MainView;
import org.journeycanvas.ui.canvas.MapCanvas;

/**
 * How long the canvas takes per frame on the reference map (or a map of {@code --cards=N} cards, made as the
 * growth benchmarks make them), in the real editor window run headless on the software pipeline: while panning,
 * while zooming in and out across the map, and while dragging cards from the palette and dropping them. Pulses
 * are let run as fast as they can, so the time from one pulse to the next is what a frame costs (the JavaFX
 * thread's work, and waiting for the previous frame to be rendered).
 *
 * <p>Each step of a gesture is applied once a frame's layout is done, as a mouse event between two frames would
 * be: what it asks to paint is painted before the next pulse, so the next frame is the one that shows it. A
 * step's time runs from applying it to that frame's layout being done, and that frame is counted as missing part
 * of the map unless the canvas says it showed all of the visible map ({@link MapCanvas#isViewComplete()}). Each
 * gesture starts after its first step from a view left idle for two seconds, as a user's gesture starts from a
 * view they have looked at (the canvas uses idle frames to get ready for a zoom).
 *
 * <p>Runs in its own JVM, since the toolkit is set up from system properties before it starts; prints one line
 * per figure: {@code frame <cards> <figure> <median ms> <95th percentile ms> <frames> <frames missing part of
 * the map>}, then the pulses a second while idle afterwards: {@code frame-idle <cards> <pulses per second>}.
 * Unnamed arguments choose gestures ({@code pan}, {@code unseen}, {@code zoom}, {@code drop}).
 */
public final class FrameTimes {
    static final String CARDS = "cards";
    private static final int REFERENCE_CARDS = 4_000;
    private static final int WARM_UP_FRAMES = 60;
    private static final int MEASURED_FRAMES = 400;
    private static final int DROP_CYCLE = 12;
    /**
     * A drop's code runs once in {@value #DROP_CYCLE} frames: the drop gesture warms up for 60 drops (about five
     * seconds of dragging) and measures 100, so that its 95th percentile is not the second slowest of 33 drops.
     * After 5 drops the first measured ones were still being compiled, at up to twice a compiled drop's time;
     * after 20 the JIT compilers still made 700 compilations in the first measured second, 200 in the sixth, and
     * took most of a core in the drop frames, on a machine of two.
     */
    private static final int DROP_WARM_UP_FRAMES = 60 * DROP_CYCLE;

    private static final int DROP_MEASURED_FRAMES = 100 * DROP_CYCLE;
    private static final long SETTLE_MILLIS = 1000;
    /** How long a view is left idle before a gesture starts: long enough for the canvas to get ready for a zoom. */
    private static final long IDLE_BEFORE_GESTURE_MILLIS = 2000;

    private static final long IDLE_MILLIS = 3000;

    private FrameTimes() {}

    public static void main(String[] args) {
        Headless.setUp();
        // Pulses as often as the work allows, instead of 60 a second, so each pulse measures a frame's cost.
        System.setProperty("javafx.animation.pulse", "1000");
        Application.launch(Window.class, args);
    }

    /** A gesture's step for each frame, returning the figure the frame counts towards, and how many frames. */
    private record Gesture(IntFunction<String> step, int warmUpFrames, int measuredFrames) {}

    /** The editor window, driven one step per pulse. */
    public static final class Window extends Application {
        private final Map<String, FrameSamples> frames = new LinkedHashMap<>();
        private int cards;
        private MainView view;
        private Scene scene;
        private Node paletteItem;

        @Override
        public void start(Stage stage) throws Exception {
            cards = Integer.parseInt(getParameters().getNamed().getOrDefault(CARDS, "" + REFERENCE_CARDS));
            view = EditorWindow.show(stage);
            scene = stage.getScene();
            view.editor().open(mapOf(cards), null);
            Map<String, Gesture> all = new LinkedHashMap<>();
            all.put("pan", new Gesture(this::panStep, WARM_UP_FRAMES, MEASURED_FRAMES));
            all.put("unseen", new Gesture(this::panOntoUnseenStep, WARM_UP_FRAMES, MEASURED_FRAMES));
            all.put("zoom", new Gesture(this::zoomStep, WARM_UP_FRAMES, MEASURED_FRAMES));
            all.put("drop", new Gesture(this::dragStep, DROP_WARM_UP_FRAMES, DROP_MEASURED_FRAMES));
            List<String> chosen = getParameters().getUnnamed();
            new Driver(
                            chosen.isEmpty()
                                    ? List.copyOf(all.values())
                                    : chosen.stream().map(all::get).toList())
                    .start();
        }

        private static JourneyMap mapOf(int cards) {
            return cards == REFERENCE_CARDS ? MapGenerator.reference() : GrowthBenchmarks.mapOf(cards);
        }

        private MapCanvas canvas() {
            return view.canvas();
        }

        /** Sweeps right and left, and up and down more slowly, at a brisk drag's speed. */
        private String panStep(int frame) {
            if (frame == 0) {
                canvas().zoomTo(1, 0, 0);
            }
            double dx = (frame / 100) % 2 == 0 ? 40 : -40;
            double dy = (frame / 60) % 2 == 0 ? 15 : -15;
            canvas().scrollBy(dx, dy);
            return "pan";
        }

        /**
         * Pans down and a little right at every step from the map's top left corner, so every frame shows a strip
         * of the map no earlier frame showed: what a cache of painted parts cannot help with. The reference map is
         * tall enough for all the frames.
         */
        private String panOntoUnseenStep(int frame) {
            if (frame == 0) {
                canvas().zoomTo(1, 0, 0);
                canvas().scrollBy(-1e9, -1e9); // clamped: the top left corner
            }
            canvas().scrollBy(8, 25);
            return "pan onto parts not yet shown";
        }

        /**
         * Zooms in to 2.4×, out to 0.4× where most of the map is on screen, and back, around the middle, as a wheel
         * does: each step one of a gesture that never rests, so the canvas shows its tiles scaled.
         */
        private String zoomStep(int frame) {
            if (frame == 0) {
                canvas().zoomTo(1, 0, 0);
            }
            int phase = frame % 120;
            double factor = phase < 30 || phase >= 90 ? 1.03 : 1 / 1.03;
            canvas().zoomGradually(
                            canvas().getZoom() * factor, canvas().viewportWidth() / 2, canvas().viewportHeight() / 2);
            return "zoom";
        }

        /**
         * A palette drag in cycles: press on the touchpoint item, move across the lanes, release (the card lands
         * and its text editor opens), and Escape to leave the editor. The landing frames are counted apart.
         */
        private String dragStep(int frame) {
            if (frame == 0) {
                canvas().zoomTo(1, 0, 0);
                paletteItem = scene.lookup("#palette-touchpoint");
            }
            Node item = paletteItem;
            Bounds area = canvas().localToScene(canvas().getLayoutBounds());
            int step = frame % DROP_CYCLE;
            int cycle = frame / DROP_CYCLE;
            double x = area.getMinX() + 200 + (cycle * 97 + step * 53) % (area.getWidth() - 400);
            double y = area.getMinY() + 120 + (cycle * 61 + step * 29) % (area.getHeight() - 240);
            Bounds itemBounds = item.localToScene(item.getLayoutBounds());
            if (step == 0) {
                leaveTheTextEditor();
                Event.fireEvent(
                        item, mouse(MouseEvent.MOUSE_PRESSED, itemBounds.getCenterX(), itemBounds.getCenterY()));
                return "drag a card over the map";
            }
            if (step == DROP_CYCLE - 1) {
                Event.fireEvent(item, mouse(MouseEvent.MOUSE_RELEASED, x, y));
                return "drop a card";
            }
            Event.fireEvent(item, mouse(MouseEvent.MOUSE_DRAGGED, x, y));
            return "drag a card over the map";
        }

        /** Escape to the focused control: the text editor a drop opens closes, the new card left as it is. */
        private void leaveTheTextEditor() {
            Node focused = scene.getFocusOwner();
            if (focused != null) {
                Event.fireEvent(
                        focused,
                        new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false, false, false, false));
            }
        }

        private static MouseEvent mouse(EventType<MouseEvent> type, double sceneX, double sceneY) {
            return new MouseEvent(
                    type,
                    sceneX,
                    sceneY,
                    sceneX,
                    sceneY,
                    MouseButton.PRIMARY,
                    1,
                    false,
                    false,
                    false,
                    false,
                    type != MouseEvent.MOUSE_RELEASED,
                    false,
                    false,
                    false,
                    false,
                    false,
                    null);
        }

        /**
         * One gesture at a time, a warm-up then the measured frames; a gesture's step names the figure its frame
         * counts towards. Runs after each pulse's layout (a running timer keeps the pulses coming).
         */
        private final class Driver extends AnimationTimer implements Runnable {
            private final List<Gesture> gestures;
            private int gesture;
            private int frame;
            private long previousStep;
            private String previousFigure;
            private long settledAt;

            Driver(List<Gesture> gestures) {
                this.gestures = gestures;
            }

            @Override
            public void start() {
                scene.addPostLayoutPulseListener(this);
                super.start();
            }

            @Override
            public void handle(long now) {
                // Only keeps the toolkit pulsing; the steps run after the layout, in run().
            }

            @Override
            public void run() {
                long now = System.nanoTime();
                if (now < settledAt) {
                    return;
                }
                if (frame == 1 && settledAt == 0) {
                    // A gesture starts from a view that has been idle a moment, as a user's does.
                    settledAt = now + IDLE_BEFORE_GESTURE_MILLIS * 1_000_000;
                    return;
                }
                Gesture current = gestures.get(gesture);
                if (previousFigure != null && frame > current.warmUpFrames()) {
                    frames.computeIfAbsent(previousFigure, key -> new FrameSamples())
                            .add((now - previousStep) / 1e6, canvas().isViewComplete());
                }
                previousStep = now;
                if (frame >= current.warmUpFrames() + current.measuredFrames()) {
                    frame = 0;
                    settledAt = 0;
                    previousFigure = null;
                    gesture++;
                    if (gesture == gestures.size()) {
                        scene.removePostLayoutPulseListener(this);
                        stop();
                        countIdlePulses();
                        return;
                    }
                }
                previousFigure = gestures.get(gesture).step().apply(frame);
                frame++;
            }
        }

        /**
         * With nothing to do, the editor should not pulse at all: an animation left running, even a slow timer,
         * would keep the toolkit pulsing and the processor awake.
         */
        private void countIdlePulses() {
            // As a user leaves the last card's text editor, whose caret would otherwise blink on.
            leaveTheTextEditor();
            int[] pulses = {0};
            Runnable counter = () -> pulses[0]++;
            Thread idle = new Thread(() -> {
                // The last gesture's own frames (its change drawn, the frame after) are not idling.
                sleep(SETTLE_MILLIS);
                Platform.runLater(() -> scene.addPostLayoutPulseListener(counter));
                sleep(IDLE_MILLIS);
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(counter);
                    report();
                    System.out.printf(Locale.ROOT, "frame-idle\t%d\t%.1f%n", cards, pulses[0] * 1000.0 / IDLE_MILLIS);
                    Platform.exit();
                });
            });
            idle.setDaemon(true);
            idle.start();
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void report() {
            for (Map.Entry<String, FrameSamples> figure : frames.entrySet()) {
                System.out.printf(
                        Locale.ROOT,
                        "frame\t%d\t%s\t%s%n",
                        cards,
                        figure.getKey(),
                        figure.getValue().line());
            }
            System.out.flush();
        }
    }
}
