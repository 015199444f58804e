package org.journeycanvas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.journeycanvas.model.JourneyMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process in the middle of saving, at random moments, 200 times: the file is always the old version or
 * the new one, complete and valid — never half of each, never empty.
 */
class KilledSaveIT {
    private static final int KILLS = 200;

    @TempDir
    Path folder;

    @Test
    void aSaveKilledAtAnyMomentLeavesTheOldOrTheNewFileWhole() throws Exception {
        JourneyMap[] versions = SaveLoop.versions();
        Path target = folder.resolve("map.journey");
        Random random = new Random(42);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int sawSmall = 0;
        int sawLarge = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process saver = new ProcessBuilder(
                            java,
                            "-XX:TieredStopAtLevel=1",
                            "-Xshare:auto",
                            "-cp",
                            System.getProperty("java.class.path"),
                            SaveLoop.class.getName(),
                            target.toString())
                    .redirectErrorStream(true)
                    .start();
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(saver.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("ready");
                Thread.sleep(random.nextInt(40));
                saver.destroyForcibly();
                assertThat(saver.waitFor(20, TimeUnit.SECONDS)).isTrue();
            }
            JourneyMap onDisk = new MapFileReader().read(target);
            assertThat(List.of(versions)).as("after kill " + kill).contains(onDisk);
            if (onDisk.equals(versions[0])) {
                sawSmall++;
            } else {
                sawLarge++;
            }
        }
        assertThat(sawSmall).as("kills that found the small version").isPositive();
        assertThat(sawLarge).as("kills that found the large version").isPositive();
    }
}
