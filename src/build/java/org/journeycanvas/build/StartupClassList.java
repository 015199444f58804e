package org.journeycanvas.build;

import javafx.animation.AnimationTimer;
import javafx.collections.ListChangeListener;
import javafx.stage.Window;
import org.journeycanvas.app.Main;
import org.journeycanvas.io.UserDataFolder;

/**
 * Starts the editor headless and stops once it has drawn its first frames: run by the build with
 * {@code -XX:DumpLoadedClassList} to list the classes a start loads. The packaged app's class-data archive is made
 * from that list, so an installed copy maps those classes ready-parsed instead of loading them one by one.
 *
 * <p>A build program in its own source folder, neither in the app nor among the tests: the build compiles and runs
 * it in the package phase with Monocle (the headless JavaFX platform) added to the app's classpath, so a build that
 * skips the tests still ships the archive. The one argument is the data folder to use instead of the user's.
 */
public final class StartupClassList {
    /** Pulses to wait after the window shows: enough for the first frame to be laid out, styled and drawn. */
    private static final int PULSES = 5;

    private StartupClassList() {}

    public static void main(String[] args) {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        // Larger than the editor's window: Monocle's default screen (1280x800) clips it, and a clipped frame leaves
        // the pixel buffer it is drawn from short, so JavaFX's next upload overflows it (UploadingPainter).
        System.setProperty("headless.geometry", "1920x1200-32");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        System.setProperty(UserDataFolder.OVERRIDE_PROPERTY, args[0]);
        Window.getWindows().addListener(new ListChangeListener<Window>() {
            @Override
            public void onChanged(Change<? extends Window> change) {
                Window.getWindows().removeListener(this);
                stopAfterFirstFrames();
            }
        });
        Main.main(new String[0]);
    }

    /** Counts pulses from the first window's appearance, then exits (the class list is written at exit). */
    private static void stopAfterFirstFrames() {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == PULSES) {
                    System.exit(0);
                }
            }
        }.start();
    }
}
