package org.journeycanvas.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.journeycanvas.model.JourneyMap;

/** Leaves in a recovery folder what a session that crashed would leave: its copy and description, no lock. */
public final class CrashedSessions {
    private CrashedSessions() {
    }

    public static Path leave(Path folder, JourneyMap map, String originalFile) throws Exception {
        Files.createDirectories(folder);
        String id = "crashed-" + System.nanoTime();
        Path copy = folder.resolve(id + ".journey");
        Files.write(copy, new MapFileWriter().toBytes(map));
        Files.writeString(folder.resolve(id + ".json"), "{\"title\": \"" + map.title() + "\", \"savedAt\": "
                + Instant.now().toEpochMilli() + ", \"originalFile\": \"" + originalFile + "\"}",
                StandardCharsets.UTF_8);
        return copy;
    }
}
