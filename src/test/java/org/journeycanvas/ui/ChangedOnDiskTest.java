package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.io.MapFileWriter;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The open file changed by another program, as the test plays that program by writing the file itself. */
@ExtendWith({InEnglish.class, ApplicationExtension.class})
class ChangedOnDiskTest {
    @TempDir
    Path folder;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final MapFileWriter writer = new MapFileWriter();
    private MainView view;
    private Path file;

    @Start
    void start(Stage stage) {
        view = EditorWindow.show(stage, dialogs, folder.resolve("data"), 1100, 700);
    }

    @BeforeEach
    void openTheSample(FxRobot robot) throws Exception {
        file = folder.resolve("fleet.journey");
        writer.write(SampleMaps.threeStages(), file);
        robot.interact(() -> view.open(file));
        waitUntil(() -> view.editor().getFile().isPresent());
        robot.interact(() -> view.canvas().zoomTo(0.75, 0, 0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aCleanMapIsReloadedKeepingTheSelectionAndUndoBringsItBack(FxRobot robot) throws Exception {
        robot.clickOn(cardOnScreen(robot, "c1"));
        assertThat(view.editor().getSelection().cardIds()).containsExactly("c1");

        writeFromAnotherProgram(renamed("c2", "Analyst report (2027 edition)"));

        waitUntil(() -> text("c2").equals("Analyst report (2027 edition)"));
        assertThat(status(robot))
                .isEqualTo("Reloaded fleet.journey: another program changed it. Undo brings your version back.");
        assertThat(view.editor().isDirty()).isFalse();
        assertThat(view.editor().getSelection().cardIds()).containsExactly("c1");

        robot.clickOn("#canvas").push(KeyCode.SHORTCUT, KeyCode.Z);
        assertThat(text("c2")).isEqualTo("Analyst report");
        assertThat(view.editor().isDirty()).isTrue();
    }

    @Test
    void withUnsavedChangesABarOffersReloadWhichUndoTakesBack(FxRobot robot) throws Exception {
        deleteCardByHand(robot, "c3");

        writeFromAnotherProgram(renamed("c2", "Analyst report, second opinion"));

        waitUntil(() -> robot.lookup("#changedOnDiskBar").tryQuery().isPresent());
        for (String button : new String[] {"#reloadFromDisk", "#compareWithDisk", "#keepMine"}) {
            javafx.scene.control.Button shown = robot.lookup(button).queryButton();
            assertThat(shown.getWidth())
                    .as("%s shows its whole name beside the long message", button)
                    .isGreaterThanOrEqualTo(shown.prefWidth(-1) - 0.5);
        }
        assertThat(view.editor().getMap().findCard("c3"))
                .as("nothing changes before the user says")
                .isEmpty();
        robot.clickOn("#reloadFromDisk");
        assertThat(text("c2")).isEqualTo("Analyst report, second opinion");
        assertThat(view.editor().getMap().findCard("c3")).isPresent();
        assertThat(view.editor().isDirty()).isFalse();
        assertThat(robot.lookup("#changedOnDiskBar").tryQuery()).isEmpty();

        robot.clickOn("#canvas").push(KeyCode.SHORTCUT, KeyCode.Z);
        assertThat(view.editor().getMap().findCard("c3"))
                .as("the user's version is back")
                .isEmpty();
    }

    @Test
    void compareShowsWhatTheOtherProgramChangedAgainstTheOpenMap(FxRobot robot) throws Exception {
        deleteCardByHand(robot, "c3");
        writeFromAnotherProgram(renamed("c2", "Analyst report, second opinion"));
        waitUntil(() -> robot.lookup("#changedOnDiskBar").tryQuery().isPresent());

        robot.clickOn("#compareWithDisk");

        assertThat(robot.lookup("#compareTitle").queryLabeled().getText())
                .isEqualTo("Compared with fleet.journey (on disk): 2 differences");
        assertThat(view.canvas().compareMarks().changed()).containsExactly("c2");
        assertThat(view.canvas().compareMarks().ghosts())
                .extracting(ghost -> ghost.cardId())
                .containsExactly("c3");
        assertThat(robot.lookup("#changedOnDiskBar").tryQuery())
                .as("the choice is still to make")
                .isPresent();
    }

    @Test
    void keepMineThenSaveAsksBeforeReplacingTheOtherVersion(FxRobot robot) throws Exception {
        deleteCardByHand(robot, "c3");
        writeFromAnotherProgram(renamed("c2", "Someone else's text"));
        waitUntil(() -> robot.lookup("#changedOnDiskBar").tryQuery().isPresent());

        robot.clickOn("#keepMine");
        dialogs.confirmAnswer = false;
        robot.push(KeyCode.SHORTCUT, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.confirmations).containsExactly("fleet.journey was changed by another program");
        assertThat(new MapFileReader()
                        .read(file)
                        .findCard("c2")
                        .orElseThrow()
                        .card()
                        .text())
                .as("the other version is still on disk")
                .isEqualTo("Someone else's text");

        dialogs.confirmAnswer = true;
        robot.push(KeyCode.SHORTCUT, KeyCode.S);
        waitUntil(() -> !view.editor().isDirty());
        assertThat(new MapFileReader().read(file).findCard("c3")).isEmpty();
    }

    @Test
    void withTheBarUpSaveAsksBeforeWritingOverTheOtherVersion(FxRobot robot) throws Exception {
        deleteCardByHand(robot, "c3");
        writeFromAnotherProgram(renamed("c2", "Another version"));
        waitUntil(() -> robot.lookup("#changedOnDiskBar").tryQuery().isPresent());
        dialogs.confirmAnswer = false;

        robot.clickOn("#canvas").push(KeyCode.SHORTCUT, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.confirmations).containsExactly("fleet.journey was changed by another program");
        assertThat(new MapFileReader()
                        .read(file)
                        .findCard("c2")
                        .orElseThrow()
                        .card()
                        .text())
                .isEqualTo("Another version");
    }

    @Test
    void saveAsksWhenTheFileChangedEvenBeforeTheWatchSawIt(FxRobot robot) throws Exception {
        deleteCardByHand(robot, "c3");
        dialogs.confirmAnswer = false;
        writer.write(renamed("c2", "Changed a moment ago"), file);
        robot.push(KeyCode.SHORTCUT, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.confirmations).containsExactly("fleet.journey was changed by another program");
        assertThat(view.editor().isDirty()).isTrue();
    }

    @Test
    void aSaveOfItsOwnIsNotTakenForAnotherProgramsChange(FxRobot robot) throws Exception {
        deleteCardByHand(robot, "c3");
        robot.push(KeyCode.SHORTCUT, KeyCode.S);
        waitUntil(() -> !view.editor().isDirty());
        Thread.sleep(2500);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#changedOnDiskBar").tryQuery()).isEmpty();
        assertThat(status(robot)).isEqualTo("Saved fleet.journey");
        assertThat(dialogs.confirmations).isEmpty();
    }

    @Test
    void aDeletedFileLeavesTheMapOpenAndUnsaved(FxRobot robot) throws Exception {
        Files.delete(file);

        waitUntil(() -> view.editor().isDirty());
        assertThat(status(robot)).isEqualTo("fleet.journey is no longer on disk");
        assertThat(robot.lookup("#changedOnDiskBar").tryQuery()).isPresent();
        assertThat(view.editor().getMap().cardCount())
                .isEqualTo(SampleMaps.threeStages().cardCount());
    }

    @Test
    void aFileThatCannotBeReadGetsItsOwnMessageAndChangesNothing(FxRobot robot) throws Exception {
        Files.writeString(file, "{ \"type\": \"journey-canvas\", \"version\": 2, \"map\": ");

        waitUntil(() -> robot.lookup("#changedOnDiskBar").tryQuery().isPresent());
        assertThat(robot.lookup("#changedOnDiskBar .label").queryLabeled().getText())
                .startsWith("fleet.journey was changed on disk but cannot be read now");
        assertThat(view.editor().getMap()).isEqualTo(SampleMaps.threeStages());
        robot.clickOn("#dismissDiskNotice");
        assertThat(robot.lookup("#changedOnDiskBar").tryQuery()).isEmpty();
    }

    private void writeFromAnotherProgram(JourneyMap map) throws Exception {
        writer.write(map, file);
    }

    private static JourneyMap renamed(String cardId, String text) {
        return SampleMaps.threeStages()
                .withLanesMapped(
                        lane -> lane.withCardsMapped(card -> card.id().equals(cardId) ? card.withText(text) : card));
    }

    private void deleteCardByHand(FxRobot robot, String cardId) {
        robot.clickOn(cardOnScreen(robot, cardId));
        robot.push(KeyCode.DELETE);
        assertThat(view.editor().isDirty()).isTrue();
    }

    private Point2D cardOnScreen(FxRobot robot, String cardId) {
        Rect box = view.canvas().geometry().card(cardId).orElseThrow().bounds();
        return view.canvas().toScreen(box.centerX(), box.centerY());
    }

    private String text(String cardId) {
        return view.editor().getMap().findCard(cardId).orElseThrow().card().text();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#statusLabel").queryLabeled().getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
