package org.journeycanvas.io;

import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

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

    private HostileCorpus() {
    }

    public static List<Sample> samples(String canonical) {
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
        replace(samples, canonical, "title-number", "\"title\": \"Fleet software: B2B buyer journey\"", "\"title\": 12");
        replace(samples, canonical, "stages-object", "\"stages\": [", "\"stages\": {\"x\": [");
        replace(samples, canonical, "personas-string", "\"personas\": [", "\"personas\": \"none\", \"x\": [");
        replace(samples, canonical, "lanes-number", "\"lanes\": [", "\"lanes\": 3, \"x\": [");
        replace(samples, canonical, "card-id-number", "\"id\": \"c1\"", "\"id\": 1");
        replace(samples, canonical, "card-stage-null", "\"stage\": \"s1\"", "\"stage\": null");
        replace(samples, canonical, "kind-number", "\"kind\": \"TOUCHPOINTS\"", "\"kind\": 7");
        replace(samples, canonical, "score-string", "\"score\": 1", "\"score\": \"1\"");
        replace(samples, canonical, "score-huge", "\"score\": 1", "\"score\": 1e309");
        replace(samples, canonical, "score-fraction", "\"score\": 1", "\"score\": -0.5");
        replace(samples, canonical, "score-seven", "\"score\": 1", "\"score\": 7");
        replace(samples, canonical, "channel-lowercase", "\"WEBINAR\"", "\"webinar\"");
        replace(samples, canonical, "colour-not-hex", "\"#E07A5F\"", "\"#GGGGGG\"");
        replace(samples, canonical, "photo-url", "\"photo\": null", "\"photo\": \"http://example.com/a.png\"");
        replace(samples, canonical, "goals-numbers", "\"goals\": []", "\"goals\": [1, 2]");
        replace(samples, canonical, "tags-object", "\"tags\": []", "\"tags\": {\"a\": 1}");
        for (String version : List.of("-1", "0", "1.5", "\"1\"", "null", "99", "99999999999999999999")) {
            replace(samples, canonical, "version-" + version, "\"version\": 1", "\"version\": " + version);
        }
        replace(samples, canonical, "type-missing", "\"type\": \"journey-canvas\",", "");
        replace(samples, canonical, "type-wrong", "\"journey-canvas\"", "\"tldraw\"");
        add(samples, "map-array", "{\"type\": \"journey-canvas\", \"version\": 1, \"map\": []}");
        add(samples, "root-string", "\"journey\"");
        add(samples, "root-number", "42");
        replace(samples, canonical, "duplicate-key", "\"note\": \"\",", "\"note\": \"\", \"note\": \"x\",");
        replace(samples, canonical, "duplicate-stage-id", "\"id\": \"c2\"", "\"id\": \"s1\"");
        replace(samples, canonical, "dangling-stage", "\"stage\": \"s1\",\n                \"text\": \"Curious\"",
                "\"stage\": \"s404\",\n                \"text\": \"Curious\"");
        add(samples, "deep-arrays", "[".repeat(10_000) + "]".repeat(10_000));
        add(samples, "deep-objects", "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000));
        replace(samples, canonical, "long-text", "Industry webinar", "x".repeat(30_000));
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
        StringBuilder manyPersonas = new StringBuilder("{\"type\": \"journey-canvas\", \"version\": 1, \"map\": "
                + "{\"id\": \"m\", \"personas\": [");
        for (int i = 0; i < 300; i++) {
            manyPersonas.append(i == 0 ? "" : ",").append("{\"id\": \"p").append(i).append("\"}");
        }
        add(samples, "too-many-personas", manyPersonas.append("]}}").toString());
        add(samples, "huge-number", "{\"type\": \"journey-canvas\", \"version\": 1" + "0".repeat(2000) + "}");
        return samples;
    }

    private static void add(List<Sample> samples, String name, String text) {
        samples.add(new Sample(name, text.getBytes(UTF_8)));
    }

    private static void replace(List<Sample> samples, String canonical, String name, String from, String to) {
        if (!canonical.contains(from)) {
            throw new IllegalArgumentException(name + ": the example has no " + from);
        }
        add(samples, name, canonical.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
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
