package org.journeycanvas.ui;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The threads one window's background work runs on, one per kind of work so that none waits behind another:
 * a long export never holds up Save or the recovery copy. Each runs its jobs one at a time, in the order given.
 * The threads are daemons and end with the window ({@link #close()}).
 */
public final class WindowWorkers implements AutoCloseable {
    /** How long closing waits for writes already asked for (a save, the recovery copy, the settings). */
    static final Duration WRITES_GRACE = Duration.ofSeconds(5);

    private final ExecutorService saves = worker("saves");
    private final ExecutorService reads = worker("reads");
    private final ExecutorService exports = worker("exports");

    /**
     * Writes: saves and copies of the map, templates, recovery copies and settings. One thread, so a recovery
     * copy never lands after the save that made it unnecessary, nor an older setting after a newer one.
     */
    public Executor saves() {
        return saves;
    }

    /** Reads: opening maps and importing photos. */
    public Executor reads() {
        return reads;
    }

    /** Exports, which can take a minute for a large map. */
    public Executor exports() {
        return exports;
    }

    /**
     * Takes no more work. Writes already asked for are finished (waiting up to {@link #WRITES_GRACE}, since the
     * app may exit next); a read or export under way ends on its own.
     */
    @Override
    public void close() {
        reads.shutdown();
        exports.shutdown();
        saves.shutdown();
        try {
            saves.awaitTermination(WRITES_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ExecutorService worker(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "window " + name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
