package org.journeycanvas.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the launcher of the app image jpackage built (on Linux every build makes one) as an installed copy would
 * run: its own trimmed runtime, no Java on the path. Exporting every format checks the trimmed runtime still has
 * the modules the exporters need.
 */
class PackagedLauncherIT {
    private static final Path TEMPLATE = Path.of("assets", "templates", "b2b-buyer.journey");

    @TempDir
    Path folder;
    private Path launcher;

    @BeforeEach
    void findLauncher() {
        String path = System.getProperty("journeycanvas.launcher", "");
        assumeTrue(!path.isBlank() && Files.isExecutable(Path.of(path)), "no app image was built on this system");
        launcher = Path.of(path);
    }

    @Test
    void printsItsVersion() throws Exception {
        Result result = run("--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).matches("Journey Canvas \\d+\\.\\d+\\.\\d+.*\\n");
    }

    @Test
    void validatesATemplate() throws Exception {
        Result result = run("validate", TEMPLATE.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(TEMPLATE + ": ok\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void reportsABrokenFileInOneLine() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.journey"), "{ not json");
        Result result = run("validate", broken.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines()).singleElement().asString().startsWith(broken + ":1:");
    }

    @Test
    void exportsEveryFormatWithItsTrimmedRuntime() throws Exception {
        for (String format : new String[] {"png", "xlsx", "pptx"}) {
            Path out = folder.resolve("map." + format);
            Result result = run("export", TEMPLATE.toString(), "--format", format, "-o", out.toString());
            assertThat(result.exitCode()).as(format + ": " + result.err()).isZero();
            assertThat(Files.size(out)).as(format).isGreaterThan(1000);
        }
    }

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("XDG_DATA_HOME", folder.resolve("data").toString());
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(out, UTF_8), new String(err, UTF_8));
    }

    private record Result(int exitCode, String out, String err) {
    }
}
