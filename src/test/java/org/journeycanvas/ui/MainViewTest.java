package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainViewTest {
    @TempDir
    Path settingsFolder;

    @Start
    void start(Stage stage) {
        AppTheme.LIGHT.apply();
        MainView view = MainView.load(stage, new FakeDialogs(), settingsFolder);
        Scene scene = new Scene(view.root(), 1100, 700);
        view.attachTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void windowHasMenusToolBarPaletteCanvasInspectorAndStatusBar(FxRobot robot) {
        MenuBar menuBar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        assertThat(menuBar.getMenus())
                .extracting(Menu::getText)
                .containsExactly("_File", "_Edit", "_View", "_Insert", "_Help");
        for (String id : new String[] {"#toolBar", "#palette", "#canvas", "#inspector", "#statusBar"}) {
            assertThat(robot.lookup(id).tryQuery()).as(id).isPresent();
        }
    }

    @Test
    void aNewWindowShowsABlankMapWithThePaletteItems(FxRobot robot) {
        assertThat(robot.lookup("#cardCountLabel").queryLabeled().getText()).isEqualTo("0 cards");
        assertThat(robot.lookup("#fileStateLabel").queryLabeled().getText()).isEqualTo("All changes saved");
        assertThat(((Stage) robot.window(0)).getTitle()).isEqualTo("Untitled — Journey Canvas");
        for (String item : new String[] {
            "stage", "touchpoint", "emotion", "opportunity", "pain-point", "action", "thought", "metric", "note"
        }) {
            assertThat(robot.lookup("#palette-" + item).tryQuery()).as(item).isPresent();
        }
    }

    @Test
    void theWindowShowsTheAppIconAtEverySize(FxRobot robot) {
        Stage stage = (Stage) robot.window(0);
        assertThat(stage.getIcons())
                .extracting(Image::getWidth)
                .containsExactly(16.0, 24.0, 32.0, 48.0, 64.0, 128.0, 256.0);
        assertThat(stage.getIcons()).noneMatch(Image::isError);
    }

    /**
     * A running animation, even a slow timer, would keep JavaFX pulsing sixty times a second, so the window would
     * never have a quiet second.
     */
    @Test
    void aWindowLeftAloneDoesNoWork(FxRobot robot) throws TimeoutException {
        Scene scene = robot.window(0).getScene();
        AtomicLong lastPulse = new AtomicLong(System.nanoTime());
        Runnable notePulse = () -> lastPulse.set(System.nanoTime());
        robot.interact(() -> scene.addPostLayoutPulseListener(notePulse));
        try {
            WaitForAsyncUtils.waitFor(
                    10, TimeUnit.SECONDS, () -> System.nanoTime() - lastPulse.get() > TimeUnit.SECONDS.toNanos(1));
        } finally {
            robot.interact(() -> scene.removePostLayoutPulseListener(notePulse));
        }
    }
}
