package org.journeycanvas.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Start-up to the first frame, the editor beside a bare JavaFX window started the same way: a new JVM each time,
 * from launching it to the frame being rendered, alternating the two, after one warm-up run of each (so both
 * read their jars from the file cache). Reports the medians.
 */
public final class StartupTimes {
    private static final int RUNS = 7;

    private StartupTimes() {
    }

    /** The medians in milliseconds: the editor's, then the bare window's. */
    static double[] measure() throws IOException, InterruptedException {
        timeToFirstFrame("app");
        timeToFirstFrame("bare");
        double[] app = new double[RUNS];
        double[] bare = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            app[i] = timeToFirstFrame("app");
            bare[i] = timeToFirstFrame("bare");
        }
        return new double[] {median(app), median(bare)};
    }

    public static void main(String[] args) throws Exception {
        double[] medians = measure();
        System.out.printf(Locale.ROOT, "start-up to first frame: editor %.0f ms, bare JavaFX window %.0f ms, %.2f×%n",
                medians[0], medians[1], medians[0] / medians[1]);
    }

    private static double timeToFirstFrame(String which) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = ChildJvm.start(FirstFrame.class.getName(), which);
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals(FirstFrame.MARK)) {
                    double millis = (System.nanoTime() - start) / 1e6;
                    process.waitFor();
                    return millis;
                }
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the " + which + " window never showed a frame");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
