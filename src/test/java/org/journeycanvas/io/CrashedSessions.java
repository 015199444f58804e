package org.journeycanvas.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.journeycanvas.model.JourneyMap;

/** Leaves in a recovery folder what a session that crashed would leave: its copy and description, no lock. */
public final class CrashedSessions {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CrashedSessions() {}

    public static Path leave(Path folder, JourneyMap map, String originalFile) throws Exception {
        return leave(folder, map, originalFile, Instant.now());
    }

    /** A session last saved at the given time: recovery offers the newest first. */
    public static Path leave(Path folder, JourneyMap map, String originalFile, Instant savedAt) throws Exception {
        Files.createDirectories(folder);
        String id = "crashed-" + UUID.randomUUID();
        Path copy = folder.resolve(id + ".journey");
        Files.write(copy, new MapFileWriter().toBytes(map));
        ObjectNode info = JSON.createObjectNode();
        info.put("title", map.title());
        info.put("savedAt", savedAt.toEpochMilli());
        info.put("originalFile", originalFile);
        Files.write(folder.resolve(id + ".json"), JSON.writeValueAsBytes(info));
        return copy;
    }
}
