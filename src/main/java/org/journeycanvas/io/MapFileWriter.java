package org.journeycanvas.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.Opportunity;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/**
 * Writes map files in the canonical form: fixed key order, two-space indentation, {@code \n} line ends, a final
 * newline, UTF-8. Reading a canonical file and writing it again gives the same bytes, so files diff well.
 */
public final class MapFileWriter {
    /** Emoji and other characters beyond the 16-bit range are written as UTF-8, not as escaped surrogate pairs. */
    private final JsonFactory factory = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    /** The file's bytes for a map. */
    public byte[] toBytes(JourneyMap map) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try {
            writeTo(map, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** Saves a map atomically: the file on disk is always either the old version or the new one, whole. */
    public void write(JourneyMap map, Path file) throws MapFileException {
        byte[] bytes = toBytes(map);
        long limit = FileLimits.DEFAULT.maxFileBytes();
        if (bytes.length > limit) {
            // a file the reader would refuse is not written: the map stays open, and the old file stays whole
            throw new MapFileException(
                    file.toString(),
                    Messages.get(
                            "file.error.saveTooLarge",
                            String.valueOf((bytes.length + 1024 * 1024 - 1) / (1024 * 1024)),
                            String.valueOf(limit / (1024 * 1024))));
        }
        try {
            AtomicFileWriter.write(file, bytes);
        } catch (AccessDeniedException e) {
            throw new MapFileException(file.toString(), Messages.get("file.error.saveDenied"));
        } catch (NoSuchFileException e) {
            throw new MapFileException(file.toString(), Messages.get("file.error.saveNoFolder"));
        } catch (FileSystemException e) {
            throw new MapFileException(file.toString(), Messages.get("file.error.saveFailed", reason(e)));
        } catch (IOException e) {
            throw new MapFileException(file.toString(), Messages.get("file.error.saveFailed", e.getMessage()));
        }
    }

    public void writeTo(JourneyMap map, OutputStream out) throws IOException {
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(canonicalPrinter());
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("type", MapFormat.TYPE);
            json.writeNumberField("version", MapFormat.CURRENT_VERSION);
            json.writeFieldName("map");
            writeMap(json, map);
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeMap(JsonGenerator json, JourneyMap map) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", map.id());
        json.writeStringField("title", map.title());
        json.writeStringField("description", map.description());
        json.writeArrayFieldStart("stages");
        for (Stage stage : map.stages()) {
            json.writeStartObject();
            json.writeStringField("id", stage.id());
            json.writeStringField("name", stage.name());
            json.writeStringField("description", stage.description());
            json.writeStringField("color", stage.color());
            StageFiguresWriter.write(json, stage.figures());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("personas");
        for (Persona persona : map.personas()) {
            writePersona(json, persona);
        }
        json.writeEndArray();
        // Written only when there are some, so a map without them is the same file as before connectors existed.
        if (!map.connectors().isEmpty()) {
            json.writeArrayFieldStart("connectors");
            for (Connector connector : map.connectors()) {
                json.writeStartObject();
                json.writeStringField("id", connector.id());
                json.writeStringField("from", connector.fromCardId());
                json.writeStringField("to", connector.toCardId());
                json.writeStringField("label", connector.label());
                json.writeStringField("style", connector.style().name());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void writePersona(JsonGenerator json, Persona persona) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", persona.id());
        json.writeStringField("name", persona.name());
        json.writeStringField("role", persona.role());
        json.writeStringField("quote", persona.quote());
        json.writeStringField("description", persona.description());
        writeTexts(json, "goals", persona.goals());
        json.writeStringField("color", persona.color());
        json.writeStringField("photo", persona.photo());
        json.writeArrayFieldStart("lanes");
        for (Lane lane : persona.lanes()) {
            json.writeStartObject();
            json.writeStringField("id", lane.id());
            json.writeStringField("kind", lane.kind().name());
            json.writeStringField("title", lane.title());
            json.writeArrayFieldStart("cards");
            for (Card card : lane.cards()) {
                writeCard(json, card);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeCard(JsonGenerator json, Card card) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", card.id());
        json.writeStringField("stage", card.stageId());
        json.writeStringField("text", card.text());
        json.writeStringField("note", card.note());
        json.writeStringField(
                "channel", card.channel() == null ? null : card.channel().name());
        if (card.score() == null) {
            json.writeNullField("score");
        } else {
            json.writeNumberField("score", card.score());
        }
        json.writeStringField("color", card.color());
        writeTexts(json, "tags", card.tags());
        if (card.picture() != null) {
            // Only a storyboard card can have one: writing "picture": null on every other card would only add bytes.
            json.writeStringField("picture", card.picture());
        }
        // Likewise only an emotion has a future score and only an opportunity a ranking.
        if (card.futureScore() != null) {
            json.writeNumberField("futureScore", card.futureScore());
        }
        Opportunity opportunity = card.opportunity();
        if (opportunity != null) {
            json.writeObjectFieldStart("opportunity");
            writeNumberOrNull(json, "impact", opportunity.impact());
            writeNumberOrNull(json, "effort", opportunity.effort());
            json.writeStringField("owner", opportunity.owner());
            json.writeStringField("status", opportunity.status().name());
            writeTexts(json, "addresses", opportunity.addresses());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeNumberOrNull(JsonGenerator json, String field, Integer value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, value);
        }
    }

    private static void writeTexts(JsonGenerator json, String field, List<String> texts) throws IOException {
        json.writeArrayFieldStart(field);
        for (String text : texts) {
            json.writeString(text);
        }
        json.writeEndArray();
    }

    private static DefaultPrettyPrinter canonicalPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    private static String reason(FileSystemException e) {
        String reason = e.getReason();
        if (reason != null && reason.toLowerCase(Locale.ROOT).contains("no space")) {
            return Messages.get("file.error.diskFull");
        }
        if (reason != null && reason.toLowerCase(Locale.ROOT).contains("read-only")) {
            return Messages.get("file.error.readOnly");
        }
        return reason != null ? reason : e.getMessage();
    }
}
