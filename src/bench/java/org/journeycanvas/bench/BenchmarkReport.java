package org.journeycanvas.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every benchmark on the reference map (6 personas × 8 lanes × 24 stages, 4,000 cards) and prints each
 * figure beside its baseline and its target (listed in docs/ARCHITECTURE.md, "Benchmarks"): the JMH benchmarks,
 * the canvas's frame times (on the reference map and on 16,000 cards), opening the reference map in a running
 * editor and the start-up time (each in JVMs of their own), and how cost grows from 1,000 to 16,000 cards.
 *
 * <p>Arguments choose sections: {@code jmh} (the JMH benchmarks on the reference map, and the heap), {@code jmh
 * <pattern>} (the JMH benchmarks the include pattern matches), {@code growth}, {@code frames}, {@code open},
 * {@code startup}; none runs them all. Any other single argument is taken as a JMH include pattern.
 */
public final class BenchmarkReport {
    static final List<String> SECTIONS = List.of("jmh", "growth", "frames", "open", "startup");
    private static final String ALL_BENCHMARKS = "org\\.journeycanvas\\.bench\\..*";
    private static final String GROWTH = ".*\\." + GrowthBenchmarks.class.getSimpleName() + "\\..*";

    private BenchmarkReport() {}

    public static void main(String[] args) throws Exception {
        Set<String> sections = new HashSet<>(args.length == 0 ? SECTIONS : List.of());
        String pattern = null;
        if (args.length > 0 && args[0].equals("jmh")) {
            sections.add("jmh");
            pattern = args.length > 1 ? args[1] : null;
        } else if (args.length > 0 && SECTIONS.containsAll(List.of(args))) {
            sections.addAll(List.of(args));
        } else if (args.length == 1) {
            sections.add("jmh");
            pattern = args[0];
        } else if (args.length > 1) {
            System.err.println("usage: [jmh [pattern] | growth | frames | open | startup ...] or a JMH pattern");
            System.exit(2);
        }
        Long heap = sections.contains("jmh") ? heapAfterOpening() : null;
        Map<String, Double> ms = new HashMap<>();
        Map<String, Map<Integer, Double>> growth = new TreeMap<>();
        if (sections.contains("jmh") || sections.contains("growth")) {
            runJmh(jmhOptions(sections, pattern), ms, growth);
        }
        List<String> frames = sections.contains("frames") ? WindowFigures.frames() : List.of();
        Double open = sections.contains("open") ? WindowFigures.open() : null;
        StartupTimes.Medians startup = sections.contains("startup") ? StartupTimes.measure() : null;
        System.out.println();
        System.out.println("Journey Canvas on the reference map: "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version"));
        if (!ms.isEmpty() || heap != null || open != null || startup != null) {
            System.out.printf(
                    Locale.ROOT, "%-34s %10s %12s %8s   %s%n", "figure", "ms", "baseline ms", "ratio", "target");
        }
        row(ms, "read and validate", "readMap", "bareJacksonParse", "≤ 2× a bare Jackson parse");
        row(ms, "save (to memory)", "writeMap", "bareJacksonWrite", "≤ 2× a bare Jackson write");
        row(ms, "lay out the whole map (open)", "layoutWholeMap", null, "open ≤ 1000 ms with reading");
        row(ms, "edit a card and lay out again", "editCardAndLayOutAgain", null, "≤ 16 ms with the repaint");
        row(ms, "add a card and lay out again", "addCardAndLayOutAgain", null, "(the model's part of a drop)");
        row(ms, "PNG at 2×", "png2x", null, "≤ 4000 ms");
        row(ms, "PDF, one page", "pdf", "png1x", "≤ 2× the PNG at 1×");
        row(ms, "PDF on A4 pages", "pdfOnA4Pages", "png1x", "(as above)");
        row(ms, "Excel", "excel", "bareExcelSameCells", "≤ 1.5× bare POI");
        row(ms, "PowerPoint", "powerPoint", null, "≤ 3000 ms");
        row(ms, "import a 100,000-row CSV", "csv100kToMap", null, "≤ 5000 ms");
        if (heap != null) {
            System.out.printf(
                    Locale.ROOT,
                    "%-34s %10s %12s %8s   %s%n",
                    "heap after opening (MB)",
                    String.valueOf(heap / (1024 * 1024)),
                    "",
                    "",
                    "≤ 250 MB");
        }
        if (open != null) {
            System.out.printf(
                    Locale.ROOT,
                    "%-34s %10.0f %12s %8s   %s%n",
                    "open in a running editor (frame)",
                    open,
                    "",
                    "",
                    "≤ 500 ms to the first frame showing it");
        }
        if (startup != null) {
            System.out.printf(
                    Locale.ROOT,
                    "%-34s %10.0f %12.0f %7.2f×   %s%n",
                    "start to first frame",
                    startup.app(),
                    startup.bare(),
                    startup.app() / startup.bare(),
                    "≤ 1.5× a bare JavaFX window");
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
            WindowFigures.printFrames(frames);
        }
        if (!growth.isEmpty()) {
            printGrowth(growth);
        }
    }

    /**
     * Which JMH benchmarks run: all of them, the growth benchmarks or the others alone, or a pattern's. Forks,
     * iterations and JVM options are each benchmark class's own (its annotations).
     */
    private static OptionsBuilder jmhOptions(Set<String> sections, String pattern) {
        OptionsBuilder options = new OptionsBuilder();
        if (pattern != null) {
            options.include(pattern);
        } else if (!sections.contains("growth")) {
            options.include(ALL_BENCHMARKS).exclude(GROWTH);
        } else {
            options.include(sections.contains("jmh") ? ALL_BENCHMARKS : GROWTH);
        }
        return options;
    }

    /** Runs JMH and sorts its scores: the growth benchmarks' by operation and size, the others' by method. */
    private static void runJmh(OptionsBuilder options, Map<String, Double> ms, Map<String, Map<Integer, Double>> growth)
            throws RunnerException {
        Collection<RunResult> results = new Runner(options.build()).run();
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
