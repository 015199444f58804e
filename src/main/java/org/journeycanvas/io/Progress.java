package org.journeycanvas.io;

import java.util.concurrent.CancellationException;

/**
 * How long work — reading a table, writing an export — reports how far it is and learns that the user pressed
 * Cancel. It lives in {@code io}, the lowest layer that does such work, so that exports use the same type.
 */
public interface Progress {
    Progress NONE = new Progress() {
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

    /**
     * Stops the work by throwing {@link CancellationException} if the user cancelled: an export's atomic write
     * then leaves its target as it was.
     */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("cancelled");
        }
    }
}
