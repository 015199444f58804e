package org.journeycanvas.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts a class of the benchmark jar in a JVM of its own, as the figures that need a fresh JavaFX toolkit do. */
final class ChildJvm {
    private ChildJvm() {}

    static Process start(String mainClass, String... args) throws IOException {
        return start(List.of(), mainClass, args);
    }

    /** The same, with options for the child's JVM. */
    static Process start(List<String> jvmOptions, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath());
        command.add(mainClass);
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** Runs a class to its end and returns the lines it printed that start with {@code prefix}. */
    static List<String> linesOf(String prefix, String mainClass, String... args)
            throws IOException, InterruptedException {
        Process process = start(mainClass, args);
        List<String> lines = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(prefix)) {
                    lines.add(line);
                }
            }
        }
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return lines;
    }

    private static String classPath() {
        try {
            return Path.of(ChildJvm.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the benchmark jar's location is not a path", e);
        }
    }
}
