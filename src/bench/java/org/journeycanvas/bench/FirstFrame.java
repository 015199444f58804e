package org.journeycanvas.bench;

import java.nio.file.Files;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.journeycanvas.app.Main;

/**
 * Starts the editor ({@code app}) or a bare JavaFX window of the same size ({@code bare}) headless, prints
 * {@code first-frame} once the first window's first frame is rendered, and stops at once. A frame is rendered
 * when the pulse after the one that drew it has begun handing its own frame over (each pulse waits for the
 * previous rendering), so the line is printed at the third pulse after the window appears.
 */
public final class FirstFrame {
    static final String MARK = "first-frame";

    /** How the window being timed is known: what its title ends with. */
    private static String expectedTitle;

    private FirstFrame() {}

    public static void main(String[] args) throws Exception {
        Headless.setUp();
        System.setProperty("javafx.animation.pulse", "1000");
        System.setProperty(
                "journeycanvas.dataDir",
                Files.createTempDirectory("journey-canvas-start").toString());
        Window.getWindows().addListener((ListChangeListener<Window>) change -> reportFirstFrame());
        boolean bare = args.length > 0 && args[0].equals("bare");
        expectedTitle = bare ? BareWindow.TITLE : "Journey Canvas";
        if (bare) {
            Application.launch(BareWindow.class);
        } else {
            Main.main(new String[0]);
        }
    }

    private static void reportFirstFrame() {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 3) {
                    if (!isShowing(expectedTitle)) {
                        System.out.println("no window titled ..." + expectedTitle + " (did it fail to start?)");
                        System.exit(1);
                    }
                    System.out.println(MARK);
                    System.out.flush();
                    System.exit(0);
                }
            }
        }.start();
    }

    private static boolean isShowing(String titleEnd) {
        return Window.getWindows().stream()
                .anyMatch(window -> window instanceof Stage stage
                        && stage.getTitle() != null
                        && stage.getTitle().endsWith(titleEnd));
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
