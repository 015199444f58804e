package org.journeycanvas.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import org.journeycanvas.io.RecoveryStore;
import org.journeycanvas.model.JourneyMap;

/**
 * Keeps a recovery copy of unsaved work: every 30 seconds and when the window loses focus, while the map has
 * changes that are not in the copy yet. Saving, or leaving cleanly, removes the copy. Writes run off the UI
 * thread on {@code writes}, the window's save worker, so they keep their order with saves. Once stopped, it
 * writes nothing more.
 */
public final class Autosaver {
    public static final Duration INTERVAL = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(Autosaver.class.getName());

    private final EditorViewModel editor;
    private final RecoveryStore.Session session;
    private final Executor writes;
    /**
     * Wakes once an interval and hands the check to the UI thread. Not a JavaFX Timeline: a running animation,
     * however slow, keeps the toolkit pulsing sixty times a second while the user does nothing.
     */
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "autosave timer");
        thread.setDaemon(true);
        return thread;
    });

    private long copiedRevision = -1;
    private boolean stopped;

    public Autosaver(EditorViewModel editor, RecoveryStore.Session session, Executor writes) {
        this.editor = editor;
        this.session = session;
        this.writes = writes;
        editor.dirtyProperty().addListener((obs, was, dirty) -> {
            if (!dirty && !stopped) {
                copiedRevision = -1;
                writes.execute(session::clear);
            }
        });
    }

    public void start() {
        long millis = INTERVAL.toMillis();
        timer.scheduleWithFixedDelay(() -> Platform.runLater(this::saveNow), millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Writes a copy now if there are changes the copy lacks (the timer, focus loss, or a crash call this). */
    public void saveNow() {
        if (stopped || !editor.isDirty() || editor.revision() == copiedRevision) {
            return;
        }
        JourneyMap map = editor.getMap();
        Path file = editor.getFile().orElse(null);
        copiedRevision = editor.revision();
        writes.execute(() -> {
            try {
                session.save(map, file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "the recovery copy could not be written", e);
            }
        });
    }

    /** A clean exit (the user was asked about unsaved changes): nothing needs recovering. */
    public void stop() {
        end(session::close);
    }

    /** The window went without asking about unsaved changes: a last copy is kept and offered at the next start. */
    public void stopKeepingCopy() {
        saveNow();
        end(session::release);
    }

    private void end(Runnable endSession) {
        if (stopped) {
            return;
        }
        stopped = true;
        timer.shutdownNow();
        writes.execute(endSession);
    }
}
