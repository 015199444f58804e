package org.journeycanvas.testing;

import org.journeycanvas.export.ExportProgress;

/** Progress reports for export tests. */
public final class Progress {
    private Progress() {}

    /** A user who has already pressed Cancel: the export must stop at its first check. */
    public static ExportProgress cancelled() {
        return new ExportProgress() {
            @Override
            public void update(double fraction) {}

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
    }
}
