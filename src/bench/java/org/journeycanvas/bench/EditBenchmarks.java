package org.journeycanvas.bench;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.journeycanvas.command.AddCardsCommand;
import org.journeycanvas.command.CommandStack;
import org.journeycanvas.command.Field;
import org.journeycanvas.command.FieldEdit;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.MapLayout;
import org.journeycanvas.layout.TextWrapper;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.IdGenerator;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.MapGenerator;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.render.Java2DTextMeasurer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
    private final IdGenerator ids = new IdGenerator(new Random(7));

    /** Each iteration starts from the reference map, so that adding cards does not grow it beyond a few hundred. */
    @Setup(Level.Iteration)
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

    /** Adding a card where a drop puts it: a new id, the command, the layout again and the index the canvas keeps. */
    @Benchmark
    public MapIndex addCardAndLayOutAgain() {
        JourneyMap current = stack.current();
        Lane lane = current.personas().get(3).lanes().get(2);
        String stageId =
                current.stages().get((int) (edits % current.stages().size())).id();
        String newId = ids.next(current::usesId);
        stack.execute(new AddCardsCommand(
                "add", lane.id(), stageId, 0, List.of(Card.of(newId, stageId, "New card " + edits++))));
        stack.closeStep();
        editorLayout.layout(stack.current());
        return MapIndex.of(stack.current());
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
