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

    @Test
    void inTheToBeViewDraggingAMomentsMarkMovesItsToBeScoreNotTheHiddenAsIsOne(FxRobot robot) {
        chooseCurves(robot, "To-Be");
        CardBox lost = geometry().card("e2").orElseThrow();
        EmotionScale scale = EmotionScale.of(lane(), geometry().style());
        robot.drag(robot.point(screen(lost.point().x(), lost.point().y())), MouseButton.PRIMARY)
                .dropTo(robot.point(screen(lost.point().x(), scale.y(2) - 4)));

        assertThat(card("e2").score())
                .as("the as-is score the view hides stays")
                .isEqualTo(-2);
        assertThat(card("e2").futureScore()).isEqualTo(2);
        assertThat(view.editor().getSelection().cardIds()).containsExactly("e2");
    }

    @Test
    void altDragMovesAToBePointSittingOnItsAsIsPointAndGivesAMomentItsFirstOne(FxRobot robot) {
        EditorWindow.openZoomedOut(robot, view, withFutureScore(FutureStateMaps.fourMoments(), "e1", -1));
        CardBox curious = geometry().card("e1").orElseThrow();
        assertThat(curious.futurePoint()).isEqualTo(curious.point());
        EmotionScale scale = EmotionScale.of(lane(), geometry().style());

        altDrag(robot, curious.point().x(), curious.point().y(), scale.y(2) - 4);
        assertThat(card("e1").futureScore()).isEqualTo(2);
        assertThat(card("e1").score()).as("the as-is score stays").isEqualTo(-1);
        assertThat(view.editor().undoTextProperty().get()).isEqualTo("Undo Change future emotion");

        CardBox waiting = geometry().card("e3").orElseThrow();
        assertThat(waiting.futurePoint()).isNull();
        altDrag(robot, waiting.point().x(), waiting.point().y(), scale.y(-1));
        assertThat(card("e3").futureScore()).isEqualTo(-1);
        assertThat(card("e3").score()).isEqualTo(0);
        assertThat(robot.lookup("#canvas").query().isFocused())
                .as("letting go of Alt does not send the keys to the menu bar")
                .isTrue();

        robot.drag(robot.point(screen(curious.point().x(), curious.point().y())), MouseButton.PRIMARY)
                .dropTo(robot.point(screen(curious.point().x(), scale.y(1))));
        assertThat(card("e1").score())
                .as("without Alt the as-is point is dragged")
                .isEqualTo(1);
        assertThat(card("e1").futureScore()).isEqualTo(2);
    }

    @Test
    void shiftOrCtrlClickOnAToBePointTogglesItInTheSelection(FxRobot robot) {
        CardBox curious = geometry().card("e1").orElseThrow();
        CardBox lost = geometry().card("e2").orElseThrow();
        robot.clickOn(robot.point(
                screen(curious.futurePoint().x(), curious.futurePoint().y())));
        robot.press(KeyCode.SHIFT)
                .clickOn(robot.point(
                        screen(lost.futurePoint().x(), lost.futurePoint().y())))
                .release(KeyCode.SHIFT);
        assertThat(view.editor().getSelection().cardIds()).containsExactlyInAnyOrder("e1", "e2");

        robot.press(KeyCode.SHORTCUT)
                .clickOn(robot.point(
                        screen(curious.futurePoint().x(), curious.futurePoint().y())))
                .release(KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.editor().getSelection().cardIds()).containsExactly("e2");
        assertThat(card("e1").futureScore()).isEqualTo(1);
    }

    @Test
    void spaceDragFromAToBePointPansAndLeavesTheScore(FxRobot robot) {
        CardBox lost = geometry().card("e2").orElseThrow();
        String undoBefore = view.editor().undoTextProperty().get();
        Point2D before = screen(lost.futurePoint().x(), lost.futurePoint().y());
        robot.clickOn(
                robot.point(screen(lost.bounds().maxX() + 30, lane().bounds().maxY() - 4)));
        robot.press(KeyCode.SPACE);
        robot.drag(robot.point(before), MouseButton.PRIMARY).dropTo(robot.point(before.add(-60, 60)));
        robot.release(KeyCode.SPACE);

        assertThat(card("e2").futureScore()).isEqualTo(1);
        assertThat(view.editor().undoTextProperty().get()).isEqualTo(undoBefore);
    }

    @Test
    void escMidDragPutsTheToBeScoreBackWithoutAnUndoStep(FxRobot robot) {
        CardBox lost = geometry().card("e2").orElseThrow();
        EmotionScale scale = EmotionScale.of(lane(), geometry().style());
        String undoBefore = view.editor().undoTextProperty().get();
        robot.drag(robot.point(screen(lost.futurePoint().x(), lost.futurePoint().y())), MouseButton.PRIMARY)
                .moveTo(robot.point(screen(lost.futurePoint().x(), scale.y(-2))));
        assertThat(geometry().card("e2").orElseThrow().futurePoint().y())
                .as("the drag is previewed")
                .isEqualTo(scale.y(-2));

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.release(MouseButton.PRIMARY);

        assertThat(card("e2").futureScore()).isEqualTo(1);
        assertThat(geometry().card("e2").orElseThrow().futurePoint().y()).isEqualTo(scale.y(1));
        assertThat(view.editor().undoTextProperty().get()).isEqualTo(undoBefore);
        assertThat(view.editor().getSelection().cardIds())
                .as("Esc cancels the drag, it does not also clear the selection")
                .containsExactly("e2");
    }

    private void altDrag(FxRobot robot, double x, double fromY, double toY) {
        robot.press(KeyCode.ALT);
        robot.drag(robot.point(screen(x, fromY)), MouseButton.PRIMARY).dropTo(robot.point(screen(x, toY)));
        robot.release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static JourneyMap withFutureScore(JourneyMap map, String cardId, Integer futureScore) {
        return map.withLanesMapped(lane ->
                lane.withCardsMapped(card -> card.id().equals(cardId) ? card.withFutureScore(futureScore) : card));
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
