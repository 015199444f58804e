package org.journeycanvas.bench;

import com.sun.javafx.tk.RenderJob;
import com.sun.javafx.tk.Toolkit;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.journeycanvas.app.Main;
import org.journeycanvas.ui.canvas.MapCanvas;

/**
 * Starts the editor ({@code app}) or a bare JavaFX window of the same size ({@code bare}) headless, prints
 * {@code first-frame} once the first frame that shows what the user came for is rendered, and stops at once.
 *
 * <p>For the editor that is the first frame whose map canvas shows the whole visible map
 * ({@link MapCanvas#isViewComplete()} once its pulse has laid the window out): frames before it, of an empty or
 * half-built window, do not count. The bare window's first frame counts. The mark is printed by a job on the
 * render thread queued behind that frame's painting, so it comes when the frame is rendered, not later: the job
 * is queued by a runnable posted at the start of the pulse, which runs before anything the window posts during
 * the pulse (work the window does after that frame does not delay it).
 */
public final class FirstFrame {
    static final String MARK = "first-frame";

    /** How long a start may take before it counts as failed (a window that never shows its map). */
    private static final long GIVE_UP_MILLIS = 60_000;

    /** How the window being timed is known: what its title ends with. */
    private static String expectedTitle;

    private static volatile long fxThreadId;

    private FirstFrame() {}

    public static void main(String[] args) throws Exception {
        Headless.setUp();
        System.setProperty("javafx.animation.pulse", "1000");
        System.setProperty(
                "journeycanvas.dataDir",
                Files.createTempDirectory("journey-canvas-start").toString());
        giveUpLater();
        boolean bare = args.length > 0 && args[0].equals("bare");
        expectedTitle = bare ? BareWindow.TITLE : "Journey Canvas";
        Window.getWindows().addListener(new ListChangeListener<Window>() {
            @Override
            public void onChanged(Change<? extends Window> change) {
                Window.getWindows().removeListener(this);
                new FrameWatch().start();
            }
        });
        if (bare) {
            Application.launch(BareWindow.class);
        } else {
            Main.main(new String[0]);
        }
    }

    /** Watches each pulse: the first pulse whose layout leaves the map complete renders the frame that counts. */
    private static final class FrameWatch extends AnimationTimer {
        private Scene watched;
        private boolean completeAfterLayout;
        private final Runnable afterLayout = () -> completeAfterLayout = isComplete();

        @Override
        public void handle(long now) {
            fxThreadId = Thread.currentThread().getId();
            Scene scene = expectedScene();
            if (scene == null) {
                return;
            }
            if (watched != scene) {
                watched = scene;
                scene.addPostLayoutPulseListener(afterLayout);
            }
            completeAfterLayout = false;
            // Runs once this pulse has handed its frame to the renderer, before what the window posts meanwhile.
            Platform.runLater(() -> {
                if (completeAfterLayout) {
                    stop();
                    Toolkit.getToolkit().addRenderJob(new RenderJob(FirstFrame::report));
                }
            });
        }

        private boolean isComplete() {
            Node canvas = watched.lookup("#canvas");
            return !(canvas instanceof MapCanvas map) || map.isViewComplete();
        }
    }

    private static Scene expectedScene() {
        return Window.getWindows().stream()
                .filter(window -> window instanceof Stage stage
                        && stage.getTitle() != null
                        && stage.getTitle().endsWith(expectedTitle))
                .map(Window::getScene)
                .findFirst()
                .orElse(null);
    }

    private static void giveUpLater() {
        Thread giveUp = new Thread(() -> {
            try {
                Thread.sleep(GIVE_UP_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("no frame with the whole map in a window titled ..." + expectedTitle);
            System.exit(1);
        });
        giveUp.setDaemon(true);
        giveUp.start();
    }

    private static void report() {
        if (Boolean.getBoolean("firstFrame.cpu")) {
            // CPU time as well, for comparing changes on a busy machine where wall time varies.
            OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
            System.out.printf(
                    Locale.ROOT,
                    "cpu process %d ms, JavaFX thread %d ms%n",
                    os.getProcessCpuTime() / 1_000_000,
                    ManagementFactory.getThreadMXBean().getThreadCpuTime(fxThreadId) / 1_000_000);
        }
        System.out.println(MARK);
        System.out.flush();
        System.exit(0);
    }

    /** The simplest window, as big as the editor's. */
    public static final class BareWindow extends Application {
        static final String TITLE = "Bare window";

        @Override
        public void start(Stage stage) {
            stage.setTitle(TITLE);
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 1400, 880));
            stage.show();
        }
    }
}
