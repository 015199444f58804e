package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
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
        assertThat(menuBar.getMenus()).extracting(Menu::getText)
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
        for (String item : new String[] {"stage", "touchpoint", "emotion", "opportunity", "pain-point", "action",
            "thought", "metric", "note"}) {
            assertThat(robot.lookup("#palette-" + item).tryQuery()).as(item).isPresent();
        }
    }

    @Test
    void theWindowShowsTheAppIconAtEverySize(FxRobot robot) {
        Stage stage = (Stage) robot.window(0);
        assertThat(stage.getIcons()).extracting(Image::getWidth)
                .containsExactly(16.0, 24.0, 32.0, 48.0, 64.0, 128.0, 256.0);
        assertThat(stage.getIcons()).noneMatch(Image::isError);
    }

    /** A running animation, even a slow timer, would keep JavaFX pulsing sixty times a second. */
    @Test
    void aWindowLeftAloneDoesNoWork(FxRobot robot) throws InterruptedException {
        Scene scene = robot.window(0).getScene();
        AtomicInteger pulses = new AtomicInteger();
        Runnable countPulse = pulses::incrementAndGet;
        robot.interact(() -> scene.addPostLayoutPulseListener(countPulse));
        Thread.sleep(300);
        pulses.set(0);
        Thread.sleep(1000);
        robot.interact(() -> scene.removePostLayoutPulseListener(countPulse));

        assertThat(pulses.get()).isLessThanOrEqualTo(2);
    }
}
