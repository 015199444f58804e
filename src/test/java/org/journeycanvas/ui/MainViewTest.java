package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
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
    private MainView view;

    @Start
    void start(Stage stage) {
        AppTheme.LIGHT.apply();
        view = MainView.load(stage);
        stage.setScene(new Scene(view.root(), 1000, 700));
        stage.show();
    }

    @Test
    void windowHasTheMenusCanvasAndStatusBar(FxRobot robot) {
        MenuBar menuBar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        assertThat(menuBar.getMenus()).extracting(Menu::getText)
                .containsExactly("_File", "_Edit", "_View", "_Insert", "_Help");
        assertThat(robot.lookup("#canvas").tryQuery()).isPresent();
        assertThat(robot.lookup("#statusBar").tryQuery()).isPresent();
    }

    @Test
    void openingAMapShowsItsTitleAndCounts(FxRobot robot, @TempDir Path folder) throws Exception {
        Path file = folder.resolve("fleet.journey");
        try (var in = getClass().getResourceAsStream("/fixtures/v1/design-example.journey")) {
            Files.write(file, in.readAllBytes());
        }
        robot.interact(() -> view.open(file));
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#statusLabel").queryAs(Label.class).getText().contains("cards"));
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                .isEqualTo("1 stages · 1 personas · 2 cards");
        assertThat(robot.lookup("#placeholder").queryAs(Label.class).getText())
                .isEqualTo("Fleet software: B2B buyer journey");
    }
}
