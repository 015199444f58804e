package org.journeycanvas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.journeycanvas.command.Field;
import org.journeycanvas.command.FieldEdit;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.io.MapFileWriter;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.PhotoUri;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(InEnglish.class)
class DiffAndMergeSubcommandTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final JourneyMap base = SampleMaps.threeStages();

    @Test
    void diffOfEqualMapsExitsZero() throws Exception {
        Path one = write("one.journey", base);
        Path two = write("two.journey", base);

        assertThat(run("diff", one.toString(), two.toString())).isZero();
        assertThat(out.toString()).isEqualTo("The maps are the same.\n");
    }

    @Test
    void diffPrintsEachDifferenceAndExitsOne() throws Exception {
        Path older = write("older.journey", base);
        Path newer = write("newer.journey", new FieldEdit<>(Field.CARD_TEXT, "c3", "Live demo").apply(base));

        assertThat(run("diff", older.toString(), newer.toString())).isEqualTo(1);
        assertThat(out.toString())
                .isEqualTo("changed card \"Live demo\": text \"Product demo\" → \"Live demo\"\n1 difference\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void diffSpeaksTheInterfaceLanguage() throws Exception {
        Path older = write("older.journey", base);
        Path newer = write("newer.journey", new FieldEdit<>(Field.CARD_TEXT, "c3", "Live demo").apply(base));

        assertThat(run("--lang", "de", "diff", older.toString(), newer.toString()))
                .isEqualTo(1);
        assertThat(out.toString())
                .isEqualTo("geändert: Karte „Live demo“: Text \"Product demo\" → \"Live demo\"\n1 Unterschied\n");
    }

    @Test
    void diffJsonNamesElementsFieldsAndValuesForTools() throws Exception {
        Path older = write("older.journey", base);
        Path newer = write(
                "newer.journey",
                new FieldEdit<>(Field.CARD_SCORE, "e1", -1)
                        .apply(new FieldEdit<>(Field.CARD_TEXT, "c3", "Live demo").apply(base)));

        assertThat(run("diff", older.toString(), newer.toString(), "--json")).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("equal").asBoolean()).isFalse();
        JsonNode first = json.get("differences").get(0);
        assertThat(first.get("change").asText()).isEqualTo("changed");
        assertThat(first.get("element").asText()).isEqualTo("card");
        assertThat(first.get("id").asText()).isEqualTo("c3");
        assertThat(first.get("field").asText()).isEqualTo("text");
        assertThat(first.get("old").asText()).isEqualTo("Product demo");
        assertThat(first.get("new").asText()).isEqualTo("Live demo");
        JsonNode second = json.get("differences").get(1);
        assertThat(second.get("old").asInt()).isEqualTo(1);
        assertThat(second.get("new").asInt()).isEqualTo(-1);
    }

    @Test
    void diffOfAFileThatCannotBeReadSaysWhyInOneLineAndExitsTwo() throws Exception {
        Path good = write("good.journey", base);
        Path broken = Files.writeString(folder.resolve("broken.journey"), "{\"type\": \"journey-canvas\",");

        assertThat(run("diff", good.toString(), broken.toString())).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString().startsWith("journey-canvas: " + broken + ":1:");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void mergeWritesTheMergedMapAndExitsZeroWhenClean() throws Exception {
        Path baseFile = write("base.journey", base);
        Path ours = write("ours.journey", new FieldEdit<>(Field.CARD_TEXT, "c1", "Webinar series").apply(base));
        Path theirs = write("theirs.journey", new FieldEdit<>(Field.CARD_TEXT, "c3", "Live demo").apply(base));

        // as git calls a merge driver: the result goes over OURS
        assertThat(run("merge", baseFile.toString(), ours.toString(), theirs.toString(), "-o", ours.toString()))
                .isZero();

        JourneyMap merged = new MapFileReader().read(ours);
        assertThat(merged.findCard("c1").orElseThrow().card().text()).isEqualTo("Webinar series");
        assertThat(merged.findCard("c3").orElseThrow().card().text()).isEqualTo("Live demo");
        assertThat(out.toString()).isEqualTo(ours + ": merged without conflicts\n");
        assertThat(Files.readAllBytes(ours)).isEqualTo(new MapFileWriter().toBytes(merged));
    }

    @Test
    void mergeWithAConflictKeepsBothTextsListsTheConflictAndExitsOne() throws Exception {
        Path baseFile = write("base.journey", base);
        Path ours = write("ours.journey", new FieldEdit<>(Field.CARD_TEXT, "c1", "Webinar series").apply(base));
        Path theirs = write("theirs.journey", new FieldEdit<>(Field.CARD_TEXT, "c1", "Live webinar").apply(base));
        Path output = folder.resolve("merged.journey");

        assertThat(run("merge", baseFile.toString(), ours.toString(), theirs.toString(), "-o", output.toString()))
                .isEqualTo(1);

        JourneyMap merged = new MapFileReader().read(output);
        assertThat(merged.lane("l-touch").orElseThrow().cardsAt("s1"))
                .extracting(Card::text)
                .containsExactly("Webinar series", "Live webinar", "Analyst report");
        assertThat(out.toString().lines())
                .containsExactly(
                        "conflict: card \"Webinar series\": text changed on both sides; both versions kept as two"
                                + " cards tagged \"conflict\"",
                        output + ": merged with 1 conflict, kept in the map (cards tagged \"conflict\")");
    }

    @Test
    void mergeRefusesToOverwriteAnotherFileWithoutForce() throws Exception {
        Path baseFile = write("base.journey", base);
        Path other = Files.writeString(folder.resolve("notes.txt"), "keep me");

        assertThat(run("merge", baseFile.toString(), baseFile.toString(), baseFile.toString(), "-o", other.toString()))
                .isEqualTo(2);
        assertThat(Files.readString(other)).isEqualTo("keep me");
        assertThat(err.toString()).contains("already exists");
    }

    @Test
    void mergeOfAMissingFileSaysSoWithoutAStackTrace() throws Exception {
        Path baseFile = write("base.journey", base);
        Path missing = folder.resolve("missing.journey");

        assertThat(run(
                        "merge",
                        baseFile.toString(),
                        baseFile.toString(),
                        missing.toString(),
                        "-o",
                        folder.resolve("out.journey").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).isEqualTo("journey-canvas: " + missing + ": no such file\n");
        assertThat(folder.resolve("out.journey")).doesNotExist();
    }

    @Test
    void validateReportsAPhotoThatIsNotAnImageWithItsPath() throws Exception {
        String notAnImage = PhotoUri.of("not a png at all".getBytes(StandardCharsets.UTF_8), true);
        JourneyMap withBadPhoto = new FieldEdit<>(Field.PERSONA_PHOTO, "p1", notAnImage).apply(base);
        Path file = write("photo.journey", withBadPhoto);

        assertThat(run("validate", file.toString())).isEqualTo(1);
        assertThat(err.toString().lines())
                .singleElement()
                .asString()
                .matches(Pattern.quote(file.toString())
                        + ":\\d+:\\d+: map\\.personas\\[0]\\.photo: this picture cannot be read: .*");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void validateAcceptsARealPhoto() throws Exception {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        Path file = write(
                "photo.journey",
                new FieldEdit<>(Field.PERSONA_PHOTO, "p1", PhotoUri.of(png.toByteArray(), true)).apply(base));

        assertThat(run("validate", file.toString())).isZero();
    }

    private Path write(String name, JourneyMap map) throws Exception {
        Path file = folder.resolve(name);
        new MapFileWriter().write(map, file);
        return file;
    }

    private int run(String... args) {
        return JourneyCanvasCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
