package org.journeycanvas.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the launcher of the app image jpackage built (on Linux every build makes one) as an installed copy would
 * run: its own trimmed runtime, no Java on the path. Exporting every format checks the trimmed runtime still has
 * the modules the exporters need. Where Xvfb and the X11 utilities are installed, the launcher also opens a map in
 * a real window, as a double-click on a {@code .journey} file does.
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

    /** The installer's version (the pom's without -SNAPSHOT), not the jar's. */
    @Test
    void printsTheVersionItWasPackagedWith() throws Exception {
        Result result = run("--version");
        assertThat(result.exitCode()).isZero();
        String packagedVersion = System.getProperty("journeycanvas.packagedVersion");
        assertThat(result.out()).isEqualTo("Journey Canvas " + packagedVersion + "\n");
    }

    /** -Xshare:on makes the runtime refuse to start unless it can map the archive the build made for it. */
    @Test
    void startsFromTheClassDataArchiveMadeForIt() throws Exception {
        assumeTrue(
                Files.exists(launcher.getParent().resolveSibling("lib/app/journey-canvas.jsa")),
                "this system's build makes no class-data archive");
        Result result = runWith(Map.of("JAVA_TOOL_OPTIONS", "-Xshare:on"), "--version");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("Journey Canvas ");
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

    @Test
    void opensAMapGivenToItInARealWindowWithTheAppIcon() throws Exception {
        assumeTrue(onPath("Xvfb") && onPath("xwininfo") && onPath("xprop"), "no Xvfb and X11 utilities here");
        Path map = Files.copy(Path.of("assets", "samples", "fleet-b2b-buyer.journey"), folder.resolve("fleet.journey"));
        Process display = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1600x1000x24")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Process app = null;
        try {
            // -displayfd: Xvfb picks a free display and prints its number once it accepts connections.
            String displayName =
                    ":" + new BufferedReader(new InputStreamReader(display.getInputStream(), UTF_8)).readLine();
            ProcessBuilder builder = new ProcessBuilder(launcher.toString(), map.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("DISPLAY", displayName);
            builder.environment().put("XDG_DATA_HOME", folder.resolve("data").toString());
            app = builder.start();

            String window = waitForWindowTitled("fleet.journey — Journey Canvas", displayName);
            assertThat(output(displayName, "xprop", "-id", window, "_NET_WM_ICON"))
                    .contains("Icon (");
        } finally {
            if (app != null) {
                app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            display.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The id of the top-level window with that title, once it shows (the app starts in a few seconds). */
    private static String waitForWindowTitled(String title, String displayName) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String quoted = "\"" + title + "\"";
        while (System.nanoTime() < deadline) {
            for (String line :
                    output(displayName, "xwininfo", "-root", "-tree").lines().toList()) {
                if (line.contains(quoted)) {
                    return line.trim().split("\\s")[0];
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no window titled " + quoted + " appeared");
    }

    private static String output(String displayName, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", displayName);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), UTF_8);
        process.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    private static boolean onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private Result run(String... args) throws IOException, InterruptedException {
        return runWith(Map.of(), args);
    }

    private Result runWith(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("XDG_DATA_HOME", folder.resolve("data").toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(out, UTF_8), new String(err, UTF_8));
    }

    private record Result(int exitCode, String out, String err) {}
}
