package org.journeycanvas.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.journeycanvas.command.CommandStack;
import org.journeycanvas.command.Field;
import org.journeycanvas.command.FieldEdit;
import org.journeycanvas.export.ExcelExporter;
import org.journeycanvas.export.PowerPointExporter;
import org.journeycanvas.export.PptxOptions;
import org.journeycanvas.io.MapFileException;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.io.MapFileWriter;
import org.journeycanvas.io.Progress;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.MapLayout;
import org.journeycanvas.layout.TextWrapper;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapGenerator;
import org.journeycanvas.render.Java2DTextMeasurer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How cost grows with the size of the map, from 1,000 to 16,000 cards. Personas and stages grow with the square
 * root of the cards, so every size has the reference map's shape and density (16,000 cards: 12 personas × 48
 * stages).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// Five seconds of warm-up: at 16,000 cards the first seconds run before the JIT has compiled the layout (a
// layout then takes five times as long), and two seconds left some of that in the measured iterations.
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx2g"})
public class GrowthBenchmarks {
    static final int[] SIZES = {1_000, 2_000, 4_000, 8_000, 16_000};

    @Param({"1000", "2000", "4000", "8000", "16000"})
    public int cards;

    private final MapFileReader reader = new MapFileReader();
    private final MapFileWriter writer = new MapFileWriter();
    private JourneyMap map;
    private byte[] bytes;
    private CommandStack stack;
    private MapLayout editorLayout;
    private String cardId;
    private long edits;

    @Setup
    public void setUp() {
        map = mapOf(cards);
        bytes = writer.toBytes(map);
        stack = new CommandStack(map);
        editorLayout = newLayout();
        editorLayout.layout(map);
        cardId = map.personas().get(1).lanes().get(2).cards().get(3).id();
    }

    /** A map of about {@code cards} cards in the reference map's proportions. */
    static JourneyMap mapOf(int cards) {
        double growth = Math.sqrt(cards / 4_000.0);
        return MapGenerator.generate((int) Math.round(6 * growth), (int) Math.round(24 * growth), cards, 1);
    }

    @Benchmark
    public JourneyMap read() throws MapFileException {
        return reader.read(bytes, "growth.journey");
    }

    @Benchmark
    public byte[] save() {
        return writer.toBytes(map);
    }

    /**
     * Measured for ten seconds, not five: the figure with a target, and on a shared machine a slow spell of two
     * seconds (16,000 cards: 22 ms an iteration against 15–16 before and after) moved a five-second mean by a
     * quarter.
     */
    @Benchmark
    @Measurement(iterations = 10, time = 1)
    public MapGeometry layOut() {
        return newLayout().layout(map);
    }

    @Benchmark
    public MapGeometry edit() {
        stack.execute(new FieldEdit<>(Field.CARD_TEXT, cardId, "Edited text number " + edits++));
        stack.closeStep();
        return editorLayout.layout(stack.current());
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public void excel() throws IOException {
        new ExcelExporter().export(map, null, OutputStream.nullOutputStream(), Progress.NONE);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public void powerPoint() throws IOException {
        new PowerPointExporter()
                .export(map, new PptxOptions(null, false), OutputStream.nullOutputStream(), Progress.NONE);
    }

    private static MapLayout newLayout() {
        return new MapLayout(new TextWrapper(new Java2DTextMeasurer()), LayoutStyle.DEFAULT);
    }
}
