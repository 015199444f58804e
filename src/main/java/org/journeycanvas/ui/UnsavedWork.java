package org.journeycanvas.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.RecoveryStore;

/**
 * Keeps one window's unsaved work safe: autosaves a recovery copy (on a timer and when the window loses focus),
 * offers back the copies earlier runs left, catches errors nothing else caught, and stops the window's
 * background work when the window goes.
 */
final class UnsavedWork {
    private final EditorViewModel editor;
    private final DialogService dialogs;
    private final WindowWorkers workers;
    private final Consumer<String> status;
    private final RecoveryStore recovery;
    private final Stage stage;
    private final EventHandler<WindowEvent> whenHidden = event -> stop(false);
    /** Removed when the window goes: a stage that outlives it (as in tests) must not keep this window alive. */
    private final ChangeListener<Boolean> whenFocusLost = (obs, was, focused) -> {
        if (!focused) {
            saveNow();
        }
    };

    private Autosaver autosaver;
    private Runnable whenGone = () -> {};

    UnsavedWork(
            Stage stage,
            EditorViewModel editor,
            DialogService dialogs,
            WindowWorkers workers,
            Path recoveryFolder,
            Consumer<String> status) {
        this.editor = editor;
        this.dialogs = dialogs;
        this.workers = workers;
        this.status = status;
        this.recovery = new RecoveryStore(recoveryFolder);
        this.stage = stage;
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, whenHidden);
        try {
            autosaver = new Autosaver(editor, recovery.openSession(), workers.saves());
            autosaver.start();
            stage.focusedProperty().addListener(whenFocusLost);
        } catch (IOException e) {
            status.accept(Messages.get("status.autosaveOff"));
        }
    }

    /** Keeps a recovery copy now if there are unsaved changes. */
    void saveNow() {
        if (autosaver != null) {
            autosaver.saveNow();
        }
    }

    /** Offers back the maps that earlier runs left unsaved; completes when every one was answered. */
    CompletableFuture<Void> offerRecovery() {
        return new RecoveryOffer(recovery, editor, dialogs, workers, status).offer();
    }

    /** Catches errors nothing else caught: keeps a recovery copy, then offers to save a copy. */
    void installCrashHandler(Runnable saveCopy) {
        if (autosaver == null) {
            return;
        }
        new CrashHandler(autosaver, () -> {
                    if (dialogs.askToSaveACopyAfterError()) {
                        saveCopy.run();
                    }
                })
                .install();
    }

    /**
     * Also stops {@code action} (the window's other background work, such as watching its file on disk) when the
     * window goes, however it goes: a thread left running would keep the whole window alive.
     */
    void alsoWhenGone(Runnable action) {
        whenGone = action;
    }

    /** The window closes after the user was asked about unsaved changes: the recovery copy goes too. */
    void closeCleanly() {
        stop(true);
    }

    /**
     * Stops autosave and the workers. Hidden without {@link #closeCleanly} (as a test's teardown does), nobody
     * was asked about unsaved changes, so the last recovery copy is kept, to be offered at the next start.
     */
    private void stop(boolean asked) {
        stage.removeEventHandler(WindowEvent.WINDOW_HIDDEN, whenHidden);
        stage.focusedProperty().removeListener(whenFocusLost);
        whenGone.run();
        if (autosaver != null && asked) {
            autosaver.stop();
        } else if (autosaver != null) {
            autosaver.stopKeepingCopy();
        }
        workers.close();
    }
}
