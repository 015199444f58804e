package org.journeycanvas.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.journeycanvas.importing.ColumnMapping;
import org.journeycanvas.importing.TableImport;
import org.journeycanvas.importing.TableImportOptions;
import org.journeycanvas.importing.TableMapBuilder;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.table.CsvTableReader;
import org.journeycanvas.io.table.Table;
import org.journeycanvas.io.table.TableReadException;
import org.journeycanvas.model.LaneKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing tables, on 100,000 CSV rows like research notes (eight columns, a quoted field with a comma): reading
 * alone ({@link #csv100k}), and the whole import a user waits for ({@link #csv100kToMap}: reading, guessing the
 * columns and the score scale, building the map). The target for the whole import is under 5 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ImportBenchmarks {
    /** Scores and channels land on emotion and touchpoint cards, and are dropped with a note on the others. */
    private static final String[] LANES = {"Thoughts", "Emotions", "Touchpoints", "Pain points", "Ideas"};

    private static final String[] PERSONAS = {"Dana", "Lee", "Sam"};

    private Path csv100k;

    @Setup
    public void setUp() throws IOException {
        csv100k = Files.createTempFile("import-benchmark", ".csv");
        try (Writer out = Files.newBufferedWriter(csv100k, StandardCharsets.UTF_8)) {
            out.write("Persona;Stage;Lane;Text;Note;Tags;Channel;Score\n");
            for (int i = 0; i < 100_000; i++) {
                out.write(PERSONAS[i % PERSONAS.length] + ";Stage " + (i % 24) + ";" + LANES[i % LANES.length]
                        + ";\"Card " + i + ": compares offers, then calls\";"
                        + "Interview " + (i % 300) + ", minute " + (i % 60) + ";pricing trust;EMAIL;" + (i % 5 - 2)
                        + "\n");
            }
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(csv100k);
    }

    @Benchmark
    public Table csv100k() throws TableReadException {
        return new CsvTableReader().read(csv100k, Progress.NONE);
    }

    @Benchmark
    public TableImport csv100kToMap() throws TableReadException {
        Table table = new CsvTableReader().read(csv100k, Progress.NONE);
        ColumnMapping mapping = ColumnMapping.guess(table.header());
        TableImportOptions options =
                new TableImportOptions(mapping, TableMapBuilder.guessScale(table, mapping), LaneKind.NOTES);
        return TableMapBuilder.build(table, options, Progress.NONE);
    }
}
