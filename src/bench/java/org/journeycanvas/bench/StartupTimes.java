package org.journeycanvas.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Start-up to the first frame, the editor beside a bare JavaFX window started the same way: a new JVM each time,
 * from launching it to the frame being rendered, alternating the two, after one warm-up run of each (so both
 * read their jars from the file cache). Reports the medians, twice: as {@code java} starts them, and with a
 * class-data archive of each one's own classes, made by its first run, as the installed app has one.
 */
public final class StartupTimes {
    private static final int RUNS = 7;

    private StartupTimes() {}

    /** Median milliseconds to the first frame, plain and with class-data archives. */
    record Medians(double app, double bare, double appArchived, double bareArchived) {}

    static Medians measure() throws IOException, InterruptedException {
        double[] plain = alternate(List.of(), List.of());
        Path folder = Files.createTempDirectory("journey-canvas-archives");
        Path appArchive = folder.resolve("app.jsa");
        Path bareArchive = folder.resolve("bare.jsa");
        timeToFirstFrame("app", List.of("-XX:ArchiveClassesAtExit=" + appArchive));
        timeToFirstFrame("bare", List.of("-XX:ArchiveClassesAtExit=" + bareArchive));
        double[] archived = alternate(
                List.of("-XX:SharedArchiveFile=" + appArchive), List.of("-XX:SharedArchiveFile=" + bareArchive));
        Files.deleteIfExists(appArchive);
        Files.deleteIfExists(bareArchive);
        Files.deleteIfExists(folder);
        return new Medians(plain[0], plain[1], archived[0], archived[1]);
    }

    public static void main(String[] args) throws Exception {
        Medians medians = measure();
        System.out.printf(
                Locale.ROOT,
                "start-up to first frame: editor %.0f ms, bare JavaFX window %.0f ms, %.2f×%n",
                medians.app(),
                medians.bare(),
                medians.app() / medians.bare());
        System.out.printf(
                Locale.ROOT,
                "with class-data archives: editor %.0f ms, bare JavaFX window %.0f ms, %.2f×%n",
                medians.appArchived(),
                medians.bareArchived(),
                medians.appArchived() / medians.bareArchived());
    }

    /** The editor's and the bare window's medians, each started with its own JVM options. */
    private static double[] alternate(List<String> appOptions, List<String> bareOptions)
            throws IOException, InterruptedException {
        timeToFirstFrame("app", appOptions);
        timeToFirstFrame("bare", bareOptions);
        double[] app = new double[RUNS];
        double[] bare = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            app[i] = timeToFirstFrame("app", appOptions);
            bare[i] = timeToFirstFrame("bare", bareOptions);
        }
        return new double[] {median(app), median(bare)};
    }

    private static double timeToFirstFrame(String which, List<String> jvmOptions)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = ChildJvm.start(jvmOptions, FirstFrame.class.getName(), which);
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
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
