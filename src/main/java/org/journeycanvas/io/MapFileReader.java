package org.journeycanvas.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.JourneyMap;

/**
 * Reads map files: bytes, JSON tree, migration to the current version, then the model with its rules checked.
 * Every failure is one {@link MapFileException} saying where and what; nothing is half-loaded.
 */
public final class MapFileReader {
    private final FileLimits limits;
    private final JsonFactory factory;
    private final JsonLocator locator;

    public MapFileReader() {
        this(FileLimits.DEFAULT);
    }

    public MapFileReader(FileLimits limits) {
        this.limits = limits;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(Math.max(limits.maxPhotoLength(), limits.maxTextLength()))
                        .maxDocumentLength(limits.maxFileBytes())
                        .build())
                .build();
        // Duplicate keys are refused as the tree is built (JsonTrees), where a put shows them for free; the parser's
        // own check kept a set of every object's keys and cost a quarter of the parse.
        this.factory = factory;
        this.locator = new JsonLocator(factory);
    }

    /** Reads a map file; messages name it as given. */
    public JourneyMap read(Path file) throws MapFileException {
        String source = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new MapFileException(source, Messages.get("file.error.folder"));
            }
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new MapFileException(source, tooLarge(size));
            }
            return read(Files.readAllBytes(file), source);
        } catch (NoSuchFileException e) {
            throw new MapFileException(source, Messages.get("file.error.notFound"));
        } catch (AccessDeniedException e) {
            throw new MapFileException(source, Messages.get("file.error.accessDenied"));
        } catch (IOException e) {
            throw new MapFileException(source, Messages.get("file.error.unreadable", e.getMessage()));
        }
    }

    /** Reads a map from a stream, such as a bundled resource, reading no more than the size limit. */
    public JourneyMap read(InputStream in, String source) throws MapFileException {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            if (bytes.length > limits.maxFileBytes()) {
                throw new MapFileException(
                        source, Messages.get("file.error.largerThanLimit", megabytes(limits.maxFileBytes())));
            }
            return read(bytes, source);
        } catch (IOException e) {
            throw new MapFileException(source, Messages.get("file.error.unreadable", e.getMessage()));
        }
    }

    /** Reads a map from the bytes of a file; {@code source} names the file in messages. */
    public JourneyMap read(byte[] bytes, String source) throws MapFileException {
        if (bytes.length > limits.maxFileBytes()) {
            throw new MapFileException(source, tooLarge(bytes.length));
        }
        JsonNode root = parse(bytes, source);
        try {
            return decode(root);
        } catch (FormatProblem problem) {
            JsonLocator.Place place = problem.path().isEmpty()
                    ? null
                    : locator.locate(bytes, problem.path()).orElse(null);
            return failAt(source, place, problem.describe());
        }
    }

    private JsonNode parse(byte[] bytes, String source) throws MapFileException {
        if (isBlank(bytes)) {
            throw new MapFileException(source, Messages.get("file.error.empty"));
        }
        try {
            return JsonTrees.read(factory, bytes);
        } catch (StreamConstraintsException e) {
            throw new MapFileException(
                    source, locationOf(e).line(), locationOf(e).column(), constraintMessage(e));
        } catch (JsonProcessingException e) {
            JsonLocator.Place place = locationOf(e);
            throw new MapFileException(source, place.line(), place.column(), syntaxMessage(e));
        } catch (IOException e) {
            throw new MapFileException(source, Messages.get("file.error.unreadable", e.getMessage()));
        }
    }

    private JourneyMap decode(JsonNode root) throws FormatProblem {
        if (!root.isObject()) {
            throw new FormatProblem("", Messages.get("file.error.notAMap", MapFormat.TYPE));
        }
        JsonNode type = root.get("type");
        if (type == null || !MapFormat.TYPE.equals(type.textValue())) {
            throw new FormatProblem(
                    type == null ? "" : "type",
                    type == null
                            ? Messages.get("file.error.wrongType", MapFormat.TYPE)
                            : Messages.get("file.error.wrongTypeFound", MapFormat.TYPE, MapDecoder.describe(type)));
        }
        int version = version(root.get("version"));
        JsonNode map = root.get("map");
        if (map == null || !map.isObject()) {
            throw new FormatProblem(
                    map == null ? "" : "map",
                    map == null
                            ? Messages.get("file.error.missing", "map")
                            : Messages.get("file.error.expectedObject", MapDecoder.describe(map)));
        }
        ObjectNode current = Migrations.upgrade((ObjectNode) map, version);
        return new MapDecoder(limits).decode(current, JsonPath.ROOT.field("map"));
    }

    private static int version(JsonNode version) throws FormatProblem {
        if (version == null) {
            throw new FormatProblem("", Messages.get("file.error.missing", "version"));
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
            throw new FormatProblem(
                    "version", Messages.get("file.error.expectedVersion", MapDecoder.describe(version)));
        }
        if (version.intValue() > MapFormat.CURRENT_VERSION) {
            throw new FormatProblem(
                    "version",
                    Messages.get(
                            "file.error.newerVersion",
                            String.valueOf(version.intValue()),
                            String.valueOf(MapFormat.CURRENT_VERSION)));
        }
        return version.intValue();
    }

    private static <T> T failAt(String source, JsonLocator.Place place, String message) throws MapFileException {
        if (place == null) {
            throw new MapFileException(source, message);
        }
        throw new MapFileException(source, place.line(), place.column(), message);
    }

    private static JsonLocator.Place locationOf(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return new JsonLocator.Place(0, 0);
        }
        return new JsonLocator.Place(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    private String constraintMessage(StreamConstraintsException e) {
        String message = e.getOriginalMessage().toLowerCase(Locale.ROOT);
        if (message.contains("nesting depth")) {
            return Messages.get("file.error.nested", String.valueOf(limits.maxNestingDepth()));
        }
        if (message.contains("string value length")) {
            return Messages.get(
                    "file.error.textTooLong",
                    String.valueOf(Math.max(limits.maxPhotoLength(), limits.maxTextLength())));
        }
        if (message.contains("document length")) {
            return Messages.get("file.error.largerThanLimit", megabytes(limits.maxFileBytes()));
        }
        return Messages.get("file.error.limit", firstLine(e.getOriginalMessage()));
    }

    /** Jackson's own words, shortened to what a user can act on. */
    private static String syntaxMessage(JsonProcessingException e) {
        String original = firstLine(e.getOriginalMessage());
        String lower = original.toLowerCase(Locale.ROOT);
        if (lower.contains("end-of-input")) {
            return Messages.get("file.error.truncated");
        }
        if (lower.startsWith("duplicate field")) {
            return Messages.get("file.error.duplicateKey", quotedKey(original));
        }
        if (lower.contains("invalid utf-8") || lower.contains("illegal character") || lower.contains("code 0)")) {
            return Messages.get("file.error.notUtf8", original);
        }
        if (lower.contains("trailing token")) {
            return Messages.get("file.error.trailingText");
        }
        return Messages.get("file.error.notJson", original);
    }

    /** The key a duplicate-field message names, quoted as Jackson quotes it ({@code 'note'}). */
    private static String quotedKey(String message) {
        int start = message.indexOf('\'');
        int end = start < 0 ? -1 : message.indexOf('\'', start + 1);
        return end < 0 ? message.substring("Duplicate field".length()).trim() : message.substring(start, end + 1);
    }

    private static String firstLine(String message) {
        String text = message == null ? Messages.get("file.error.unknown") : message;
        int cut = text.indexOf('\n');
        text = cut < 0 ? text : text.substring(0, cut);
        int marker = text.indexOf(" (start marker at");
        return (marker < 0 ? text : text.substring(0, marker)).trim();
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private String tooLarge(long size) {
        return Messages.get("file.error.tooLarge", megabytes(size), megabytes(limits.maxFileBytes()));
    }

    private static String megabytes(long bytes) {
        return String.format(Messages.language(), "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
