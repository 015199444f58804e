package org.journeycanvas.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures measured in the real editor window, each in a JVM of its own ({@link ChildJvm}): the canvas's
 * frames on maps of several sizes ({@link FrameTimes}) and opening the reference map in a running editor
 * ({@link OpenTimes}); and their tables.
 */
final class WindowFigures {
    /** The maps whose frames are measured: the reference map, and the largest of the growth benchmarks. */
    static final int[] FRAME_MAP_CARDS = {4_000, 16_000};

    private static final String ROW = "%-34s %10s %12s %8s %8s   %s%n";

    private WindowFigures() {}

    /** FrameTimes's lines for each map size. */
    static List<String> frames() throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        for (int cards : FRAME_MAP_CARDS) {
            lines.addAll(ChildJvm.linesOf("frame", FrameTimes.class.getName(), "--" + FrameTimes.CARDS + "=" + cards));
        }
        return lines;
    }

    /** The median milliseconds from asking to open the reference map to its first rendered frame. */
    static double open() throws IOException, InterruptedException {
        for (String line : ChildJvm.linesOf(OpenTimes.MARK, OpenTimes.class.getName())) {
            String[] field = line.split("\t");
            if (field[0].equals(OpenTimes.MARK)) {
                return Double.parseDouble(field[1]);
            }
        }
        throw new IllegalStateException("opening the reference map was not timed (did the editor fail to start?)");
    }

    /** One table per map size: each gesture's frame times, and the frames that did not show the whole view. */
    static void printFrames(List<String> lines) {
        for (int cards : FRAME_MAP_CARDS) {
            String size = String.valueOf(cards);
            System.out.println();
            System.out.printf(
                    Locale.ROOT,
                    "Canvas frames, %,d cards%s, headless on the software pipeline (ms per frame)%n",
                    cards,
                    cards == 4_000 ? " (the reference map)" : "");
            System.out.printf(Locale.ROOT, ROW, "gesture", "median", "95th pct", "frames", "missing", "target");
            for (String line : lines) {
                String[] field = line.split("\t");
                if (!field[1].equals(size)) {
                    continue;
                }
                if (field[0].equals("frame-idle")) {
                    System.out.printf(
                            Locale.ROOT, ROW, "pulses a second while idle", field[2], "", "", "", "0 (no work)");
                } else {
                    System.out.printf(
                            Locale.ROOT, ROW, field[2], field[3], field[4], field[5], field[6], target(field[2]));
                }
            }
        }
        System.out.println("(missing: frames that did not show all of the visible map, after the step)");
    }

    private static String target(String gesture) {
        return gesture.startsWith("drop") ? "95th ≤ 16.7 ms" : "median ≤ 8 ms, 95th ≤ 16.7 ms";
    }
}
