package org.journeycanvas.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.journeycanvas.model.JourneyMap;

/**
 * Copies of unsaved maps, kept in the {@code recovery} folder of the user's data folder (never beside the
 * user's file) so that a crash loses nothing. Each running window has its own session: its copy, a small
 * description, and a lock held while it runs, so two windows or two running copies never overwrite or offer
 * each other's copies. At start, sessions whose lock is free (their app is gone) are offered back.
 */
public final class RecoveryStore {
    private static final Logger LOG = Logger.getLogger(RecoveryStore.class.getName());
    private static final String MAP = ".journey";
    private static final String INFO = ".json";
    private static final String LOCK = ".lock";

    private final Path folder;
    private final MapFileWriter writer = new MapFileWriter();

    public RecoveryStore(Path folder) {
        this.folder = folder;
    }

    /** A map left behind by a session that ended without saving. */
    public record Entry(String sessionId, String title, Instant savedAt, String originalFile, Path file) {}

    /** Starts this window's session; its copies are its own until {@link Session#close()}. */
    public Session openSession() throws IOException {
        Files.createDirectories(folder);
        String id = UUID.randomUUID().toString();
        FileChannel channel =
                FileChannel.open(folder.resolve(id + LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        return new Session(id, channel, channel.lock());
    }

    /** Maps left by sessions that are no longer running, newest first. */
    public List<Entry> abandoned() {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return entries;
        }
        try (DirectoryStream<Path> infos = Files.newDirectoryStream(folder, "*" + INFO)) {
            for (Path info : infos) {
                String name = String.valueOf(info.getFileName());
                String id = name.substring(0, name.length() - INFO.length());
                if (isRunning(id)) {
                    continue;
                }
                read(id, info).ifPresent(entries::add);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "recovery folder could not be listed", e);
        }
        entries.sort((a, b) -> b.savedAt().compareTo(a.savedAt()));
        return entries;
    }

    /** Removes a recovered copy the user has restored, saved elsewhere or discarded. */
    public void discard(Entry entry) {
        deleteSession(entry.sessionId());
    }

    private Optional<Entry> read(String id, Path info) {
        try {
            JsonNode node = JsonTrees.read(info);
            Path map = folder.resolve(id + MAP);
            if (!Files.isRegularFile(map)) {
                deleteSession(id);
                return Optional.empty();
            }
            return Optional.of(new Entry(
                    id,
                    node.path("title").asText(""),
                    Instant.ofEpochMilli(node.path("savedAt").asLong(0)),
                    node.path("originalFile").asText(""),
                    map));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "a recovery description could not be read: " + info, e);
            return Optional.empty();
        }
    }

    private boolean isRunning(String id) {
        Path lockFile = folder.resolve(id + LOCK);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void deleteSession(String id) {
        for (String suffix : List.of(MAP, INFO, LOCK)) {
            try {
                Files.deleteIfExists(folder.resolve(id + suffix));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "a recovery file could not be removed", e);
            }
        }
    }

    /** One window's recovery copy. Writes are atomic; closing it (a clean exit) removes the copy. */
    public final class Session implements AutoCloseable {
        private final String id;
        private final FileChannel channel;
        private final FileLock lock;

        private Session(String id, FileChannel channel, FileLock lock) {
            this.id = id;
            this.channel = channel;
            this.lock = lock;
        }

        public String id() {
            return id;
        }

        /** Keeps a copy of an unsaved map, saying which file (if any) it belongs to. */
        public void save(JourneyMap map, Path originalFile) throws IOException {
            AtomicFileWriter.write(folder.resolve(id + MAP), writer.toBytes(map));
            ObjectNode info = JsonNodeFactory.instance.objectNode();
            info.put("title", map.title());
            info.put("savedAt", Instant.now().toEpochMilli());
            info.put(
                    "originalFile",
                    originalFile == null ? "" : originalFile.toAbsolutePath().toString());
            AtomicFileWriter.write(folder.resolve(id + INFO), info.toString().getBytes(StandardCharsets.UTF_8));
        }

        /** Removes the copy: the map was saved, or there is nothing unsaved any more. */
        public void clear() {
            try {
                Files.deleteIfExists(folder.resolve(id + INFO));
                Files.deleteIfExists(folder.resolve(id + MAP));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "a recovery copy could not be removed", e);
            }
        }

        @Override
        public void close() {
            clear();
            release();
        }

        /** Ends the session but leaves its copy, if it has one, to be offered at the next start. */
        public void release() {
            try {
                lock.release();
                channel.close();
                Files.deleteIfExists(folder.resolve(id + LOCK));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "the recovery lock could not be released", e);
            }
        }
    }
}
