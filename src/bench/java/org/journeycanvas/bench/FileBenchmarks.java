package org.journeycanvas.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.journeycanvas.io.MapFileException;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.io.MapFileWriter;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapGenerator;
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

/** Reading (with validation) and writing the reference map, beside a bare Jackson parse and write of it. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// Reading a map of 4,000 cards is compiled fully only after about five seconds: three seconds of warm-up measured
// 15–22 ms a read where the compiled code takes 2.5 ms.
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FileBenchmarks {
    private final ObjectMapper jackson = new ObjectMapper();
    private final MapFileReader reader = new MapFileReader();
    private final MapFileWriter writer = new MapFileWriter();
    private JourneyMap map;
    private byte[] bytes;
    private JsonNode tree;

    @Setup
    public void setUp() throws IOException {
        map = MapGenerator.reference();
        bytes = writer.toBytes(map);
        tree = jackson.readTree(bytes);
    }

    @Benchmark
    public JourneyMap readMap() throws MapFileException {
        return reader.read(bytes, "reference.journey");
    }

    @Benchmark
    public JsonNode bareJacksonParse() throws IOException {
        return jackson.readTree(bytes);
    }

    @Benchmark
    public byte[] writeMap() {
        return writer.toBytes(map);
    }

    @Benchmark
    public byte[] bareJacksonWrite() throws IOException {
        return jackson.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
    }
}
