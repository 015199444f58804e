package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window that goes, however it goes, stops its background threads and lets go of its stage: a thread left
 * running, or a listener left on a stage that outlives the window, keeps the whole window and its map alive.
 */
@ExtendWith(ApplicationExtension.class)
class WindowGoneTest {
    @TempDir
    Path settingsFolder;

    private Stage stage;
    private long watchesBefore;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        watchesBefore = diskWatches();
        MainView view = MainView.load(stage, new FakeDialogs(), settingsFolder);
        Scene scene = new Scene(view.root(), 900, 600);
        view.attachTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void hidingTheWindowStopsItsFileWatchAndRemovesItsListenersFromTheStage(FxRobot robot) throws Exception {
        assertThat(diskWatches()).isEqualTo(watchesBefore + 1);

        robot.interact(stage::hide);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> diskWatches() == watchesBefore);

        assertThat(diskWatches()).isEqualTo(watchesBefore);
    }

    private static long diskWatches() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().equals("disk-watch"))
                .count();
    }
}
