package org.journeycanvas.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged {@code target/journey-canvas.jar} as a user would, in its own process. */
class JarCommandLineIT {
    @TempDir
    Path folder;

    @Test
    void validateAcceptsTheDesignExampleByteForByte() throws Exception {
        Path example = folder.resolve("design-example.journey");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/v1/design-example.journey")) {
            Files.write(example, in.readAllBytes());
        }
        Result result = run("validate", example.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(example + ": ok\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void invalidFileExitsWithOneAndOneLine() throws Exception {
        Path broken =
                Files.writeString(folder.resolve("broken.journey"), "{\"type\": \"journey-canvas\", \"version\": 99}");
        Result result = run("validate", broken.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines())
                .singleElement()
                .asString()
                .startsWith(broken + ":1:39: version: this map was saved by a newer Journey Canvas");
    }

    @Test
    void wrongUsageExitsWithTwoAndNoStackTrace() throws Exception {
        Result result = run("validate", "--no-such-option", "a.journey");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .contains("Unknown option")
                .doesNotContain("\tat ")
                .doesNotContain("Exception");
    }

    @Test
    void versionAndHelp() throws Exception {
        assertThat(run("--version").out()).matches("Journey Canvas \\d+\\.\\d+\\.\\d+.*\\n");
        Result help = run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("validate");
    }

    @Test
    void theSystemsLanguageIsSpokenUnlessLangChoosesAnother() throws Exception {
        Path broken =
                Files.writeString(folder.resolve("broken.journey"), "{\"type\": \"journey-canvas\", \"version\": 99}");
        Result german = runIn("de", "validate", broken.toString());
        assertThat(german.exitCode()).isEqualTo(1);
        assertThat(german.err())
                .startsWith(broken + ":1:39: version: Diese Kundenreise wurde mit einer neueren Version");
        Result french = runIn("de", "--lang", "fr", "validate", broken.toString());
        assertThat(french.err()).startsWith(broken + ":1:39: version: ce parcours a été enregistré");
    }

    /** Runs as on a system whose language is English, so that the texts are the English ones. */
    private Result run(String... args) throws IOException, InterruptedException {
        return runIn("en", args);
    }

    private Result runIn(String systemLanguage, String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("journeycanvas.jar", "target/journey-canvas.jar"));
        assertThat(jar).exists();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djourneycanvas.dataDir=" + folder.resolve("data"),
                "-Duser.language=" + systemLanguage,
                "-Dfile.encoding=UTF-8",
                "-jar",
                jar.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(out, UTF_8), new String(err, UTF_8));
    }

    private record Result(int exitCode, String out, String err) {}
}
