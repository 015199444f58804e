package org.journeycanvas.bench;

import java.util.concurrent.TimeUnit;
import org.journeycanvas.command.CommandStack;
import org.journeycanvas.command.Field;
import org.journeycanvas.command.FieldEdit;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Laying out the reference map from scratch (opening it), and an edit as the editor does it: the command,
 * then the layout again, which re-lays only the lane that changed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class EditBenchmarks {
    private JourneyMap map;
    private CommandStack stack;
    private MapLayout editorLayout;
    private String cardId;
    private long edits;

    @Setup
    public void setUp() {
        map = MapGenerator.reference();
        stack = new CommandStack(map);
        editorLayout = newLayout();
        editorLayout.layout(map);
        cardId = map.personas().get(3).lanes().get(2).cards().get(5).id();
    }

    @Benchmark
    public MapGeometry layoutWholeMap() {
        return newLayout().layout(map);
    }

    @Benchmark
    public MapGeometry editCardAndLayOutAgain() {
        stack.execute(new FieldEdit<>(Field.CARD_TEXT, cardId, "Edited text number " + edits++));
        stack.closeStep();
        return editorLayout.layout(stack.current());
    }

    private static MapLayout newLayout() {
        return new MapLayout(new TextWrapper(new Java2DTextMeasurer()), LayoutStyle.DEFAULT);
    }
}
