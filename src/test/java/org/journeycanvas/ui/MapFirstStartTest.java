package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.journeycanvas.ui.canvas.MapCanvas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's own start: the window shows its map in the first frame, and the menus, tool bar, palette and
 * inspector join right after it, working as in a window built at once.
 */
@ExtendWith(ApplicationExtension.class)
class MapFirstStartTest {
    @TempDir
    Path dataFolder;

    private Stage stage;

    @Start
    void start(Stage given) {
        stage = given;
    }

    @Test
    void theFirstFrameHasTheMapAndTheRestFollowsWorking(FxRobot robot) throws TimeoutException {
        MainView[] view = new MainView[1];
        boolean[] menusAtFirst = new boolean[1];
        robot.interact(() -> {
            AppTheme.LIGHT.apply();
            view[0] = MainView.loadMapFirst(stage, new FakeDialogs(), dataFolder);
            Scene scene = new Scene(view[0].root(), 1100, 700);
            view[0].attachTo(scene);
            stage.setScene(scene);

            stage.show();
            menusAtFirst[0] = scene.lookup("#menuBar") != null;
        });
        assertThat(menusAtFirst[0]).as("menus before the first frame").isFalse();

        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> robot.lookup("#inspector").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#canvas").queryAs(MapCanvas.class).isViewComplete())
                .isTrue();
        assertThat(robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus()).hasSize(5);
        for (String id : new String[] {"#toolBar", "#palette", "#palette-stage", "#mapSection", "#statusBar"}) {
            assertThat(robot.lookup(id).tryQuery()).as(id).isPresent();
        }
        assertThat(stage.getScene().getFocusOwner())
                .as("as in a window built at once")
                .isSameAs(robot.lookup("#newButton").query());

        // A menu's shortcut works (View → Zoom in).
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view[0].canvas().getZoom()).isEqualTo(1.25);
    }
}
