package org.journeycanvas.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
 * figure beside its baseline and its target from DESIGN.md. Arguments are passed on as a JMH include pattern.
 */
public final class BenchmarkReport {
    private BenchmarkReport() {
    }

    public static void main(String[] args) throws Exception {
        long heap = heapAfterOpening();
        OptionsBuilder options = new OptionsBuilder();
        options.include(args.length > 0 ? args[0] : "org\\.journeycanvas\\.bench\\..*");
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Double> ms = new HashMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            ms.put(name.substring(name.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
        }
        System.out.println();
        System.out.println("Journey Canvas on the reference map: " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "%-34s %10s %12s %8s   %s%n", "figure", "ms", "baseline ms", "ratio",
                "target");
        row(ms, "read and validate", "readMap", "bareJacksonParse", "≤ 2× a bare Jackson parse");
        row(ms, "save (to memory)", "writeMap", "bareJacksonWrite", "≤ 2× a bare Jackson write");
        row(ms, "lay out the whole map (open)", "layoutWholeMap", null, "open ≤ 1000 ms with reading");
        row(ms, "edit a card and lay out again", "editCardAndLayOutAgain", null, "≤ 16 ms with the repaint");
        row(ms, "PNG at 2×", "png2x", null, "≤ 4000 ms");
        row(ms, "Excel", "excel", "bareExcelSameCells", "≤ 1.5× bare POI");
        row(ms, "PowerPoint", "powerPoint", null, "≤ 3000 ms");
        System.out.printf(Locale.ROOT, "%-34s %10s %12s %8s   %s%n", "heap after opening (MB)",
                String.valueOf(heap / (1024 * 1024)), "", "", "≤ 250 MB");
    }

    private static void row(Map<String, Double> ms, String figure, String benchmark, String baseline,
                            String target) {
        if (!ms.containsKey(benchmark)) {
            return;
        }
        double value = ms.get(benchmark);
        Double base = baseline == null ? null : ms.get(baseline);
        System.out.printf(Locale.ROOT, "%-34s %10.2f %12s %8s   %s%n", figure, value,
                base == null ? "" : String.format(Locale.ROOT, "%.2f", base),
                base == null ? "" : String.format(Locale.ROOT, "%.2f×", value / base), target);
    }

    /** The heap in use once the reference map is read and laid out, as the editor holds it. */
    private static long heapAfterOpening() throws Exception {
        byte[] bytes = new MapFileWriter().toBytes(MapGenerator.reference());
        settle();
        JourneyMap map = new MapFileReader().read(bytes, "reference.journey");
        MapGeometry geometry = new MapLayout(new TextWrapper(new Java2DTextMeasurer()), LayoutStyle.DEFAULT)
                .layout(map);
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
