package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.CurveView;
import org.journeycanvas.layout.EmotionScale;
import org.journeycanvas.layout.LaneRow;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.FutureStateMaps;
import org.journeycanvas.ui.inspector.CardSectionModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The to-be curve in the window, with real gestures: dragging its points, the View items, the inspector. */
@ExtendWith(ApplicationExtension.class)
class FutureStateUiTest {
    @TempDir
    Path settingsFolder;

    private final FakeDialogs dialogs = new FakeDialogs();
    private MainView view;

    @Start
    void start(Stage stage) {
        view = EditorWindow.show(stage, dialogs, settingsFolder, 1200, 760);
    }

    @BeforeEach
    void openMap(FxRobot robot) {
        EditorWindow.openZoomedOut(robot, view, FutureStateMaps.fourMoments());
    }

    @Test
    void draggingAToBePointChangesItsFutureScoreInOneUndoableStep(FxRobot robot) {
        CardBox lost = geometry().card("e2").orElseThrow();
        EmotionScale scale = EmotionScale.of(lane(), geometry().style());
        robot.drag(robot.point(screen(lost.futurePoint().x(), lost.futurePoint().y())), MouseButton.PRIMARY)
                .dropTo(robot.point(screen(lost.futurePoint().x(), scale.y(2) - 4)));

        assertThat(card("e2").futureScore()).isEqualTo(2);
        assertThat(card("e2").score()).as("the as-is score stays").isEqualTo(-2);
        assertThat(view.editor().undoTextProperty().get()).isEqualTo("Undo Change future emotion");
        assertThat(geometry().card("e2").orElseThrow().futurePoint().y()).isEqualTo(scale.y(2));

        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        assertThat(card("e2").futureScore()).isEqualTo(1);
    }

    @Test
    void draggingAnAsIsPointStillChangesTheAsIsScore(FxRobot robot) {
        CardBox lost = geometry().card("e2").orElseThrow();
        EmotionScale scale = EmotionScale.of(lane(), geometry().style());
        robot.drag(robot.point(screen(lost.point().x(), lost.point().y())), MouseButton.PRIMARY)
                .dropTo(robot.point(screen(lost.point().x(), scale.y(-1))));

        assertThat(card("e2").score()).isEqualTo(-1);
        assertThat(card("e2").futureScore()).isEqualTo(1);
    }

    @Test
    void theViewItemsChooseWhichCurvesTheCanvasShows(FxRobot robot) {
        assertThat(item(robot, "curvesBothItem").isSelected()).isTrue();

        chooseCurves(robot, "To-Be");
        assertThat(view.canvas().viewOptions().curves()).isEqualTo(CurveView.TO_BE);
        assertThat(lane().curves()).isEqualTo(CurveView.TO_BE);
        assertThat(item(robot, "curvesToBeItem").isSelected()).isTrue();

        chooseCurves(robot, "As-Is");
        assertThat(lane().curves()).isEqualTo(CurveView.AS_IS);
        assertThat(lane().futureCurve()).isEmpty();
        assertThat(geometry().card("e2").orElseThrow().futurePoint())
                .as("a hidden to-be point cannot be dragged")
                .isNull();

        chooseCurves(robot, "Both");
        assertThat(lane().curves()).isEqualTo(CurveView.BOTH);
        assertThat(lane().futureCurve()).hasSize(3);
        assertThat(item(robot, "curvesAsIsItem").isSelected()).isFalse();
    }

    @Test
    void theInspectorSetsAToBeScoreWhereAMomentHasNoneAndTakesItAwayAgain(FxRobot robot) {
        CardBox waiting = geometry().card("e3").orElseThrow();
        robot.clickOn(robot.point(screen(waiting.point().x(), waiting.point().y())));
        robot.clickOn("#cardFutureScore").clickOn(CardSectionModel.describeScore(2));

        assertThat(card("e3").futureScore()).isEqualTo(2);
        assertThat(view.editor().undoTextProperty().get()).isEqualTo("Undo Change future emotion");
        assertThat(geometry().card("e3").orElseThrow().futurePoint())
                .as("now on the to-be curve")
                .isNotNull();

        robot.clickOn("#cardFutureScore").clickOn("Not set");
        assertThat(card("e3").futureScore()).isNull();
        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        assertThat(card("e3").futureScore()).isEqualTo(2);
        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        assertThat(card("e3").futureScore()).isNull();
        assertThat(robot.lookup("#cardFutureScore").queryComboBox().getValue())
                .as("the choice follows the undo")
                .isEqualTo(Integer.MIN_VALUE);
    }

    private void chooseCurves(FxRobot robot, String itemText) {
        clickOnShown(robot, "View");
        robot.moveTo(shown(robot, "Emotion Curves"));
        // across into the submenu first: passing over the View menu's other items would close it
        javafx.scene.Node target = shown(robot, itemText);
        javafx.geometry.Bounds bounds = target.localToScreen(target.getBoundsInLocal());
        robot.moveTo(new Point2D(
                bounds.getCenterX(),
                robot.point(shown(robot, "Emotion Curves")).query().getY()));
        robot.clickOn(target);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the menu or menu item on screen with this label (its mnemonic's underscore left out). */
    private static void clickOnShown(FxRobot robot, String text) {
        robot.clickOn(shown(robot, text));
    }

    private static javafx.scene.Node shown(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup((javafx.scene.Node node) -> node instanceof javafx.scene.control.Labeled
                        && text.equals(
                                ((javafx.scene.control.Labeled) node).getText().replace("_", ""))
                        && node.getScene() != null
                        && node.getScene().getWindow() != null
                        && node.getScene().getWindow().isShowing()
                        && node.isVisible())
                .query();
    }

    private RadioMenuItem item(FxRobot robot, String id) {
        return robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(candidate -> "curveMenu".equals(candidate.getId()))
                .flatMap(menu -> ((javafx.scene.control.Menu) menu).getItems().stream())
                .filter(candidate -> id.equals(candidate.getId()))
                .map(RadioMenuItem.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private LaneRow lane() {
        return geometry().lane("l-emo").orElseThrow();
    }

    private Point2D screen(double mapX, double mapY) {
        return view.canvas().toScreen(mapX, mapY);
    }

    private MapGeometry geometry() {
        WaitForAsyncUtils.waitForFxEvents();
        return view.canvas().geometry();
    }

    private Card card(String cardId) {
        WaitForAsyncUtils.waitForFxEvents();
        JourneyMap map = view.editor().getMap();
        return map.findCard(cardId).orElseThrow().card();
    }
}
