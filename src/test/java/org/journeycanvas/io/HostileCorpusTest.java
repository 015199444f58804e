package org.journeycanvas.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.journeycanvas.app.cli.JourneyCanvasCli;
import org.journeycanvas.model.JourneyMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every hostile file, and ten thousand mutations of a valid one, either loads (and then saves and loads back
 * the same) or is refused with one clear line: never another exception, never a hang.
 */
class HostileCorpusTest {
    private static final long HANG_LIMIT_NANOS = Duration.ofSeconds(2).toNanos();

    private final MapFileReader reader = new MapFileReader();
    private final MapFileWriter writer = new MapFileWriter();
    private final String canonical;

    HostileCorpusTest() throws Exception {
        canonical = new String(MapFileFormatTest.fixture("v1/design-example.canonical.journey"), UTF_8);
    }

    @Test
    void theCorpusHasAtLeastFiftyFilesAndEachIsHandledCleanlyWhenOpened(@TempDir Path folder) throws Exception {
        List<HostileCorpus.Sample> samples = HostileCorpus.samples(canonical);
        assertThat(samples).hasSizeGreaterThanOrEqualTo(50);
        int refused = 0;
        for (HostileCorpus.Sample sample : samples) {
            Path file = Files.write(folder.resolve(sample.name() + ".journey"), sample.bytes());
            refused += check(sample.name(), () -> reader.read(file)) ? 0 : 1;
        }
        assertThat(refused).as("most of the corpus is refused").isGreaterThan(45);
    }

    @Test
    void theCommandLineValidatesTheCorpusWithOneLinePerBadFile(@TempDir Path folder) throws Exception {
        List<String> args = new ArrayList<>(List.of("validate"));
        for (HostileCorpus.Sample sample : HostileCorpus.samples(canonical)) {
            args.add(Files.write(folder.resolve(sample.name() + ".journey"), sample.bytes())
                    .toString());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> JourneyCanvasCli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err)));
        assertThat(code).isEqualTo(JourneyCanvasCli.FAILED);
        assertThat(out.toString().lines().count() + err.toString().lines().count())
                .isEqualTo(args.size() - 1);
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        err.toString()
                .lines()
                .forEach(line -> assertThat(line).contains(".journey").contains(": "));
    }

    @Test
    void tenThousandMutationsOfAValidMapAreAllHandledCleanly() {
        byte[] valid = canonical.getBytes(UTF_8);
        Random random = new Random(20261122);
        int loaded = 0;
        for (int i = 0; i < 10_000; i++) {
            byte[] mutated = HostileCorpus.mutate(valid, random);
            int attempt = i;
            loaded += check("mutation " + attempt, () -> reader.read(mutated, "fuzz.journey")) ? 1 : 0;
        }
        assertThat(loaded).as("some mutations still load").isPositive();
        assertThat(loaded).as("most mutations are refused").isLessThan(9_000);
    }

    /** Loads a file; true when it loaded (and then saved and loaded back the same), false when refused. */
    private boolean check(String name, ThrowingRead read) {
        long start = System.nanoTime();
        try {
            JourneyMap map = read.read();
            byte[] saved = writer.toBytes(map);
            assertThat(reader.read(saved, name))
                    .as(name + " saves and loads back")
                    .isEqualTo(map);
            return true;
        } catch (MapFileException e) {
            assertThat(e.getMessage())
                    .as(name)
                    .isNotBlank()
                    .doesNotContain("\n")
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");
            return false;
        } finally {
            assertThat(System.nanoTime() - start).as(name + " took too long").isLessThan(HANG_LIMIT_NANOS);
        }
    }

    @FunctionalInterface
    private interface ThrowingRead {
        JourneyMap read() throws MapFileException;
    }
}
