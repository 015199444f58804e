package org.journeycanvas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {
    @TempDir
    Path folder;

    @Test
    void aRunningSessionsCopyIsNotOfferedToOthers() throws Exception {
        RecoveryStore store = new RecoveryStore(folder);
        try (RecoveryStore.Session running = store.openSession();
                RecoveryStore.Session other = store.openSession()) {
            running.save(SampleMaps.threeStages(), Path.of("fleet.journey"));
            other.save(SampleMaps.threeStages().withTitle("Other window"), null);
            assertThat(store.abandoned()).isEmpty();
            assertThat(running.id()).isNotEqualTo(other.id());
        }
    }

    @Test
    void aCleanCloseLeavesNothingBehind() throws Exception {
        RecoveryStore store = new RecoveryStore(folder);
        RecoveryStore.Session session = store.openSession();
        session.save(SampleMaps.threeStages(), null);
        session.close();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aReleasedSessionsCopyIsOfferedAtTheNextStart() throws Exception {
        RecoveryStore store = new RecoveryStore(folder);
        RecoveryStore.Session session = store.openSession();
        session.save(SampleMaps.threeStages(), null);
        assertThat(store.abandoned()).isEmpty();
        session.release();
        assertThat(store.abandoned())
                .singleElement()
                .satisfies(entry -> assertThat(entry.sessionId()).isEqualTo(session.id()));
    }

    @Test
    void whatACrashedSessionLeftIsOfferedAndCanBeDiscarded() throws Exception {
        RecoveryStore store = new RecoveryStore(folder);
        Path crashed = CrashedSessions.leave(folder, SampleMaps.threeStages(), "/maps/fleet.journey");
        var entries = store.abandoned();
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo("Fleet software: B2B buyer journey");
            assertThat(entry.originalFile()).isEqualTo("/maps/fleet.journey");
            assertThat(entry.file()).isEqualTo(crashed);
        });
        assertThat(new MapFileReader().read(entries.get(0).file())).isEqualTo(SampleMaps.threeStages());
        store.discard(entries.get(0));
        assertThat(store.abandoned()).isEmpty();
        assertThat(crashed).doesNotExist();
    }
}
