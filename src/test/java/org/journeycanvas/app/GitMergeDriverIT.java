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
import org.journeycanvas.command.Field;
import org.journeycanvas.command.FieldEdit;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.io.MapFileWriter;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as git's merge driver for {@code .journey} files, set up as the README says, in a real
 * repository: edits of different cards merge cleanly; the same card edited on both branches makes git report a
 * conflict while the file in the work tree stays a valid map holding both texts. Skipped where git is missing.
 */
class GitMergeDriverIT {
    private static final String MAP = "journey.journey";

    @TempDir
    Path folder;

    private Path repository;
    private final JourneyMap base = SampleMaps.threeStages();

    @BeforeEach
    void repositoryWithTheDriver() throws Exception {
        assumeTrue(gitWorks(), "git is not installed");
        Path jar = Path.of(System.getProperty("journeycanvas.jar", "target/journey-canvas.jar"))
                .toAbsolutePath();
        assertThat(jar).exists();
        repository = Files.createDirectory(folder.resolve("repo"));
        git("init", "-q");
        git("symbolic-ref", "HEAD", "refs/heads/main");
        git("config", "user.name", "Test");
        git("config", "user.email", "test@example.org");
        git("config", "commit.gpgsign", "false");
        git("config", "merge.journey.name", "Journey Canvas maps");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        git(
                "config",
                "merge.journey.driver",
                quoted(java) + " -Duser.language=en -Djourneycanvas.dataDir="
                        + quoted(folder.resolve("data").toString()) + " -jar " + quoted(jar.toString())
                        + " merge %O %A %B -o %A");
        Files.writeString(repository.resolve(".gitattributes"), "*.journey merge=journey\n", UTF_8);
        new MapFileWriter().write(base, repository.resolve(MAP));
        git("add", "-A");
        git("commit", "-q", "-m", "base");
    }

    @Test
    void branchesEditingDifferentCardsMergeCleanly() throws Exception {
        commitOnBranch("ours", new FieldEdit<>(Field.CARD_TEXT, "c1", "Webinar series").apply(base));
        commitOnBranch("theirs", new FieldEdit<>(Field.CARD_TEXT, "c3", "Live demo").apply(base));
        git("checkout", "-q", "ours");

        Result merge = run("git", "merge", "--no-edit", "theirs");

        assertThat(merge.exitCode()).as(merge.output()).isZero();
        JourneyMap merged = new MapFileReader().read(repository.resolve(MAP));
        assertThat(text(merged, "c1")).isEqualTo("Webinar series");
        assertThat(text(merged, "c3")).isEqualTo("Live demo");
        assertThat(run("git", "status", "--porcelain").output()).isEmpty();
    }

    @Test
    void theSameCardEditedOnBothBranchesIsAConflictInAValidFile() throws Exception {
        commitOnBranch("ours", new FieldEdit<>(Field.CARD_TEXT, "c1", "Webinar series").apply(base));
        commitOnBranch("theirs", new FieldEdit<>(Field.CARD_TEXT, "c1", "Live webinar").apply(base));
        git("checkout", "-q", "ours");

        Result merge = run("git", "merge", "--no-edit", "theirs");

        assertThat(merge.exitCode()).isNotZero();
        assertThat(merge.output()).contains("CONFLICT").contains(MAP);
        String content = Files.readString(repository.resolve(MAP), UTF_8);
        assertThat(content).doesNotContain("<<<<<<<").doesNotContain(">>>>>>>");
        JourneyMap merged = new MapFileReader().read(repository.resolve(MAP));
        assertThat(merged.lane("l-touch").orElseThrow().cardsAt("s1"))
                .extracting(Card::text)
                .contains("Webinar series", "Live webinar");
        assertThat(run("git", "status", "--porcelain").output()).contains("UU " + MAP);
    }

    private void commitOnBranch(String branch, JourneyMap map) throws Exception {
        git("checkout", "-q", "-b", branch, "main");
        new MapFileWriter().write(map, repository.resolve(MAP));
        git("commit", "-q", "-a", "-m", branch);
    }

    private static String text(JourneyMap map, String cardId) {
        return map.findCard(cardId).orElseThrow().card().text();
    }

    private void git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Result result = run(command.toArray(String[]::new));
        assertThat(result.exitCode())
                .as("git %s: %s", String.join(" ", args), result.output())
                .isZero();
    }

    private Result run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true);
        // The user's own git settings (templates, hooks, signing) play no part.
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("HOME", folder.toString());
        builder.environment().put("XDG_CONFIG_HOME", folder.resolve("config").toString());
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static boolean gitWorks() {
        try {
            Process process = new ProcessBuilder("git", "--version")
                    .redirectErrorStream(true)
                    .start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A word for the shell that runs git's driver line. */
    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private record Result(int exitCode, String output) {}
}
