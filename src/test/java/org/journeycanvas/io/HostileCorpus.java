package org.journeycanvas.io;

import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.journeycanvas.io.MapTree.card;
import static org.journeycanvas.io.MapTree.lane;
import static org.journeycanvas.io.MapTree.map;
import static org.journeycanvas.io.MapTree.persona;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/** Files that are wrong in every way we could think of, made from the design example. */
public final class HostileCorpus {
    /** One hostile file: a name for messages and its bytes. */
    public record Sample(String name, byte[] bytes) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String STRUCTURE = "{}[]\":,0-9en\\";

    private HostileCorpus() {}

    /**
     * The corpus. Files that are not JSON, or not quite, are made as text or bytes; files that are JSON of the wrong
     * shape are made by changing the example's tree, so each holds exactly the one fault its name says.
     */
    public static List<Sample> samples(String canonical) throws JsonProcessingException {
        List<Sample> samples = new ArrayList<>();
        add(samples, "empty", "");
        add(samples, "whitespace", " \n\t ");
        samples.add(new Sample("null-bytes", new byte[64]));
        byte[] random = new byte[2048];
        new Random(7).nextBytes(random);
        samples.add(new Sample("random-bytes", random));
        samples.add(new Sample("png-header", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}));
        samples.add(new Sample("zip-header", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}));
        samples.add(new Sample("utf16", canonical.getBytes(UTF_16)));
        byte[] withBom = new byte[canonical.getBytes(UTF_8).length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(canonical.getBytes(UTF_8), 0, withBom, 3, withBom.length - 3);
        samples.add(new Sample("utf8-bom", withBom));
        for (int cut : new int[] {1, 10, 50, 100, 200, 400, 600, 800, 1000, 1200}) {
            add(samples, "truncated-" + cut, canonical.substring(0, Math.min(cut, canonical.length() - 2)));
        }

        edit(samples, canonical, "title-number", root -> map(root).put("title", 12));
        edit(samples, canonical, "stages-object", root -> {
            JsonNode stages = map(root).get("stages");
            map(root).putObject("stages").set("x", stages);
        });
        edit(samples, canonical, "personas-string", root -> {
            map(root).set("x", map(root).get("personas"));
            map(root).put("personas", "none");
        });
        edit(samples, canonical, "lanes-number", root -> {
            persona(root).set("x", persona(root).get("lanes"));
            persona(root).put("lanes", 3);
        });
        edit(samples, canonical, "card-id-number", root -> card(root, 0).put("id", 1));
        edit(samples, canonical, "card-stage-null", root -> card(root, 0).putNull("stage"));
        edit(samples, canonical, "kind-number", root -> lane(root, 0).put("kind", 7));
        edit(samples, canonical, "score-string", root -> card(root, 1).put("score", "1"));
        edit(samples, canonical, "score-huge", root -> card(root, 1).put("score", new BigDecimal("1e309")));
        edit(samples, canonical, "score-fraction", root -> card(root, 1).put("score", -0.5));
        edit(samples, canonical, "score-seven", root -> card(root, 1).put("score", 7));
        edit(samples, canonical, "channel-lowercase", root -> card(root, 0).put("channel", "webinar"));
        edit(samples, canonical, "colour-not-hex", root -> persona(root).put("color", "#GGGGGG"));
        edit(samples, canonical, "photo-url", root -> persona(root).put("photo", "http://example.com/a.png"));
        edit(
                samples,
                canonical,
                "goals-numbers",
                root -> persona(root).putArray("goals").add(1).add(2));
        edit(
                samples,
                canonical,
                "tags-object",
                root -> card(root, 0).putObject("tags").put("a", 1));
        edit(samples, canonical, "version--1", root -> root.put("version", -1));
        edit(samples, canonical, "version-0", root -> root.put("version", 0));
        edit(samples, canonical, "version-1.5", root -> root.put("version", 1.5));
        edit(samples, canonical, "version-text", root -> root.put("version", "1"));
        edit(samples, canonical, "version-null", root -> root.putNull("version"));
        edit(samples, canonical, "version-99", root -> root.put("version", 99));
        edit(
                samples,
                canonical,
                "version-99999999999999999999",
                root -> root.put("version", new BigInteger("99999999999999999999")));
        edit(samples, canonical, "type-missing", root -> root.remove("type"));
        edit(samples, canonical, "type-wrong", root -> root.put("type", "tldraw"));
        edit(samples, canonical, "map-array", root -> root.putArray("map"));
        samples.add(new Sample("root-string", MapTree.JSON.writeValueAsBytes("journey")));
        samples.add(new Sample("root-number", MapTree.JSON.writeValueAsBytes(42)));
        edit(samples, canonical, "duplicate-stage-id", root -> card(root, 1).put("id", "s1"));
        edit(samples, canonical, "dangling-stage", root -> card(root, 1).put("stage", "s404"));
        edit(samples, canonical, "long-text", root -> card(root, 0).put("text", "x".repeat(30_000)));
        edit(samples, canonical, "too-many-personas", root -> {
            ArrayNode personas = MapTree.JSON.createArrayNode();
            for (int i = 0; i < 300; i++) {
                personas.addObject().put("id", "p" + i);
            }
            root.putObject("map").put("id", "m").set("personas", personas);
        });
        edit(samples, canonical, "huge-number", root -> {
            root.remove("map");
            root.put("version", new BigInteger("1" + "0".repeat(2000)));
        });

        replace(samples, canonical, "duplicate-key", "\"note\": \"\",", "\"note\": \"\", \"note\": \"x\",");
        add(samples, "deep-arrays", "[".repeat(10_000) + "]".repeat(10_000));
        add(samples, "deep-objects", "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000));
        byte[] invalidUtf8 = canonical.replace("Curious", "Cur??us").getBytes(UTF_8);
        int at = canonical.indexOf("Curious") + 3;
        invalidUtf8[at] = (byte) 0xC3;
        invalidUtf8[at + 1] = (byte) 0x28;
        samples.add(new Sample("invalid-utf8", invalidUtf8));
        replace(samples, canonical, "lone-surrogate", "Industry webinar", "Industry \\uD800 webinar");
        replace(samples, canonical, "raw-control-character", "Industry webinar", "Industry\u0001webinar");
        replace(samples, canonical, "trailing-comma", "\"tags\": []\n", "\"tags\": [],\n");
        add(samples, "comment", "// a map\n" + canonical);
        add(samples, "single-quotes", canonical.replace('"', '\''));
        replace(samples, canonical, "nan", "\"score\": 1", "\"score\": NaN");
        add(samples, "trailing-garbage", canonical + "}}}");
        add(samples, "two-documents", canonical + canonical);
        return samples;
    }

    private static void add(List<Sample> samples, String name, String text) {
        samples.add(new Sample(name, text.getBytes(UTF_8)));
    }

    /** A sample that is JSON: the example after one change to its tree. */
    private static void edit(List<Sample> samples, String canonical, String name, Consumer<ObjectNode> change) {
        add(samples, name, MapTree.edited(canonical, change));
    }

    /** A sample that is not quite JSON (or breaks a rule a JSON writer keeps), made by changing the text. */
    private static void replace(List<Sample> samples, String canonical, String name, String from, String to) {
        if (!canonical.contains(from)) {
            throw new IllegalArgumentException(name + ": the example has no " + from);
        }
        add(
                samples,
                name,
                canonical.replaceFirst(
                        java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    /** A mutation of valid bytes: flipped, deleted, inserted, duplicated or cut. */
    public static byte[] mutate(byte[] valid, Random random) {
        byte[] bytes = Arrays.copyOf(valid, valid.length);
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations && bytes.length > 2; i++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(6)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes[at] = (byte) STRUCTURE.charAt(random.nextInt(STRUCTURE.length()));
                case 2 -> {
                    int end = Math.min(bytes.length, at + 1 + random.nextInt(40));
                    byte[] shorter = new byte[bytes.length - (end - at)];
                    System.arraycopy(bytes, 0, shorter, 0, at);
                    System.arraycopy(bytes, end, shorter, at, bytes.length - end);
                    bytes = shorter;
                }
                case 3 -> {
                    int length = Math.min(bytes.length - at, 1 + random.nextInt(60));
                    byte[] longer = new byte[bytes.length + length];
                    System.arraycopy(bytes, 0, longer, 0, at + length);
                    System.arraycopy(bytes, at, longer, at + length, bytes.length - at);
                    bytes = longer;
                }
                case 4 -> bytes = Arrays.copyOf(bytes, at);
                default -> {
                    byte[] longer = new byte[bytes.length + 1];
                    System.arraycopy(bytes, 0, longer, 0, at);
                    longer[at] = (byte) random.nextInt(256);
                    System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
                    bytes = longer;
                }
            }
        }
        return bytes;
    }
}
