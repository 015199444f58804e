package org.journeycanvas.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.journeycanvas.io.RecoveryStore;
import org.journeycanvas.model.JourneyMap;

/**
 * Keeps a recovery copy of unsaved work: every 30 seconds and when the window loses focus, while the map has
 * changes that are not in the copy yet. Saving, or leaving cleanly, removes the copy. Writes run off the UI
 * thread, one after another.
 */
public final class Autosaver {
    public static final Duration INTERVAL = Duration.seconds(30);
    private static final Logger LOG = Logger.getLogger(Autosaver.class.getName());

    private final EditorViewModel editor;
    private final RecoveryStore.Session session;
    private final Executor background;
    private final Timeline timer;
    private long copiedRevision = -1;

    public Autosaver(EditorViewModel editor, RecoveryStore.Session session, Executor background) {
        this.editor = editor;
        this.session = session;
        this.background = background;
        this.timer = new Timeline(new KeyFrame(INTERVAL, event -> saveNow()));
        timer.setCycleCount(Animation.INDEFINITE);
        editor.dirtyProperty().addListener((obs, was, dirty) -> {
            if (!dirty) {
                copiedRevision = -1;
                background.execute(session::clear);
            }
        });
    }

    public void start() {
        timer.play();
    }

    /** Writes a copy now if there are changes the copy lacks (the timer, focus loss, or a crash call this). */
    public void saveNow() {
        if (!editor.isDirty() || editor.revision() == copiedRevision) {
            return;
        }
        JourneyMap map = editor.getMap();
        Path file = editor.getFile().orElse(null);
        copiedRevision = editor.revision();
        background.execute(() -> {
            try {
                session.save(map, file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "the recovery copy could not be written", e);
            }
        });
    }

    /** A clean exit: nothing needs recovering. */
    public void stop() {
        timer.stop();
        background.execute(session::close);
    }
}
