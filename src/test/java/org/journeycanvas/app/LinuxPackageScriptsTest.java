package org.journeycanvas.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The .deb's maintainer scripts in {@code packaging/linux/}, run as dpkg runs them after jpackage has filled in its
 * placeholders, against a stand-in install folder whose launcher only records how it was called. The desktop
 * commands are replaced by ones that fail, as xdg-utils does on a system without a desktop: installing and removing
 * must still succeed, or dpkg leaves a package that can be neither finished nor removed.
 */
class LinuxPackageScriptsTest {
    private static final Path SCRIPTS = Path.of("packaging", "linux");
    private static final String INSTALL_DIR = "/opt/journey-canvas";

    @TempDir
    Path folder;

    private Path appDir;
    private Path archive;

    @BeforeEach
    void installStandIn() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no POSIX shell on this system");
        appDir = folder.resolve("journey-canvas");
        archive = appDir.resolve("lib/app/journey-canvas.jsa");
        Files.createDirectories(archive.getParent());
        standInLauncher(0);
    }

    @ParameterizedTest
    @CsvSource({
        "postinst, configure, DESKTOP_COMMANDS_INSTALL",
        "prerm, remove, DESKTOP_COMMANDS_UNINSTALL",
        "prerm, upgrade, DESKTOP_COMMANDS_UNINSTALL"
    })
    void failingDesktopCommandsDoNotFailThePackage(String script, String action, String placeholder) throws Exception {
        Path marker = folder.resolve("desktop-commands-ran");
        Path filledIn = fillIn(script, placeholder, "touch '" + marker + "'\nfalse\nfalse");

        assertThat(run(filledIn, action)).isZero();
        assertThat(marker).as("the desktop commands ran").exists();
    }

    @Test
    void installingMakesTheClassDataArchiveFromTheShippedClassList() throws Exception {
        assertThat(run(fillIn("postinst", "DESKTOP_COMMANDS_INSTALL", "true"), "configure"))
                .isZero();

        assertThat(archive).exists();
        assertThat(Files.readString(appDir.resolve("launched-with"), UTF_8).trim())
                .isEqualTo(
                        "-Xshare:dump -XX:SharedClassListFile=" + appDir.resolve("lib/app/journey-canvas.classlist"));
    }

    @Test
    void anArchiveThatCannotBeMadeDoesNotFailTheInstallation() throws Exception {
        standInLauncher(1);

        assertThat(run(fillIn("postinst", "DESKTOP_COMMANDS_INSTALL", "true"), "configure"))
                .isZero();
        assertThat(archive).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource({"remove", "upgrade"})
    void removingDeletesTheArchiveDpkgDoesNotKnowOf(String action) throws Exception {
        Files.writeString(archive, "archive");

        assertThat(run(fillIn("prerm", "DESKTOP_COMMANDS_UNINSTALL", "true"), action))
                .isZero();
        assertThat(archive).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource({"postinst, DESKTOP_COMMANDS_INSTALL", "prerm, DESKTOP_COMMANDS_UNINSTALL"})
    void anUnknownActionIsRefused(String script, String placeholder) throws Exception {
        assertThat(run(fillIn(script, placeholder, "true"), "something-else")).isEqualTo(1);
    }

    /** jpackage replaces a placeholder wherever it stands, in a comment too, so each must stand exactly once. */
    @ParameterizedTest
    @CsvSource({
        "postinst, DESKTOP_COMMANDS_INSTALL, 1",
        "prerm, DESKTOP_COMMANDS_UNINSTALL, 1",
        "prerm, UTILITY_SCRIPTS, 1",
        "postinst, UTILITY_SCRIPTS, 0"
    })
    void eachPlaceholderStandsOnlyWhereItIsMeant(String script, String placeholder, int times) throws IOException {
        String text = Files.readString(SCRIPTS.resolve(script), UTF_8);
        assertThat(text.split(placeholder, -1).length - 1).isEqualTo(times);
    }

    @Test
    void theScriptsInstallWhereDebArgsSays() throws IOException {
        assertThat(Files.readString(SCRIPTS.resolve("deb.args"), UTF_8))
                .contains("--install-dir /opt")
                .contains("--linux-package-name journey-canvas");
        for (String script : new String[] {"postinst", "prerm"}) {
            assertThat(Files.readString(SCRIPTS.resolve(script), UTF_8)).contains("APP_DIR=" + INSTALL_DIR + "\n");
        }
    }

    /** A launcher that notes the options it was started with, makes the archive, and exits with that code. */
    private void standInLauncher(int exitCode) throws IOException {
        Path launcher = appDir.resolve("bin/journey-canvas");
        Files.createDirectories(launcher.getParent());
        Files.writeString(
                launcher,
                "#!/bin/sh\n"
                        + "echo \"$JAVA_TOOL_OPTIONS\" > '" + appDir.resolve("launched-with") + "'\n"
                        + (exitCode == 0 ? "touch '" + archive + "'\n" : "")
                        + "exit " + exitCode + "\n",
                UTF_8);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Path fillIn(String script, String placeholder, String commands) throws IOException {
        String text = Files.readString(SCRIPTS.resolve(script), UTF_8)
                .replace(placeholder, commands)
                .replace("UTILITY_SCRIPTS", "")
                .replace("APP_DIR=" + INSTALL_DIR, "APP_DIR='" + appDir + "'");
        return Files.writeString(folder.resolve(script), text, UTF_8);
    }

    private static int run(Path script, String action) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("/bin/sh", script.toString(), action)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
