package org.journeycanvas.export.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.Progress;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.Persona;
import org.journeycanvas.templates.BundledTemplate;
import org.journeycanvas.templates.TemplateCatalog;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.journeycanvas.testing.UserCancelled;
import org.journeycanvas.testing.WorldScripts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The web page holds everything it shows (no network address anywhere), its drawings and its script. */
@ExtendWith(InEnglish.class)
class HtmlExporterTest {
    private static final Pattern SVG = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL);
    private static final Pattern DATA =
            Pattern.compile("<script type=\"application/json\" id=\"journey-data\">(.*?)</script>", Pattern.DOTALL);
    /** Any attribute or CSS reference to a file, except data: URIs and links inside the page (#id). */
    private static final Pattern OUTSIDE_REFERENCE =
            Pattern.compile("(?i)(\\b(src|href|xlink:href|action|poster|srcset)\\s*=\\s*[\"']?(?!data:|#)[^\\s\"'>]"
                    + "|url\\(\\s*[\"']?(?!data:|#)|@import)");

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(BundledTemplate.class)
    void everyTemplatesPageIsSelfContainedWithItsDrawingsDataAndScript(BundledTemplate bundled) throws Exception {
        JourneyMap map = template(bundled);

        String html = export(map, null);

        assertNoNetworkAddress(html);
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(html).contains("<title>" + HtmlExporter.escaped(title(map)) + "</title>");
        assertThat(html).contains("<script>").contains("document.body.dataset.ready");
        List<String> drawings = drawings(html);
        int views = map.personas().size() > 1 ? 1 + map.personas().size() : 1;
        assertThat(drawings).hasSize(views);
        for (String drawing : drawings) {
            parse(drawing);
        }
        String allTexts = texts(drawings.get(0));
        for (Persona persona : map.personas()) {
            for (Lane lane : persona.lanes()) {
                for (Card card : lane.cards()) {
                    assertThat(allTexts).contains(squeezed(card.text()));
                }
            }
        }
        JsonNode data = data(html);
        assertThat(data.get("title").asText()).isEqualTo(title(map));
        assertThat(data.get("views")).hasSize(views);
        assertThat(data.get("cards").size())
                .isEqualTo(map.personas().stream()
                        .flatMap(persona -> persona.lanes().stream())
                        .mapToInt(lane -> lane.cards().size())
                        .sum());
        assertThat(data.get("views").get(0).get("stages")).hasSize(map.stages().size());
    }

    @Test
    void eachPersonaHasItsOwnDrawingWithItsCardsPlacedForClicks() throws Exception {
        JourneyMap map = template(BundledTemplate.B2B_BUYER);

        String html = export(map, null);

        List<String> drawings = drawings(html);
        JsonNode views = data(html).get("views");
        for (int i = 0; i < map.personas().size(); i++) {
            Persona persona = map.personas().get(i);
            String texts = texts(drawings.get(i + 1));
            assertThat(views.get(i + 1).get("label").asText()).isEqualTo(persona.name());
            assertThat(texts).contains(squeezed(persona.name()));
            int cards = 0;
            for (Lane lane : persona.lanes()) {
                cards += lane.cards().size();
                for (Card card : lane.cards()) {
                    assertThat(texts).contains(squeezed(card.text()));
                }
            }
            assertThat(views.get(i + 1).get("cards")).hasSize(cards);
        }
        assertThat(html).contains("<template id=\"view-1\">");
    }

    @Test
    void aCardsNoteTagsChannelAndScoreAreInThePage() throws Exception {
        JourneyMap sample = SampleMaps.threeStages();
        JourneyMap map = sample.withLanesMapped(
                lane -> lane.withCardsMapped(card -> card.id().equals("c2")
                        ? card.withNote("Read by the CFO </script><script>alert(1)</script> & more")
                        : card));

        String html = export(map, null);

        assertThat(html).doesNotContain("</script><script>alert(1)");
        JsonNode cards = data(html).get("cards");
        assertThat(cards.get("c2").get("note").asText())
                .isEqualTo("Read by the CFO </script><script>alert(1)</script> & more");
        assertThat(cards.get("c2").get("tags").get(0).asText()).isEqualTo("analyst");
        assertThat(cards.get("c2").get("channel").asText()).isEqualTo("Print");
        assertThat(cards.get("e1").get("score").asText()).isEqualTo("Positive (+1)");
        assertThat(cards.get("c1").get("stage").asText()).isEqualTo("Awareness");
    }

    @Test
    void onePersonasPageShowsThatPersonaOnly() throws Exception {
        JourneyMap map = template(BundledTemplate.B2B_BUYER);
        Persona second = map.personas().get(1);

        String html = export(map, second.id());

        assertThat(drawings(html)).hasSize(1);
        assertThat(texts(drawings(html).get(0)))
                .contains(squeezed(second.name()))
                .doesNotContain(squeezed(map.personas().get(0).name()));
        // Nor does the page's data: a page mailed for one persona carries no other persona's notes.
        JsonNode cards = data(html).get("cards");
        map.personas()
                .get(0)
                .lanes()
                .forEach(lane -> lane.cards()
                        .forEach(card ->
                                assertThat(cards.has(card.id())).as(card.text()).isFalse()));
        second.lanes()
                .forEach(lane -> lane.cards()
                        .forEach(card ->
                                assertThat(cards.has(card.id())).as(card.text()).isTrue()));
    }

    @Test
    void aGermanUserGetsAGermanPage() throws Exception {
        Messages.use(Locale.GERMAN);

        JsonNode texts = data(export(template(BundledTemplate.B2B_BUYER), null)).get("texts");

        assertThat(texts.get("allPersonas").asText()).isEqualTo("Alle Personas");
        assertThat(texts.get("stageOf").asText()).isEqualTo("Phase {0} von {1} · {2}");
        assertThat(texts.get("help").asText()).contains("Phasen");
    }

    @Test
    void cardsInAnyScriptAndWithEmojiAreOnThePage() throws Exception {
        JourneyMap map = WorldScripts.map();

        String html = export(map, null);

        assertNoNetworkAddress(html);
        assertThat(html).contains("<title>" + map.title() + "</title>");
        String texts = texts(drawings(html).get(0));
        JsonNode cards = data(html).get("cards");
        List<String> inData = new ArrayList<>();
        cards.forEach(card -> inData.add(card.get("text").asText()));
        for (String text : WorldScripts.CARD_TEXTS) {
            assertThat(texts).contains(squeezed(text));
            assertThat(inData).contains(text);
        }
    }

    @Test
    void aCancelledExportStopsBeforeWritingAnything() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Progress cancelled = UserCancelled.progress();

        assertThatThrownBy(() -> new HtmlExporter().export(SampleMaps.threeStages(), null, out, cancelled))
                .isInstanceOf(CancellationException.class);
        assertThat(out.size()).isZero();
    }

    static void assertNoNetworkAddress(String html) {
        assertThat(html).doesNotContainIgnoringCase("http:").doesNotContainIgnoringCase("https:");
        assertThat(html).doesNotContainPattern("[\"'(=\\s]//[A-Za-z0-9]");
        Matcher outside = OUTSIDE_REFERENCE.matcher(html);
        assertThat(outside.find())
                .as("a reference to an outside file: %s", outside.find(0) ? outside.group() : "")
                .isFalse();
    }

    static String export(JourneyMap map, String personaId) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlExporter().export(map, personaId, out, Progress.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }

    JourneyMap template(BundledTemplate bundled) throws Exception {
        TemplateCatalog catalog = new TemplateCatalog(folder.resolve("user"));
        return catalog.read(catalog.find(bundled.id()).orElseThrow());
    }

    private static String title(JourneyMap map) {
        return map.title().isBlank() ? Messages.get("export.untitled") : map.title();
    }

    private static List<String> drawings(String html) {
        List<String> drawings = new ArrayList<>();
        Matcher matcher = SVG.matcher(html);
        while (matcher.find()) {
            if (!matcher.group().startsWith("<svg id=\"overlay\"")) {
                drawings.add(matcher.group());
            }
        }
        return drawings;
    }

    private static JsonNode data(String html) throws Exception {
        Matcher matcher = DATA.matcher(html);
        assertThat(matcher.find()).isTrue();
        assertThat(matcher.group(1)).doesNotContain("<").doesNotContain(">");
        return new ObjectMapper().readTree(matcher.group(1));
    }

    /** A drawing inside the page is XML too (without namespaces, which HTML gives it). */
    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static String texts(String svg) throws Exception {
        NodeList texts = parse(svg).getElementsByTagName("text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent());
        }
        return squeezed(all.toString());
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
