package org.journeycanvas.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.table.CsvTableReader;
import org.journeycanvas.io.table.Table;
import org.journeycanvas.io.table.TableReadException;
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
 * Reading the tables an import starts from. The target is the whole import of 100,000 CSV rows in under 5 s;
 * reading is the part measured here, on rows like research notes (eight columns, a quoted field with a comma).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ImportBenchmarks {
    private Path csv100k;

    @Setup
    public void setUp() throws IOException {
        csv100k = Files.createTempFile("import-benchmark", ".csv");
        try (Writer out = Files.newBufferedWriter(csv100k, StandardCharsets.UTF_8)) {
            out.write("Persona;Stage;Lane;Text;Note;Tags;Channel;Score\n");
            for (int i = 0; i < 100_000; i++) {
                out.write("Dana;Stage " + (i % 24) + ";Thoughts;\"Card " + i + ": compares offers, then calls\";"
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
}
