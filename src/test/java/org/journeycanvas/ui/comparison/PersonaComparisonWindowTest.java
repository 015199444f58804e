package org.journeycanvas.ui.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.EmotionScale;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.PersonaComparison;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.ComparedPersonas;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.journeycanvas.ui.EditorWindow;
import org.journeycanvas.ui.FakeDialogs;
import org.journeycanvas.ui.MainView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View → Compare Personas, opened, toggled and followed with real gestures. */
@ExtendWith({InEnglish.class, ApplicationExtension.class})
class PersonaComparisonWindowTest {
    @TempDir
    Path folder;

    private final FakeDialogs dialogs = new FakeDialogs();
    private MainView view;
    private Stage mainStage;

    @Start
    void start(Stage stage) {
        mainStage = stage;
        view = EditorWindow.show(stage, dialogs, folder.resolve("data"), 1200, 680);
        stage.setX(0);
        stage.setY(0);
    }

    @Test
    void theViewMenuOpensEveryPersonasCurveAndTheToggleSwitchesToTheToBeCurves(FxRobot robot) {
        PersonaComparisonWindow window = open(robot, ComparedPersonas.map());

        assertThat(names(window)).containsExactly("Ada", "Ben", "Cy");
        assertThat(window.comparison().curve()).isEqualTo(PersonaComparison.Curve.AS_IS);
        assertThat(window.comparison().largestGap().stageId()).isEqualTo("s3");
        assertThat(robot.lookup("#comparisonHint").queryAs(Label.class).isVisible())
                .isFalse();

        robot.clickOn("#comparisonToBe");
        assertThat(window.comparison().curve()).isEqualTo(PersonaComparison.Curve.TO_BE);
        assertThat(names(window)).as("only Ada has to-be scores").containsExactly("Ada");
        assertThat(scores(window, "p-ada")).containsExactly(1.0, 2.0, 0.0);

        robot.clickOn("#comparisonAsIs");
        assertThat(names(window)).containsExactly("Ada", "Ben", "Cy");

        robot.clickOn("#comparisonAsIs");
        assertThat(robot.lookup("#comparisonAsIs").queryAs(ToggleButton.class).isSelected())
                .as("choosing the chosen curve again keeps it")
                .isTrue();
    }

    @Test
    void theWindowFollowsAnEditOnTheCanvasAndItsUndo(FxRobot robot) {
        PersonaComparisonWindow window = open(robot, ComparedPersonas.map());
        assertThat(scores(window, "p-ben")).containsExactly(1.0, -1.0, 2.0);

        MapGeometry geometry = view.canvas().geometry();
        CardBox curious = geometry.card("b2").orElseThrow();
        EmotionScale scale = EmotionScale.of(geometry.lane("p-ben-emo").orElseThrow(), geometry.style());
        robot.drag(robot.point(screen(curious.point().x(), curious.point().y())), MouseButton.PRIMARY)
                .dropTo(robot.point(screen(curious.point().x(), scale.y(2) - 4)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scores(window, "p-ben")).as("dragged to +2 on the canvas").containsExactly(1.0, 2.0, 2.0);

        robot.clickOn("Edit").clickOn("Undo Change emotion score");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scores(window, "p-ben")).containsExactly(1.0, -1.0, 2.0);
    }

    @Test
    void withoutToBeScoresTheToBeChoiceIsOffWithAHint(FxRobot robot) {
        open(robot, ComparedPersonas.withoutToBe());

        assertThat(robot.lookup("#comparisonToBe").queryAs(ToggleButton.class).isDisabled())
                .isTrue();
        Label hint = robot.lookup("#comparisonHint").queryAs(Label.class);
        assertThat(hint.isVisible()).isTrue();
        assertThat(hint.getText()).contains("No persona has to-be scores yet");
    }

    @Test
    void withOnePersonaTheWindowSaysSoInsteadOfDrawingAChart(FxRobot robot) {
        PersonaComparisonWindow window = open(robot, SampleMaps.threeStages());

        assertThat(window.comparison()).isNull();
        assertThat(robot.lookup("#comparisonMessage").queryAs(Label.class).getText())
                .isEqualTo("Comparing needs at least two personas; this map has 1. Add a persona with Insert → "
                        + "Persona.");
        assertThat(robot.lookup("#comparisonCanvas").tryQuery().filter(Node::isVisible))
                .isEmpty();
        assertThat(robot.lookup("#comparisonExportPng").queryButton().isDisabled())
                .isTrue();
    }

    @Test
    void exportPngWritesTheComparisonShownAndEscapeCloses(FxRobot robot) throws Exception {
        open(robot, ComparedPersonas.map());
        Path target = folder.resolve("buying-group.png");
        dialogs.exportTargetAnswer = target;

        robot.clickOn("#comparisonExportPng");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(target) && Files.size(target) > 1000);
        assertThat(Files.readAllBytes(target)).startsWith(0x89, 'P', 'N', 'G');
        assertThat(dialogs.errors).isEmpty();

        robot.clickOn("#comparisonAsIs");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#comparisonWindow").tryQuery()).isEmpty();
    }

    @Test
    void aPngThatCannotBeWrittenIsOneClearMessage(FxRobot robot) throws Exception {
        open(robot, ComparedPersonas.map());
        dialogs.exportTargetAnswer = folder.resolve("no such folder").resolve("group.png");

        robot.clickOn("#comparisonExportPng");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).startsWith("The persona comparison could not be saved: ");
        assertThat(folder.resolve("no such folder")).doesNotExist();
    }

    private PersonaComparisonWindow open(FxRobot robot, JourneyMap map) {
        EditorWindow.openZoomedOut(robot, view, map);
        robot.clickOn("View").clickOn("Compare Personas");
        WaitForAsyncUtils.waitForFxEvents();
        Node root = robot.lookup("#comparisonWindow").query();
        Window window = root.getScene().getWindow();
        // Under the main window, not over it, so gestures on the canvas reach the canvas; inside the screen.
        robot.interact(() -> {
            window.setX(0);
            window.setY(mainStage.getHeight() + 10);
            window.setHeight(Math.min(window.getHeight(), 1200 - window.getY() - 10));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return (PersonaComparisonWindow) root.getUserData();
    }

    private Point2D screen(double mapX, double mapY) {
        return view.canvas().toScreen(mapX, mapY);
    }

    private static List<String> names(PersonaComparisonWindow window) {
        return window.comparison().series().stream()
                .map(PersonaComparison.Series::name)
                .toList();
    }

    private static List<Double> scores(PersonaComparisonWindow window, String personaId) {
        return window.comparison().seriesOf(personaId).orElseThrow().points().stream()
                .map(PersonaComparison.SeriesPoint::score)
                .toList();
    }
}
