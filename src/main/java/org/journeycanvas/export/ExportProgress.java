package org.journeycanvas.export;

import java.util.concurrent.CancellationException;

/** How an export reports progress and learns that the user cancelled it. */
public interface ExportProgress {
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void update(double fraction) {}

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** How much is done, from 0 to 1. */
    void update(double fraction);

    boolean isCancelled();

    /** Stops the export (and so the atomic write, which then leaves the target as it was) if it was cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("export cancelled");
        }
    }
}
