package org.journeycanvas.bench;

import com.sun.javafx.tk.RenderJob;
import com.sun.javafx.tk.Toolkit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.journeycanvas.io.MapFileWriter;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapGenerator;
import org.journeycanvas.ui.MainView;
import org.journeycanvas.ui.canvas.MapCanvas;

/**
 * Opening the reference map in a running editor, as File → Open or a dropped file does ({@link MainView#open}:
 * read on the window's worker, laid out, painted), timed from the request to the first rendered frame that shows
 * the new map whole: the canvas shows that map and {@link MapCanvas#isViewComplete()} after a pulse's layout, and
 * the renderer has painted that pulse's frame (a job queued on the render thread behind it).
 *
 * <p>Two files of the reference map under different titles are opened in turn, so each open replaces the map
 * shown; the first opens warm up. Runs in its own JVM (the toolkit is set up from system properties) and prints
 * {@code open <median ms> <fastest ms> <slowest ms> <opens>}.
 */
public final class OpenTimes {
    static final String MARK = "open";
    private static final int WARM_UP_OPENS = 3;
    private static final int MEASURED_OPENS = 9;
    private static final long SETTLE_MILLIS = 1000;
    private static final long TIMEOUT_MILLIS = 60_000;

    private OpenTimes() {}

    public static void main(String[] args) {
        Headless.setUp();
        System.setProperty("javafx.animation.pulse", "1000");
        Application.launch(Window.class, args);
    }

    /** The editor window, opening one file after the other once the previous open is shown. */
    public static final class Window extends Application {
        private final List<Double> millis = new ArrayList<>();
        private final List<Path> files = new ArrayList<>();
        private final List<String> titles = new ArrayList<>();
        private MainView view;
        private int opens;
        private long requested;
        private Runnable watch;

        @Override
        public void start(Stage stage) throws Exception {
            view = EditorWindow.show(stage);
            Path folder = Files.createTempDirectory("journey-canvas-open");
            JourneyMap reference = MapGenerator.reference();
            for (String name : List.of("first", "second")) {
                String title = reference.title() + " (" + name + ")";
                Path file = folder.resolve(name + ".journey");
                new MapFileWriter().write(reference.withTitle(title), file);
                files.add(file);
                titles.add(title);
            }
            Thread timeout = new Thread(() -> {
                sleep(TIMEOUT_MILLIS * (WARM_UP_OPENS + MEASURED_OPENS));
                System.out.println("an open never showed its map");
                System.exit(1);
            });
            timeout.setDaemon(true);
            timeout.start();
            afterSettling(this::openNext);
        }

        /** Opens the next file, and watches each pulse's layout for the frame that shows it. */
        private void openNext() {
            int which = opens % files.size();
            String title = titles.get(which);
            watch = () -> {
                MapCanvas canvas = view.canvas();
                if (canvas.map() != null && canvas.map().title().equals(title) && canvas.isViewComplete()) {
                    view.root().getScene().removePostLayoutPulseListener(watch);
                    afterRendering();
                }
            };
            view.root().getScene().addPostLayoutPulseListener(watch);
            requested = System.nanoTime();
            view.open(files.get(which));
        }

        /**
         * Stops the clock once the frame drawn in this pulse is rendered: a job on the render thread queued, once
         * this pulse has handed its frame over, behind that frame's painting.
         */
        private void afterRendering() {
            Platform.runLater(() -> Toolkit.getToolkit().addRenderJob(new RenderJob(() -> {
                double took = (System.nanoTime() - requested) / 1e6;
                Platform.runLater(() -> rendered(took));
            })));
        }

        private void rendered(double took) {
            if (opens++ >= WARM_UP_OPENS) {
                millis.add(took);
            }
            if (opens < WARM_UP_OPENS + MEASURED_OPENS) {
                afterSettling(this::openNext);
            } else {
                report();
                Platform.exit();
            }
        }

        private void report() {
            double[] sorted =
                    millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(
                    Locale.ROOT,
                    "%s\t%.0f\t%.0f\t%.0f\t%d%n",
                    MARK,
                    FrameSamples.percentile(sorted, 50),
                    sorted[0],
                    sorted[sorted.length - 1],
                    sorted.length);
            System.out.flush();
        }

        /** Lets the window go idle (the last open's leftover work, its garbage) before the next request. */
        private static void afterSettling(Runnable next) {
            Thread settle = new Thread(() -> {
                System.gc();
                sleep(SETTLE_MILLIS);
                Platform.runLater(next);
            });
            settle.setDaemon(true);
            settle.start();
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
