package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.journeycanvas.io.MapFileWriter;
import org.journeycanvas.layout.CellBox;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.PhotoUri;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Storyboard pictures by real gestures: an image pasted with Ctrl+V, an image file dragged and dropped on a cell or
 * a card, a file chosen in the inspector; each one undo step, undone and redone.
 */
@ExtendWith({ApplicationExtension.class, InEnglish.class})
class StoryboardPicturesUiTest {
    @TempDir
    Path dataFolder;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final JourneyMap original = SampleMaps.withStoryboard();
    private MainView view;
    private Label sourceNode;
    private List<Path> dragged = List.of();

    @Start
    void start(Stage stage) {
        view = EditorWindow.show(stage, dialogs, dataFolder, 1200, 900);
        // A node that drags files, as a file manager would. Monocle keeps a drag in the window where the press
        // began (a second test stage's drag never reaches the editor), so the node sits in the editor's status bar.
        sourceNode = new Label("files");
        sourceNode.setId("fileSource");
        sourceNode.setMinSize(80, 30);
        sourceNode.setOnDragDetected(event -> {
            Dragboard dragboard = sourceNode.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.putFiles(dragged.stream().map(Path::toFile).toList());
            dragboard.setContent(content);
            event.consume();
        });
        ((HBox) stage.getScene().lookup("#statusBar")).getChildren().add(sourceNode);
    }

    @BeforeEach
    void openSample(FxRobot robot) {
        EditorWindow.openZoomedOut(robot, view, original);
    }

    @AfterEach
    void clearClipboard(FxRobot robot) {
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
    }

    @Test
    void ctrlVOfAnImageInAStoryboardCellAddsAPictureCardAsOneUndoStep(FxRobot robot) throws Exception {
        putImageOnClipboard(robot, 320, 240);
        click(robot, cell("l-story", "s3").bounds());
        robot.press(KeyCode.SHORTCUT, KeyCode.V).release(KeyCode.V, KeyCode.SHORTCUT);

        waitUntil(() -> storyboardAt("s3").size() == 1);
        Card pasted = storyboardAt("s3").get(0);
        assertThat(pasted.picture()).startsWith("data:image/png;base64,");
        assertThat(pasted.text()).isEqualTo("New picture");
        assertThat(view.editor().undoTextProperty().get()).isEqualTo("Undo Add picture");
        assertThat(status(robot)).isEqualTo("Picture added to the storyboard at \"Decision\"");

        undo(robot);
        assertThat(map()).isEqualTo(original);
        redo(robot);
        assertThat(storyboardAt("s3")).containsExactly(pasted);
    }

    @Test
    void ctrlVOfAnImageOnASelectedStoryboardCardReplacesItsPicture(FxRobot robot) throws Exception {
        putImageOnClipboard(robot, 64, 48);
        String before = card("sb1").picture();
        click(robot, view.canvas().geometry().card("sb1").orElseThrow().bounds());
        robot.press(KeyCode.SHORTCUT, KeyCode.V).release(KeyCode.V, KeyCode.SHORTCUT);

        waitUntil(() -> !before.equals(card("sb1").picture()));
        assertThat(view.editor().undoTextProperty().get()).isEqualTo("Undo Set picture");
        assertThat(card("sb1").text()).isEqualTo("Dana watches the webinar on her laptop");

        undo(robot);
        assertThat(map()).isEqualTo(original);
        redo(robot);
        assertThat(card("sb1").picture()).isNotEqualTo(before);
    }

    @Test
    void anImageFileDroppedOnAStoryboardCellBecomesACaptionedPicture(FxRobot robot) throws Exception {
        dragged = List.of(pictureFile("checkout-screen.jpg", "jpeg"));
        drop(robot, cell("l-story", "s3").bounds());

        waitUntil(() -> storyboardAt("s3").size() == 1);
        Card dropped = storyboardAt("s3").get(0);
        assertThat(dropped.text()).isEqualTo("checkout-screen");
        assertThat(dropped.picture()).startsWith("data:image/jpeg;base64,");
        assertThat(view.editor().undoTextProperty().get()).isEqualTo("Undo Add picture");

        undo(robot);
        assertThat(map()).isEqualTo(original);
        redo(robot);
        assertThat(storyboardAt("s3")).containsExactly(dropped);
    }

    @Test
    void anImageFileDroppedOnAStoryboardCardReplacesItsPicture(FxRobot robot) throws Exception {
        dragged = List.of(pictureFile("new-look.png", "png"));
        drop(robot, view.canvas().geometry().card("sb2").orElseThrow().bounds());

        waitUntil(() -> card("sb2").picture() != null);
        assertThat(card("sb2").text()).isEqualTo("The demo in the meeting room");
        assertThat(view.editor().undoTextProperty().get()).isEqualTo("Undo Set picture");
        assertThat(status(robot)).isEqualTo("Picture replaced");

        undo(robot);
        assertThat(map()).isEqualTo(original);
        redo(robot);
        assertThat(card("sb2").picture()).startsWith("data:image/png;base64,");
    }

    @Test
    void anImageDroppedOnAnotherLaneGoesToThatPersonasStoryboardAtThatStage(FxRobot robot) throws Exception {
        dragged = List.of(pictureFile("truck.png", "png"));
        drop(robot, cell("l-pain", "s3").bounds());

        waitUntil(() -> storyboardAt("s3").size() == 1);
        assertThat(map().lane("l-pain").orElseThrow().cards()).isEmpty();
        assertThat(status(robot)).isEqualTo("Picture added to the storyboard of Dana at \"Decision\"");
        undo(robot);
        assertThat(map()).isEqualTo(original);
    }

    @Test
    void aFileThatIsNoPictureIsRefusedInOneMessageAndChangesNothing(FxRobot robot) throws Exception {
        Path notes = dataFolder.resolve("notes.png");
        Files.writeString(notes, "meeting notes");
        dragged = List.of(notes);
        drop(robot, cell("l-story", "s3").bounds());

        waitUntil(() -> status(robot).startsWith("Picture not added"));
        assertThat(status(robot)).isEqualTo("Picture not added: notes.png is not a PNG or JPEG image.");
        assertThat(map()).isEqualTo(original);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aMapFileDroppedOnTheCanvasStillOpens(FxRobot robot) throws Exception {
        Path other = dataFolder.resolve("other.journey");
        Files.write(other, new MapFileWriter().toBytes(SampleMaps.threeStages()));
        dragged = List.of(other);
        drop(robot, cell("l-story", "s3").bounds());

        waitUntil(() -> map().equals(SampleMaps.threeStages()));
    }

    @Test
    void theInspectorChoosesAndRemovesACardsPicture(FxRobot robot) throws Exception {
        dialogs.pictureAnswer = pictureFile("meeting-room.png", "png");
        click(robot, view.canvas().geometry().card("sb2").orElseThrow().bounds());
        robot.clickOn("#cardPictureChoose");

        waitUntil(() -> card("sb2").picture() != null);
        waitUntil(() -> robot.lookup("#cardPicture").tryQuery().isPresent());
        assertThat(view.editor().undoTextProperty().get()).isEqualTo("Undo Set picture");

        robot.clickOn("#cardPictureRemove");
        assertThat(card("sb2").picture()).isNull();
        assertThat(view.editor().undoTextProperty().get()).isEqualTo("Undo Remove picture");
        // The tool bar's Undo: after the disabled Remove button, focus is in the card's text, where Ctrl+Z is its own.
        robot.clickOn("#undoButton");
        assertThat(card("sb2").picture()).isNotNull();
        robot.clickOn("#undoButton");
        assertThat(map()).isEqualTo(original);
        robot.clickOn("#redoButton");
        assertThat(card("sb2").picture()).startsWith("data:image/png;base64,");
    }

    private void drop(FxRobot robot, Rect target) {
        Point2D at = view.canvas().toScreen(target.centerX(), target.centerY());
        robot.drag("#fileSource").dropTo(robot.point(at));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path pictureFile(String name, String format) throws Exception {
        Path file = dataFolder.resolve(name);
        String uri = SampleMaps.picture(400, 300, Color.CYAN, format);
        Files.write(file, PhotoUri.bytes(uri));
        return file;
    }

    private static void putImageOnClipboard(FxRobot robot, int width, int height) {
        robot.interact(() -> {
            WritableImage image = new WritableImage(width, height);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    image.getPixelWriter().setArgb(x, y, x < width / 2 ? 0xFF2A9D8F : 0xFFE9C46A);
                }
            }
            ClipboardContent content = new ClipboardContent();
            content.putImage(image);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    private void click(FxRobot robot, Rect rect) {
        robot.clickOn(robot.point(view.canvas().toScreen(rect.centerX(), rect.centerY())));
    }

    private static void undo(FxRobot robot) {
        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void redo(FxRobot robot) {
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#statusLabel").queryLabeled().getText();
    }

    private CellBox cell(String laneId, String stageId) {
        MapGeometry geometry = view.canvas().geometry();
        return geometry.cell(laneId, stageId).orElseThrow();
    }

    private List<Card> storyboardAt(String stageId) {
        return map().lane("l-story").orElseThrow().cardsAt(stageId);
    }

    private JourneyMap map() {
        WaitForAsyncUtils.waitForFxEvents();
        return view.editor().getMap();
    }

    private Card card(String cardId) {
        return map().findCard(cardId).orElseThrow().card();
    }

    private void waitUntil(BooleanSupplier condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "the status says: "
                            + ((javafx.scene.control.Label)
                                            view.canvas().getScene().lookup("#statusLabel"))
                                    .getText(),
                    e);
        }
    }
}
