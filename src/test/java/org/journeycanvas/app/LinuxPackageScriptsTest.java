package org.journeycanvas.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The .deb's maintainer scripts in {@code packaging/linux/}, run as dpkg runs them after jpackage has filled in its
 * placeholders. The desktop commands are replaced by ones that fail, as xdg-utils does on a system without a
 * desktop: installing and removing must still succeed, or dpkg leaves a package that can be neither finished nor
 * removed.
 */
class LinuxPackageScriptsTest {
    private static final Path SCRIPTS = Path.of("packaging", "linux");

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource({"postinst, configure, DESKTOP_COMMANDS_INSTALL", "prerm, remove, DESKTOP_COMMANDS_UNINSTALL",
            "prerm, upgrade, DESKTOP_COMMANDS_UNINSTALL"})
    void failingDesktopCommandsDoNotFailThePackage(String script, String action, String placeholder)
            throws Exception {
        Path marker = folder.resolve("desktop-commands-ran");
        Path filledIn = fillIn(script, placeholder, "touch '" + marker + "'\nfalse\nfalse");

        assertThat(run(filledIn, action)).isZero();
        assertThat(marker).as("the desktop commands ran").exists();
    }

    @ParameterizedTest
    @CsvSource({"postinst, DESKTOP_COMMANDS_INSTALL", "prerm, DESKTOP_COMMANDS_UNINSTALL"})
    void anUnknownActionIsRefused(String script, String placeholder) throws Exception {
        assertThat(run(fillIn(script, placeholder, "true"), "something-else")).isEqualTo(1);
    }

    /** jpackage replaces a placeholder wherever it stands, in a comment too, so each must stand exactly once. */
    @ParameterizedTest
    @CsvSource({"postinst, DESKTOP_COMMANDS_INSTALL, 1", "prerm, DESKTOP_COMMANDS_UNINSTALL, 1",
            "prerm, UTILITY_SCRIPTS, 1", "postinst, UTILITY_SCRIPTS, 0"})
    void eachPlaceholderStandsOnlyWhereItIsMeant(String script, String placeholder, int times) throws IOException {
        String text = Files.readString(SCRIPTS.resolve(script), UTF_8);
        assertThat(text.split(placeholder, -1).length - 1).isEqualTo(times);
    }

    private Path fillIn(String script, String placeholder, String commands) throws IOException {
        String text = Files.readString(SCRIPTS.resolve(script), UTF_8)
                .replace(placeholder, commands)
                .replace("UTILITY_SCRIPTS", "");
        return Files.writeString(folder.resolve(script), text, UTF_8);
    }

    private static int run(Path script, String action) throws IOException, InterruptedException {
        Path shell = Path.of("/bin/sh");
        assumeTrue(Files.isExecutable(shell), "no POSIX shell on this system");
        Process process = new ProcessBuilder(shell.toString(), script.toString(), action)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
