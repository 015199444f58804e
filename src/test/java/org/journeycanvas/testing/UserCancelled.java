package org.journeycanvas.testing;

import org.journeycanvas.io.Progress;

/** A user who has already pressed Cancel, for tests of long work. */
public final class UserCancelled {
    private UserCancelled() {}

    /** Progress whose user has already cancelled: the work must stop at its first check. */
    public static Progress progress() {
        return new Progress() {
            @Override
            public void update(double fraction) {}

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
    }
}
