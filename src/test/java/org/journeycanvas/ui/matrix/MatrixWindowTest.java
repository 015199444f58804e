package org.journeycanvas.ui.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.journeycanvas.export.ExportFormat;
import org.journeycanvas.layout.MatrixColouring;
import org.journeycanvas.layout.MatrixDot;
import org.journeycanvas.layout.MatrixKey;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.model.Opportunity;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.OpportunityMaps;
import org.journeycanvas.ui.EditorWindow;
import org.journeycanvas.ui.FakeDialogs;
import org.journeycanvas.ui.MainView;
import org.journeycanvas.ui.Selection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View → Opportunity Matrix driven with real gestures: open it, drag a dot, click one, undo, export. */
@ExtendWith({InEnglish.class, ApplicationExtension.class})
class MatrixWindowTest {
    @TempDir
    Path folder;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final JourneyMap original = OpportunityMaps.ranked();
    private MainView view;

    @Start
    void start(Stage stage) {
        view = EditorWindow.show(stage, dialogs, folder.resolve("data"), 1200, 800);
    }

    @BeforeEach
    void openTheMatrix(FxRobot robot) throws Exception {
        EditorWindow.openZoomedOut(robot, view, original);
        robot.clickOn("View").clickOn("Opportunity Matrix");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#matrix-canvas").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void draggingADotToAnotherCellChangesItsImpactAndEffortAsOneUndoStep(FxRobot robot) {
        MatrixCanvas canvas = canvas(robot);
        Rect target = canvas.matrix().cell(2, 4);

        robot.drag(dot(canvas, "o1"), MouseButton.PRIMARY).dropTo(screen(canvas, target.centerX(), target.centerY()));

        Opportunity moved = opportunity("o1");
        assertThat(moved.impact()).isEqualTo(2);
        assertThat(moved.effort()).isEqualTo(4);
        assertThat(moved.owner()).isEqualTo("Growth");
        assertThat(moved.addresses()).containsExactly("pp1");
        assertThat(view.editor().undoTextProperty().get()).isNotBlank();
        // the window follows the map: the dot is in its new cell
        MatrixDot redrawn = canvas.matrix().dot("o1").orElseThrow();
        assertThat(target.contains(redrawn.center().x(), redrawn.center().y())).isTrue();

        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);

        assertThat(view.editor().getMap()).isEqualTo(original);
        assertThat(canvas.matrix().dot("o1").orElseThrow().impact()).isEqualTo(4);

        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.SHORTCUT);
        assertThat(opportunity("o1").effort()).isEqualTo(4);
    }

    @Test
    void ctrlZInTheMainWindowUndoesTheDragToo(FxRobot robot) {
        MatrixCanvas canvas = canvas(robot);
        Rect target = canvas.matrix().cell(5, 5);

        robot.drag(dot(canvas, "o4"), MouseButton.PRIMARY).dropTo(screen(canvas, target.centerX(), target.centerY()));
        assertThat(opportunity("o4").impact()).isEqualTo(5);

        // the matrix window moved aside, so that the click lands on the main window's map
        robot.interact(() -> ((Stage) matrixWindows(robot).get(0)).setX(1300));
        robot.clickOn("#canvas").push(KeyCode.SHORTCUT, KeyCode.Z);

        assertThat(view.editor().getMap()).isEqualTo(original);
    }

    @Test
    void droppingADotBackInItsOwnCellChangesNothing(FxRobot robot) {
        MatrixCanvas canvas = canvas(robot);
        Rect own = canvas.matrix().cell(5, 1);

        robot.drag(dot(canvas, "o3"), MouseButton.PRIMARY).dropTo(screen(canvas, own.maxX() - 6, own.maxY() - 6));

        assertThat(view.editor().getMap()).isEqualTo(original);
        assertThat(view.editor().canUndoProperty().get()).isFalse();
    }

    @Test
    void clickingADotSelectsItsCardAndScrollsTheMapToIt(FxRobot robot) {
        MatrixCanvas canvas = canvas(robot);
        Rect box = view.canvas().geometry().card("o5").orElseThrow().bounds();
        robot.interact(() -> {
            view.canvas().zoomTo(2, 0, 0);
            view.canvas().scrollBy(5000, 5000);
        });
        assertThat(visibleOnTheMap(box)).isFalse();

        robot.clickOn(dot(canvas, "o5"));

        assertThat(view.editor().getSelection()).isInstanceOf(Selection.Cards.class);
        assertThat(view.editor().getSelection().cardIds()).containsExactly("o5");
        assertThat(view.editor().getMap()).isEqualTo(original);
        assertThat(visibleOnTheMap(box)).isTrue();
    }

    private boolean visibleOnTheMap(Rect box) {
        Point2D topLeft = view.canvas().toLocal(box.x(), box.y());
        Point2D bottomRight = view.canvas().toLocal(box.maxX(), box.maxY());
        return topLeft.getX() >= 0
                && topLeft.getY() >= 0
                && bottomRight.getX() <= view.canvas().viewportWidth()
                && bottomRight.getY() <= view.canvas().viewportHeight();
    }

    @Test
    void theColourToggleSwitchesTheLegendToTheStages(FxRobot robot) {
        MatrixCanvas canvas = canvas(robot);
        assertThat(canvas.matrix().legend()).extracting(MatrixKey::name).containsExactly("Dana", "Sam");

        robot.clickOn("#matrix-colour-STAGE");

        assertThat(canvas.colouring()).isEqualTo(MatrixColouring.STAGE);
        assertThat(canvas.matrix().legend()).extracting(MatrixKey::name).containsExactly("Research", "Buy");
    }

    @Test
    void aDotWithoutTextHasNoTooltipAndADotWithTextHasItsText(FxRobot robot) throws Exception {
        JourneyMap blank = original.withLanesMapped(
                lane -> lane.withCardsMapped(card -> card.id().equals("o5") ? card.withText(" ") : card));
        robot.interact(() -> view.editor().open(blank, null));
        MatrixCanvas canvas = canvas(robot);

        robot.moveTo(dot(canvas, "o5"));
        // longer than the tooltip's delay of a second
        Thread.sleep(1800);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tooltips(robot)).isEmpty();

        robot.moveTo(dot(canvas, "o3"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !tooltips(robot).isEmpty());
        assertThat(tooltips(robot)).extracting(Tooltip::getText).containsExactly("Free trial");
    }

    private static List<Tooltip> tooltips(FxRobot robot) {
        return robot.listWindows().stream()
                .filter(window -> window.isShowing() && window instanceof Tooltip)
                .map(Tooltip.class::cast)
                .toList();
    }

    @Test
    void theViewMenuOpensOneWindowAndEscapeClosesIt(FxRobot robot) {
        robot.clickOn("View").clickOn("Opportunity Matrix");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(matrixWindows(robot)).hasSize(1);
        assertThat(((Stage) matrixWindows(robot).get(0)).getTitle()).isEqualTo("Fleet software — Opportunity matrix");

        robot.clickOn("#matrix-canvas").press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(matrixWindows(robot)).isEmpty();
    }

    @Test
    void exportPngWritesThePictureInTheBackground(FxRobot robot) throws Exception {
        Path target = folder.resolve("matrix.png");
        dialogs.exportTargetAnswer = target;

        robot.clickOn("#matrix-export-png");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(target) && Files.size(target) > 0);
        WaitForAsyncUtils.waitForFxEvents();

        BufferedImage image = ImageIO.read(target.toFile());
        assertThat(image.getWidth()).isGreaterThan(1000);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void anExportThatCannotBeWrittenSaysSoOnce(FxRobot robot) throws Exception {
        Path target = folder.resolve("no such folder").resolve("matrix.pdf");
        dialogs.exportTargetAnswer = target;

        robot.clickOn("#matrix-export-pdf");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());

        // the file chosen and why, not the temporary file the atomic write was making
        assertThat(dialogs.errors)
                .containsExactly("The opportunity matrix could not be exported: " + target
                        + ": cannot write here: the folder does not exist");
    }

    @Test
    void anExportThatRunsOutOfMemorySaysSo(FxRobot robot) throws Exception {
        dialogs.exportTargetAnswer = folder.resolve("matrix.png");
        MatrixExports exports = new MatrixExports(view.editor(), dialogs, Runnable::run, status -> {});

        robot.interact(() -> exports.export(ExportFormat.PNG, target -> {
            throw new OutOfMemoryError("Java heap space");
        }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());

        assertThat(dialogs.errors)
                .singleElement()
                .satisfies(error -> assertThat(error).contains("needs more memory than the app has"));
    }

    private static MatrixCanvas canvas(FxRobot robot) {
        return robot.lookup("#matrix-canvas").queryAs(MatrixCanvas.class);
    }

    private static Point2D dot(MatrixCanvas canvas, String cardId) {
        MatrixDot dot = canvas.matrix().dot(cardId).orElseThrow();
        return screen(canvas, dot.center().x(), dot.center().y());
    }

    private static Point2D screen(MatrixCanvas canvas, double x, double y) {
        return canvas.localToScreen(x, y);
    }

    private static List<Window> matrixWindows(FxRobot robot) {
        return robot.listWindows().stream()
                .filter(window -> window.isShowing()
                        && window instanceof Stage stage
                        && stage.getTitle() != null
                        && stage.getTitle().endsWith("Opportunity matrix"))
                .toList();
    }

    private Opportunity opportunity(String cardId) {
        Card card = new MapIndex(view.editor().getMap()).card(cardId);
        return card.opportunity();
    }
}
