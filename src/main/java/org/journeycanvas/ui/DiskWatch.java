package org.journeycanvas.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.journeycanvas.io.MapFileException;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.model.JourneyMap;

/**
 * Watches the open document's file for changes made by other programs (a colleague saving over a shared drive,
 * git checking out another version, a sync tool). It polls the file's time and size every second rather than
 * using the platform's file-change events, which network drives and sync folders do not deliver reliably. A
 * changed file is read and compared with the version last read or saved: a touch that changed nothing is no
 * change. What it finds is told to the {@link Listener} on the JavaFX thread.
 */
final class DiskWatch implements AutoCloseable {
    /** What the watch tells, on the JavaFX thread. */
    interface Listener {
        /** The file now holds another map than the one last read or saved. */
        void changed(Path file, JourneyMap onDisk);

        /** The file is gone: deleted, renamed or moved away. */
        void missing(Path file);

        /** The file changed but cannot be read now: held by another program, or half written, or broken. */
        void unreadable(Path file, String why);
    }

    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "disk-watch");
        thread.setDaemon(true);
        return thread;
    });
    private final Listener listener;

    /** What is known of the watched file; guarded by this. */
    private Path file;

    private Stamp known;
    private JourneyMap knownMap;
    /** Saves of this app under way: their writes are not another program's. */
    private int savesInFlight;

    private boolean changedSinceSaved;
    /** Polls in a row that found no file: one alone may be a program replacing it (git, a sync tool). */
    private int missingPolls;
    /** Bumped whenever what is watched changes, so that a poll's late result for an older state is dropped. */
    private long generation;

    DiskWatch(Listener listener, long intervalMillis) {
        this.listener = listener;
        poller.scheduleWithFixedDelay(this::poll, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    /** Watches a file that was just read or saved, holding this map. */
    synchronized void watch(Path newFile, JourneyMap onDisk) {
        file = newFile;
        knownMap = onDisk;
        known = Stamp.of(newFile);
        changedSinceSaved = false;
        missingPolls = 0;
        generation++;
    }

    /** This app's save of the watched file is done: watch what it wrote. */
    synchronized void saved(Path newFile, JourneyMap onDisk) {
        savesInFlight = Math.max(0, savesInFlight - 1);
        watch(newFile, onDisk);
    }

    /** Stops watching: the document has no file, or another one. */
    synchronized void forget() {
        file = null;
        known = null;
        knownMap = null;
        changedSinceSaved = false;
        generation++;
    }

    /** The file about to be written by this app: its own change is not someone else's. */
    synchronized void pauseForSave() {
        savesInFlight++;
        generation++;
    }

    /** A save failed: watch on as before. */
    synchronized void resume() {
        savesInFlight = Math.max(0, savesInFlight - 1);
    }

    /** Another version on disk was seen but not loaded (the bar is up, or it could not be read): Save will ask. */
    synchronized void markChanged() {
        changedSinceSaved = true;
    }

    synchronized Path file() {
        return file;
    }

    /**
     * Whether another program changed the file since it was read or last saved here (seen by the watch, or not
     * yet seen): Save asks before writing over it.
     */
    synchronized boolean changedSince(Path target) {
        if (file == null || !file.equals(target)) {
            return false;
        }
        Stamp now = Stamp.of(target);
        return changedSinceSaved || (now != null && !now.equals(known));
    }

    /** Takes the version on disk as known without loading it ("keep mine"): Save will still ask. */
    synchronized void acknowledge(JourneyMap onDisk) {
        knownMap = onDisk;
        changedSinceSaved = true;
    }

    private void poll() {
        Path watched;
        Stamp before;
        long polled;
        synchronized (this) {
            if (file == null || savesInFlight > 0) {
                return;
            }
            watched = file;
            before = known;
            polled = generation;
        }
        Stamp now = Stamp.of(watched);
        if (Objects.equals(now, before)) {
            return;
        }
        if (now == null) {
            synchronized (this) {
                if (++missingPolls != 2) {
                    return; // gone for a moment while another program replaces it, or said already
                }
            }
            tell(polled, watched, before, () -> listener.missing(watched), null);
            return;
        }
        synchronized (this) {
            missingPolls = 0;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(watched);
        } catch (NoSuchFileException e) {
            return; // moved away while being looked at: the next poll says so
        } catch (IOException e) {
            tell(polled, watched, now, () -> listener.unreadable(watched, String.valueOf(e.getMessage())), null);
            return;
        }
        JourneyMap onDisk;
        try {
            onDisk = new MapFileReader().read(bytes, String.valueOf(watched.getFileName()));
        } catch (MapFileException e) {
            tell(polled, watched, now, () -> listener.unreadable(watched, e.getMessage()), null);
            return;
        }
        tell(polled, watched, now, () -> listener.changed(watched, onDisk), onDisk);
    }

    /**
     * Records the new state and tells the listener, unless the map is the one known (a touch, or this app's own), or
     * what is watched changed since the poll began (another file, or a save of this app under way).
     */
    private void tell(long polled, Path watched, Stamp now, Runnable event, JourneyMap onDisk) {
        synchronized (this) {
            if (polled != generation || !watched.equals(file) || savesInFlight > 0) {
                return;
            }
            known = now;
            if (onDisk != null && onDisk.equals(knownMap)) {
                return;
            }
            if (onDisk != null) {
                knownMap = onDisk;
            }
        }
        Platform.runLater(event);
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }

    /** When a file was last changed and how long it is: what a poll compares. */
    private record Stamp(FileTime modified, long size) {
        static Stamp of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return new Stamp(attributes.lastModifiedTime(), attributes.size());
            } catch (IOException e) {
                return null;
            }
        }
    }
}
