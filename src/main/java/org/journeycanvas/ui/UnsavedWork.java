package org.journeycanvas.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.stage.Stage;
import org.journeycanvas.io.RecoveryStore;

/**
 * Keeps one window's unsaved work safe: autosaves a recovery copy (on a timer and when the window loses focus),
 * offers back the copies earlier runs left, and catches errors nothing else caught.
 */
final class UnsavedWork {
    private final EditorViewModel editor;
    private final DialogService dialogs;
    private final Executor files;
    private final Consumer<String> status;
    private final RecoveryStore recovery;
    private Autosaver autosaver;

    UnsavedWork(Stage stage, EditorViewModel editor, DialogService dialogs, Executor files, Path recoveryFolder,
                Consumer<String> status) {
        this.editor = editor;
        this.dialogs = dialogs;
        this.files = files;
        this.status = status;
        this.recovery = new RecoveryStore(recoveryFolder);
        try {
            autosaver = new Autosaver(editor, recovery.openSession(), files);
            autosaver.start();
            stage.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    autosaver.saveNow();
                }
            });
        } catch (IOException e) {
            status.accept("Autosave is off: the recovery folder cannot be written");
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
        return new RecoveryOffer(recovery, editor, dialogs, files, status).offer();
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
        }).install();
    }

    /** Stops autosaving and removes this window's recovery copy (the window closes cleanly). */
    void stop() {
        if (autosaver != null) {
            autosaver.stop();
        }
    }
}
