package org.journeycanvas.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One figure's frames: how long each took, and how many of them did not show all of the visible map (the canvas
 * still had parts to paint), so a canvas that skips painting cannot look fast.
 */
final class FrameSamples {
    private final List<Double> millis = new ArrayList<>();
    private int incomplete;

    void add(double frameMillis, boolean viewComplete) {
        millis.add(frameMillis);
        if (!viewComplete) {
            incomplete++;
        }
    }

    /** {@code <median ms> <95th percentile ms> <frames> <frames missing part of the map>}, tab-separated. */
    String line() {
        double[] sorted =
                millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(
                Locale.ROOT,
                "%.2f\t%.2f\t%d\t%d",
                percentile(sorted, 50),
                percentile(sorted, 95),
                sorted.length,
                incomplete);
    }

    static double percentile(double[] sorted, double percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }
}
