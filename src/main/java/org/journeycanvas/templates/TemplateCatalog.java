package org.journeycanvas.templates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.MapFileException;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.io.MapFileWriter;
import org.journeycanvas.io.MapFormat;
import org.journeycanvas.model.FreshIds;
import org.journeycanvas.model.IdGenerator;
import org.journeycanvas.model.JourneyMap;

/**
 * The templates to start a map from: the bundled ones, then the user's own (map files in the {@code templates}
 * folder of the user's data folder). Every template is read through the same file code as any map.
 */
public final class TemplateCatalog {
    private static final Logger LOG = Logger.getLogger(TemplateCatalog.class.getName());
    private static final Map<BundledTemplate, CompletableFuture<JourneyMap>> BUNDLED = new ConcurrentHashMap<>();

    private final Path userFolder;
    private final MapFileReader reader = new MapFileReader();

    /** @param userFolder where the user's own templates live (created when the first is saved) */
    public TemplateCatalog(Path userFolder) {
        this.userFolder = userFolder;
    }

    /** Bundled templates first, in their fixed order, then the user's own by name. A broken user file is skipped. */
    public List<Template> list() {
        List<Template> templates = new ArrayList<>();
        for (BundledTemplate bundled : BundledTemplate.values()) {
            try {
                JourneyMap map = readBundled(bundled);
                JourneyMap shown = bundled == BundledTemplate.BLANK ? blankInInterfaceLanguage(map) : map;
                templates.add(new Template(bundled.id(), shown.title(), shown.description(), null));
            } catch (TemplateException e) {
                throw new IllegalStateException("a bundled template is broken: " + e.getMessage(), e);
            }
        }
        templates.addAll(userTemplates());
        return templates;
    }

    public Optional<Template> find(String id) {
        return list().stream().filter(template -> template.id().equals(id)).findFirst();
    }

    /** The template's map as stored, with the template's own ids. */
    public JourneyMap read(Template template) throws TemplateException {
        if (template.isBundled()) {
            return readBundled(BundledTemplate.valueOf(
                    template.id().toUpperCase(Locale.ROOT).replace('-', '_')));
        }
        try {
            return reader.read(template.userFile());
        } catch (MapFileException e) {
            throw new TemplateException(e.getMessage());
        }
    }

    /**
     * A new map from a template: the same content with fresh ids, so that two maps never share ids; untitled
     * when the template's title only names the template (see {@link BundledTemplate#titlesNewMaps()}).
     */
    public JourneyMap newMap(String templateId, IdGenerator ids) throws TemplateException {
        for (BundledTemplate bundled : BundledTemplate.values()) {
            if (bundled.id().equals(templateId)) {
                // Only this one is read: listing would parse every template, and a new window starts here.
                JourneyMap stored = readBundled(bundled);
                JourneyMap map = FreshIds.copy(
                        bundled == BundledTemplate.BLANK ? blankInInterfaceLanguage(stored) : stored, ids);
                return bundled.titlesNewMaps() ? map : map.withTitle("").withDescription("");
            }
        }
        Template template = find(templateId)
                .orElseThrow(() -> new TemplateException(Messages.get(
                        "template.error.unknown",
                        templateId,
                        String.join(", ", list().stream().map(Template::id).toList()))));
        return FreshIds.copy(read(template), ids);
    }

    /** Saves a map as one of the user's templates under a name; returns the new template. */
    public Template save(JourneyMap map, String name) throws TemplateException {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw new TemplateException(Messages.get("template.error.noName"));
        }
        String id = uniqueId(slug(trimmed));
        Path file = userFolder.resolve(id + MapFormat.FILE_EXTENSION);
        try {
            Files.createDirectories(userFolder);
            new MapFileWriter().write(map.withTitle(trimmed), file);
        } catch (IOException | MapFileException e) {
            throw new TemplateException(Messages.get("template.error.notSaved", e.getMessage()));
        }
        return new Template(id, trimmed, map.description(), file);
    }

    /** Removes one of the user's templates; bundled templates cannot be removed. */
    public void remove(Template template) throws TemplateException {
        if (template.isBundled()) {
            throw new TemplateException(Messages.get("template.error.bundled", template.name()));
        }
        try {
            Files.deleteIfExists(template.userFile());
        } catch (IOException e) {
            throw new TemplateException(Messages.get("template.error.notRemoved", e.getMessage()));
        }
    }

    /**
     * The blank template in the interface language: its name and description, its stages' names, its persona's
     * name and its lanes' titles come from the bundle (the stored file is English). The other bundled templates
     * are examples with content, and stay English.
     */
    private static JourneyMap blankInInterfaceLanguage(JourneyMap blank) {
        return blank.withTitle(Messages.get("template.blank.name"))
                .withDescription(Messages.get("template.blank.description"))
                .withStages(blank.stages().stream()
                        .map(stage -> Messages.bundle().containsKey("template.blank.stage." + stage.id())
                                ? stage.withName(Messages.get("template.blank.stage." + stage.id()))
                                : stage)
                        .toList())
                .withPersonas(blank.personas().stream()
                        .map(persona -> persona.withName(Messages.get("template.blank.persona"))
                                .withLanesMapped(
                                        lane -> lane.withTitle(lane.kind().title())))
                        .toList());
    }

    /**
     * Starts reading a bundled template on another thread, so that it is ready when it is asked for: a new
     * window starts from the blank one, and the JSON reader's first use is a good part of a cold start.
     */
    public static void readAhead(BundledTemplate bundled) {
        BUNDLED.computeIfAbsent(
                bundled,
                template ->
                        CompletableFuture.supplyAsync(() -> parsing(template)).thenCompose(parsed -> parsed));
    }

    /** A bundled template, read once per run and then shared: they never change, and maps are immutable. */
    private static JourneyMap readBundled(BundledTemplate bundled) throws TemplateException {
        try {
            return BUNDLED.computeIfAbsent(bundled, TemplateCatalog::parsing).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof TemplateException problem) {
                throw problem;
            }
            throw e;
        }
    }

    private static CompletableFuture<JourneyMap> parsing(BundledTemplate bundled) {
        CompletableFuture<JourneyMap> parsed = new CompletableFuture<>();
        try (InputStream in = TemplateCatalog.class.getResourceAsStream(bundled.resource())) {
            if (in == null) {
                throw new TemplateException(Messages.get("template.error.missing", bundled.id()));
            }
            parsed.complete(new MapFileReader().read(in, bundled.id() + MapFormat.FILE_EXTENSION));
        } catch (IOException | MapFileException e) {
            parsed.completeExceptionally(new TemplateException(e.getMessage()));
        } catch (TemplateException e) {
            parsed.completeExceptionally(e);
        }
        return parsed;
    }

    private List<Template> userTemplates() {
        List<Template> templates = new ArrayList<>();
        if (!Files.isDirectory(userFolder)) {
            return templates;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(userFolder, "*" + MapFormat.FILE_EXTENSION)) {
            for (Path file : files) {
                String fileName = String.valueOf(file.getFileName());
                String id = fileName.substring(0, fileName.length() - MapFormat.FILE_EXTENSION.length());
                try {
                    JourneyMap map = reader.read(file);
                    templates.add(new Template(id, map.title(), map.description(), file));
                } catch (MapFileException e) {
                    LOG.log(Level.WARNING, "skipping a broken user template: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "user templates could not be listed", e);
        }
        templates.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        return templates;
    }

    private String uniqueId(String base) {
        List<String> taken = list().stream().map(Template::id).toList();
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String slug(String name) {
        String slug =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "template" : slug.length() > 48 ? slug.substring(0, 48) : slug;
    }
}
