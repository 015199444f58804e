package org.journeycanvas.ui;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Catches what no code caught, on any thread: logs it, writes a recovery copy at once, and tells the user in a
 * short message that offers to save a copy, instead of leaving a frozen or vanished window.
 */
public final class CrashHandler implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = Logger.getLogger(CrashHandler.class.getName());

    private final Autosaver autosaver;
    private final Runnable offerToSaveACopy;
    private boolean reporting;

    public CrashHandler(Autosaver autosaver, Runnable offerToSaveACopy) {
        this.autosaver = autosaver;
        this.offerToSaveACopy = offerToSaveACopy;
    }

    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        LOG.log(Level.SEVERE, "uncaught on thread " + thread.getName(), failure);
        Platform.runLater(() -> {
            if (reporting) {
                return;
            }
            reporting = true;
            try {
                autosaver.saveNow();
                offerToSaveACopy.run();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "the crash report itself failed", e);
            } finally {
                reporting = false;
            }
        });
    }
}
