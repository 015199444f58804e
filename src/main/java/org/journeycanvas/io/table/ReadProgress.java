package org.journeycanvas.io.table;

import java.util.concurrent.CancellationException;

/**
 * How reading a table reports progress and learns that the user cancelled it. Its own small type, because
 * {@code io} may not use {@code export}'s.
 */
public interface ReadProgress {
    ReadProgress NONE = new ReadProgress() {
        @Override
        public void update(double fraction) {}

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** How much is read, from 0 to 1. */
    void update(double fraction);

    boolean isCancelled();

    /** Stops reading by throwing {@link CancellationException} if the user cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("table reading cancelled");
        }
    }
}
