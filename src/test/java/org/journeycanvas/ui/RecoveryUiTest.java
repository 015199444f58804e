package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.journeycanvas.command.ElementList;
import org.journeycanvas.command.ListEdit;
import org.journeycanvas.io.CrashedSessions;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.io.RecoveryStore;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.CapturedLog;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Autosave, recovery after a crash, the crash handler and failed saves, in a window. */
@ExtendWith(ApplicationExtension.class)
class RecoveryUiTest {
    @TempDir
    Path dataFolder;

    @TempDir
    Path folder;

    private final FakeDialogs dialogs = new FakeDialogs();
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        view = EditorWindow.show(primary, dialogs, dataFolder, 1100, 700);
    }

    @Test
    void autosaveKeepsACopyOfUnsavedWorkOutsideTheUsersFolder(FxRobot robot) throws Exception {
        robot.interact(() -> view.editor().open(SampleMaps.threeStages(), folder.resolve("fleet.journey")));
        robot.interact(() -> view.editor().execute(ListEdit.remove(ElementList.stages(), "s3")));
        JourneyMap edited = view.editor().getMap();
        robot.interact(view::autosaveNow);

        Path recovery = dataFolder.resolve("recovery");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> copies(recovery) == 1);
        try (Stream<Path> files = Files.list(recovery)) {
            Path copy = files.filter(file -> file.toString().endsWith(".journey"))
                    .findFirst()
                    .orElseThrow();
            assertThat(new MapFileReader().read(copy)).isEqualTo(edited);
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }

        dialogs.saveAnswer = folder.resolve("fleet.journey");
        robot.clickOn("#canvas");
        robot.press(KeyCode.SHORTCUT, KeyCode.S).release(KeyCode.S, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> copies(recovery) == 0);
    }

    @Test
    void afterACrashTheMapIsOfferedBackAndRestoredUnsaved(FxRobot robot) throws Exception {
        JourneyMap lost = SampleMaps.threeStages().withTitle("Workshop map");
        CrashedSessions.leave(
                dataFolder.resolve("recovery"),
                lost,
                folder.resolve("workshop.journey").toString());
        dialogs.recoveryAnswers.add(DialogService.RecoveryChoice.RESTORE);
        offerRecovery(robot);

        assertThat(dialogs.recoveryOffered).containsExactly("Workshop map");
        assertThat(view.editor().getMap()).isEqualTo(lost);
        assertThat(view.editor().isDirty()).isTrue();
        assertThat(view.editor().getFile()).contains(folder.resolve("workshop.journey"));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> new RecoveryStore(dataFolder.resolve("recovery"))
                        .abandoned()
                        .isEmpty());
    }

    @Test
    void aRecoveredMapCanBeSavedElsewhereOrDiscardedOrKeptForLater(FxRobot robot) throws Exception {
        Path recovery = dataFolder.resolve("recovery");
        Instant crash = Instant.now();
        CrashedSessions.leave(recovery, SampleMaps.threeStages().withTitle("First"), "", crash.minusSeconds(3));
        CrashedSessions.leave(recovery, SampleMaps.threeStages().withTitle("Second"), "", crash.minusSeconds(2));
        CrashedSessions.leave(recovery, SampleMaps.threeStages().withTitle("Third"), "", crash.minusSeconds(1));
        dialogs.saveAnswer = folder.resolve("kept.journey");
        dialogs.recoveryAnswers.add(DialogService.RecoveryChoice.SAVE_ELSEWHERE);
        dialogs.recoveryAnswers.add(DialogService.RecoveryChoice.DISCARD);
        dialogs.recoveryAnswers.add(DialogService.RecoveryChoice.LATER);
        offerRecovery(robot);

        assertThat(dialogs.recoveryOffered).containsExactly("Third", "Second", "First");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> new RecoveryStore(recovery).abandoned().size() == 1);
        assertThat(new MapFileReader().read(folder.resolve("kept.journey")).title())
                .isEqualTo("Third");
        assertThat(new RecoveryStore(recovery).abandoned())
                .extracting(RecoveryStore.Entry::title)
                .containsExactly("First");
        assertThat(view.editor().isDirty()).isFalse();
    }

    @Test
    void anUncaughtErrorIsReportedAndTheWorkIsKept(FxRobot robot) throws Exception {
        robot.interact(() -> view.editor().open(SampleMaps.threeStages(), null));
        robot.interact(() -> view.editor().execute(ListEdit.remove(ElementList.stages(), "s2")));
        robot.interact(view::installCrashHandler);
        dialogs.saveACopyAnswer = true;
        dialogs.saveAnswer = folder.resolve("copy.journey");
        try (CapturedLog log = CapturedLog.of(CrashHandler.class)) {
            Thread failing = new Thread(() -> {
                throw new IllegalStateException("simulated bug");
            });
            failing.start();
            failing.join();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(folder.resolve("copy.journey")));
            assertThat(log.messages()).anyMatch(message -> message.endsWith(": simulated bug"));
        }
        assertThat(dialogs.errorReports).isEqualTo(1);
        assertThat(new MapFileReader().read(folder.resolve("copy.journey")))
                .isEqualTo(view.editor().getMap());
        assertThat(view.editor().isDirty()).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> copies(dataFolder.resolve("recovery")) == 1);
        Thread.setDefaultUncaughtExceptionHandler(null);
    }

    @Test
    void aFailedSaveSaysWhyAndKeepsTheMapOpenAndUnsaved(FxRobot robot) throws Exception {
        robot.interact(() -> view.editor().open(SampleMaps.threeStages(), null));
        robot.interact(() -> view.editor().execute(ListEdit.remove(ElementList.stages(), "s2")));
        Path notAFolder = Files.writeString(folder.resolve("readonly"), "a file, not a folder");
        dialogs.saveAnswer = notAFolder.resolve("fleet.journey");
        robot.clickOn("#canvas");
        robot.press(KeyCode.SHORTCUT, KeyCode.S).release(KeyCode.S, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());

        assertThat(dialogs.errors.get(0))
                .startsWith("Cannot save fleet.journey: " + dialogs.saveAnswer + ": cannot save");
        assertThat(view.editor().isDirty()).isTrue();
        assertThat(view.editor().getMap().stages()).hasSize(2);
        assertThat(robot.lookup("#statusLabel").queryLabeled().getText()).isEqualTo("Not saved");
    }

    @Test
    void closingWithoutSavingLeavesNoCopyAndAClosedWindowWritesNoMore(FxRobot robot) throws Exception {
        robot.interact(() -> view.editor().open(SampleMaps.threeStages(), null));
        robot.interact(() -> view.editor().execute(ListEdit.remove(ElementList.stages(), "s3")));
        robot.interact(view::autosaveNow);
        Path recovery = dataFolder.resolve("recovery");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> copies(recovery) == 1);
        dialogs.saveChangesAnswer = DialogService.SaveChoice.DONT_SAVE;
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertThat(stage.isShowing()).isFalse();
        assertThat(filesIn(recovery)).isEmpty();
        robot.interact(() -> view.editor().execute(ListEdit.remove(ElementList.stages(), "s2")));
        robot.interact(view::autosaveNow);
        assertThat(filesIn(recovery)).isEmpty();
    }

    @Test
    void aWindowClosedWithoutAskingKeepsItsLastCopyForNextTimeAndWritesNoMore(FxRobot robot) throws Exception {
        robot.interact(() -> view.editor().open(SampleMaps.threeStages(), folder.resolve("fleet.journey")));
        robot.interact(() -> view.editor().execute(ListEdit.remove(ElementList.stages(), "s3")));
        JourneyMap edited = view.editor().getMap();
        robot.interact(stage::hide);

        Path recovery = dataFolder.resolve("recovery");
        RecoveryStore.Entry left = new RecoveryStore(recovery).abandoned().get(0);
        assertThat(new MapFileReader().read(left.file())).isEqualTo(edited);
        robot.interact(() -> view.editor().execute(ListEdit.remove(ElementList.stages(), "s2")));
        robot.interact(view::autosaveNow);
        assertThat(new RecoveryStore(recovery).abandoned())
                .singleElement()
                .satisfies(entry ->
                        assertThat(new MapFileReader().read(entry.file())).isEqualTo(edited));
    }

    private static List<Path> filesIn(Path folder) throws java.io.IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static long copies(Path recovery) {
        if (!Files.isDirectory(recovery)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(recovery)) {
            return files.filter(file -> file.toString().endsWith(".journey")).count();
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    /** Offers the recovered maps as the app does at start-up, and waits until every one was answered. */
    private void offerRecovery(FxRobot robot) throws Exception {
        java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<Void>> offered =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> offered.set(view.offerRecovery()));
        offered.get().get(10, TimeUnit.SECONDS);
    }
}
