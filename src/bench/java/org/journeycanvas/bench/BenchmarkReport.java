package org.journeycanvas.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.io.MapFileWriter;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.MapLayout;
import org.journeycanvas.layout.TextWrapper;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapGenerator;
import org.journeycanvas.render.Java2DTextMeasurer;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every benchmark on the reference map (6 personas × 8 lanes × 24 stages, 4,000 cards) and prints each
 * figure beside its baseline and its target (listed in docs/ARCHITECTURE.md, "Benchmarks"): the JMH benchmarks,
 * the canvas's frame times and the start-up time (each in JVMs of their own), and how cost grows from 1,000 to
 * 16,000 cards. An argument is passed on as a JMH include pattern, and then only those benchmarks run.
 */
public final class BenchmarkReport {
    private BenchmarkReport() {}

    public static void main(String[] args) throws Exception {
        boolean everything = args.length == 0;
        long heap = heapAfterOpening();
        OptionsBuilder options = new OptionsBuilder();
        options.include(everything ? "org\\.journeycanvas\\.bench\\..*" : args[0]);
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Double> ms = new HashMap<>();
        Map<String, Map<Integer, Double>> growth = new TreeMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            String method = name.substring(name.lastIndexOf('.') + 1);
            double score = result.getPrimaryResult().getScore();
            if (name.contains(GrowthBenchmarks.class.getSimpleName())) {
                growth.computeIfAbsent(method, key -> new TreeMap<>())
                        .put(Integer.parseInt(result.getParams().getParam("cards")), score);
            } else {
                ms.put(method, score);
            }
        }
        List<String> frames = everything ? ChildJvm.linesOf("frame", FrameTimes.class.getName()) : List.of();
        StartupTimes.Medians startup = everything ? StartupTimes.measure() : null;
        System.out.println();
        System.out.println("Journey Canvas on the reference map: "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "%-34s %10s %12s %8s   %s%n", "figure", "ms", "baseline ms", "ratio", "target");
        row(ms, "read and validate", "readMap", "bareJacksonParse", "≤ 2× a bare Jackson parse");
        row(ms, "save (to memory)", "writeMap", "bareJacksonWrite", "≤ 2× a bare Jackson write");
        row(ms, "lay out the whole map (open)", "layoutWholeMap", null, "open ≤ 1000 ms with reading");
        row(ms, "edit a card and lay out again", "editCardAndLayOutAgain", null, "≤ 16 ms with the repaint");
        row(ms, "PNG at 2×", "png2x", null, "≤ 4000 ms");
        row(ms, "PDF, one page", "pdf", "png1x", "≤ 2× the PNG at 1×");
        row(ms, "PDF on A4 pages", "pdfOnA4Pages", "png1x", "(as above)");
        row(ms, "Excel", "excel", "bareExcelSameCells", "≤ 1.5× bare POI");
        row(ms, "PowerPoint", "powerPoint", null, "≤ 3000 ms");
        System.out.printf(
                Locale.ROOT,
                "%-34s %10s %12s %8s   %s%n",
                "heap after opening (MB)",
                String.valueOf(heap / (1024 * 1024)),
                "",
                "",
                "≤ 250 MB");
        if (startup != null) {
            System.out.printf(
                    Locale.ROOT,
                    "%-34s %10.0f %12.0f %7.2f×   %s%n",
                    "start to first frame",
                    startup.app(),
                    startup.bare(),
                    startup.app() / startup.bare(),
                    "≤ 1.3× a bare JavaFX window");
            System.out.printf(
                    Locale.ROOT,
                    "%-34s %10.0f %12.0f %7.2f×   %s%n",
                    "  both with a class-data archive",
                    startup.appArchived(),
                    startup.bareArchived(),
                    startup.appArchived() / startup.bareArchived(),
                    "as installed (the app has one)");
        }
        if (!frames.isEmpty()) {
            System.out.println();
            System.out.println("Canvas frames, headless on the software pipeline (ms per frame)");
            System.out.printf(
                    Locale.ROOT, "%-34s %10s %12s %8s   %s%n", "gesture", "median", "95th pct", "frames", "target");
            for (String line : frames) {
                String[] field = line.split("\t");
                if (field[0].equals("frame-idle")) {
                    System.out.printf(
                            Locale.ROOT,
                            "%-34s %10s %12s %8s   %s%n",
                            "pulses a second while idle",
                            field[1],
                            "",
                            "",
                            "0 (no work while idle)");
                    continue;
                }
                System.out.printf(
                        Locale.ROOT,
                        "%-34s %10s %12s %8s   %s%n",
                        field[1],
                        field[2],
                        field[3],
                        field[4],
                        "≤ 16.7 ms (60 a second)");
            }
        }
        if (!growth.isEmpty()) {
            printGrowth(growth);
        }
    }

    /** Each operation's cost at every size, and how much it grew from the smallest map to the largest. */
    private static void printGrowth(Map<String, Map<Integer, Double>> growth) {
        System.out.println();
        System.out.println("Growth with the number of cards (ms); the cards grow 16×, the cost should not grow more");
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-12s", "operation"));
        for (int cards : GrowthBenchmarks.SIZES) {
            header.append(String.format(Locale.ROOT, " %10s", cards + " cards"));
        }
        System.out.println(header.append(String.format(Locale.ROOT, " %10s", "growth")));
        for (Map.Entry<String, Map<Integer, Double>> operation : growth.entrySet()) {
            Map<Integer, Double> bySize = operation.getValue();
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-12s", operation.getKey()));
            for (int cards : GrowthBenchmarks.SIZES) {
                Double cost = bySize.get(cards);
                row.append(
                        cost == null
                                ? String.format(Locale.ROOT, " %10s", "")
                                : String.format(Locale.ROOT, " %10.2f", cost));
            }
            Double smallest = bySize.get(GrowthBenchmarks.SIZES[0]);
            Double largest = bySize.get(GrowthBenchmarks.SIZES[GrowthBenchmarks.SIZES.length - 1]);
            if (smallest != null && largest != null) {
                row.append(String.format(Locale.ROOT, " %9.1f×", largest / smallest));
            }
            System.out.println(row);
        }
    }

    private static void row(Map<String, Double> ms, String figure, String benchmark, String baseline, String target) {
        if (!ms.containsKey(benchmark)) {
            return;
        }
        double value = ms.get(benchmark);
        Double base = baseline == null ? null : ms.get(baseline);
        System.out.printf(
                Locale.ROOT,
                "%-34s %10.2f %12s %8s   %s%n",
                figure,
                value,
                base == null ? "" : String.format(Locale.ROOT, "%.2f", base),
                base == null ? "" : String.format(Locale.ROOT, "%.2f×", value / base),
                target);
    }

    /** The heap in use once the reference map is read and laid out, as the editor holds it. */
    private static long heapAfterOpening() throws Exception {
        byte[] bytes = new MapFileWriter().toBytes(MapGenerator.reference());
        settle();
        JourneyMap map = new MapFileReader().read(bytes, "reference.journey");
        MapGeometry geometry =
                new MapLayout(new TextWrapper(new Java2DTextMeasurer()), LayoutStyle.DEFAULT).layout(map);
        settle();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        if (geometry.cards().size() != map.cardCount()) {
            throw new IllegalStateException("the layout lost cards");
        }
        return used;
    }

    private static void settle() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
    }
}
