package org.journeycanvas.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps {@link Settings} in {@code settings.json} in the user's data folder. A missing or broken file gives the
 * defaults (settings are never worth an error dialog); writes are atomic.
 */
public final class SettingsStore {
    private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());
    private static final long MAX_BYTES = 1024 * 1024;

    private final Path folder;
    private final Path file;

    public SettingsStore(Path folder) {
        this.folder = folder;
        this.file = folder.resolve("settings.json");
    }

    public Settings load() {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return Settings.DEFAULT;
            }
            JsonNode root = JsonTrees.read(file);
            List<String> recent = new ArrayList<>();
            JsonNode files = root.path("recentFiles");
            for (JsonNode entry : files) {
                if (entry.isTextual() && recent.size() < Settings.MAX_RECENT_FILES) {
                    recent.add(entry.textValue());
                }
            }
            Settings defaults = Settings.DEFAULT;
            return new Settings(
                    recent,
                    text(root, "theme", defaults.theme()),
                    text(root, "exportFormat", defaults.exportFormat()),
                    Math.max(1, Math.min(4, root.path("exportScale").asInt(defaults.exportScale()))),
                    root.path("exportTransparent").asBoolean(false),
                    root.path("exportPictures").asBoolean(false),
                    text(root, "exportFolder", ""),
                    text(root, "language", defaults.language()));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "settings could not be read; using defaults", e);
            return Settings.DEFAULT;
        }
    }

    private static String text(JsonNode root, String field, String fallback) {
        JsonNode value = root.path(field);
        return value.isTextual() ? value.textValue() : fallback;
    }

    public void save(Settings settings) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode files = root.putArray("recentFiles");
        settings.recentFiles().forEach(files::add);
        root.put("theme", settings.theme());
        root.put("exportFormat", settings.exportFormat());
        root.put("exportScale", settings.exportScale());
        root.put("exportTransparent", settings.exportTransparent());
        root.put("exportPictures", settings.exportPictures());
        root.put("exportFolder", settings.exportFolder());
        root.put("language", settings.language());
        try {
            Files.createDirectories(folder);
            AtomicFileWriter.write(file, root.toPrettyString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "settings could not be saved", e);
        }
    }
}
