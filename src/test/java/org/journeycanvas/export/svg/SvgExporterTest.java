package org.journeycanvas.export.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.journeycanvas.export.vector.VectorFonts;
import org.journeycanvas.io.Progress;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;
import org.journeycanvas.templates.BundledTemplate;
import org.journeycanvas.templates.TemplateCatalog;
import org.journeycanvas.testing.SampleMaps;
import org.journeycanvas.testing.UserCancelled;
import org.journeycanvas.testing.WorldScripts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** An SVG export is well-formed XML whose every map text is a text element, in any script. */
class SvgExporterTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(BundledTemplate.class)
    void everyTemplateIsWellFormedSvgWithEveryTextAsText(BundledTemplate bundled) throws Exception {
        JourneyMap map = template(bundled);
        Document svg = parse(export(map, null));

        Element root = svg.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("viewBox")).startsWith("0 0 ");
        String texts = texts(svg);
        for (Stage stage : map.stages()) {
            assertThat(texts).as("stage").contains(squeezed(stage.name()));
        }
        for (Persona persona : map.personas()) {
            assertThat(texts).as("persona").contains(squeezed(persona.name()));
            for (Lane lane : persona.lanes()) {
                assertThat(texts).as("lane").contains(squeezed(lane.title()));
                for (Card card : lane.cards()) {
                    assertThat(texts).as("card").contains(squeezed(card.text()));
                }
            }
        }
        assertNoTextAsPaths(svg);
    }

    @Test
    void aPersonasSvgShowsThatPersonaOnly() throws Exception {
        JourneyMap map = template(BundledTemplate.B2B_BUYER);
        assertThat(map.personas()).hasSizeGreaterThan(1);
        Persona first = map.personas().get(0);
        Persona second = map.personas().get(1);

        String texts = texts(parse(export(map, first.id())));

        assertThat(texts).contains(squeezed(first.name()));
        assertThat(texts).doesNotContain(squeezed(second.name()));
        for (Lane lane : first.lanes()) {
            for (Card card : lane.cards()) {
                assertThat(texts).contains(squeezed(card.text()));
            }
        }
    }

    @Test
    void cardsInAnyScriptAndWithEmojiAreText() throws Exception {
        JourneyMap map = WorldScripts.map();

        Document svg = parse(export(map, null));

        String texts = texts(svg);
        for (String text : WorldScripts.CARD_TEXTS) {
            assertThat(texts).contains(squeezed(text));
        }
        assertThat(texts).contains(squeezed("웹사이트 방문"), squeezed("مرتبك 😕"), squeezed("김민지"));
        assertNoTextAsPaths(svg);
    }

    @Test
    void aLineInTwoFontsIsOneTextElementWithARunPerFont() throws Exception {
        JourneyMap map = WorldScripts.map();

        Document svg = parse(export(map, null));

        NodeList texts = svg.getElementsByTagNameNS("*", "text");
        Element mixed = null;
        for (int i = 0; i < texts.getLength(); i++) {
            if (texts.item(i).getTextContent().startsWith("Loves the app")) {
                mixed = (Element) texts.item(i);
            }
        }
        assertThat(mixed).isNotNull();
        NodeList runs = mixed.getElementsByTagNameNS("*", "tspan");
        List<String> families = new ArrayList<>();
        for (int i = 0; i < runs.getLength(); i++) {
            families.add(((Element) runs.item(i)).getAttribute("font-family"));
        }
        // Liberation Sans, then the emoji in whatever face has them here, then Liberation Sans again.
        assertThat(families).hasSizeGreaterThanOrEqualTo(3);
        assertThat(families.get(0)).isEqualTo(VectorFonts.CSS_FAMILY);
        assertThat(families.get(1)).endsWith(SvgSurface.FALLBACK_FAMILY).isNotEqualTo(VectorFonts.CSS_FAMILY);
        assertThat(families.get(families.size() - 1)).isEqualTo(VectorFonts.CSS_FAMILY);
        assertThat(mixed.getTextContent()).isEqualTo(WorldScripts.CARD_TEXTS.get(5));
    }

    @Test
    void controlCharactersAndMarkupInTextsStillMakeWellFormedXml() throws Exception {
        JourneyMap sample = SampleMaps.threeStages();
        JourneyMap map = sample.withTitle("<b>&\"quoted\"</b>\u0001")
                .withLanesMapped(lane -> lane.withCardsMapped(card -> card.withText("a < b && c > d\u0007 ]]> 'x'")));

        Document svg = parse(export(map, null));

        assertThat(texts(svg)).contains(squeezed("a < b && c > d ]]> 'x'"));
        assertThat(svg.getElementsByTagNameNS("*", "title").item(0).getTextContent())
                .isEqualTo("<b>&\"quoted\"</b>");
    }

    @Test
    void theFileStartsWithAnXmlDeclarationAndHasTheMapTitle() throws Exception {
        JourneyMap map = SampleMaps.threeStages();

        String svg = new String(export(map, null), StandardCharsets.UTF_8);

        assertThat(svg).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        assertThat(svg).contains("<title>Fleet software: B2B buyer journey</title>");
        assertThat(svg).contains("font-family=\"'Liberation Sans', Arial, Helvetica, sans-serif\"");
    }

    @Test
    void aCancelledExportStopsBeforeWritingAnything() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Progress cancelled = UserCancelled.progress();

        assertThatThrownBy(() -> new SvgExporter().export(SampleMaps.threeStages(), null, out, cancelled))
                .isInstanceOf(CancellationException.class);
        assertThat(out.size()).isZero();
    }

    static byte[] export(JourneyMap map, String personaId) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgExporter().export(map, personaId, out, Progress.NONE);
        return out.toByteArray();
    }

    JourneyMap template(BundledTemplate bundled) throws Exception {
        TemplateCatalog catalog = new TemplateCatalog(folder.resolve("user"));
        return catalog.read(catalog.find(bundled.id()).orElseThrow());
    }

    /** Parses as a viewer would, but refuses any DTD and reads nothing from outside the file. */
    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** Every text element's content in document order, without white space (lines wrap anywhere there). */
    static String texts(Document svg) {
        NodeList texts = svg.getElementsByTagNameNS("*", "text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent());
        }
        return squeezed(all.toString());
    }

    static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** Paths are only the emotion curve (a stroke) and the icons' outlines, defined once and placed by use. */
    static void assertNoTextAsPaths(Document svg) {
        NodeList paths = svg.getElementsByTagNameNS("*", "path");
        List<String> filledOutsideDefs = new ArrayList<>();
        for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            if (!"none".equals(path.getAttribute("fill")) && !insideDefs(path)) {
                filledOutsideDefs.add(path.getAttribute("d"));
            }
        }
        assertThat(filledOutsideDefs).isEmpty();
        assertThat(svg.getElementsByTagNameNS("*", "defs").getLength())
                .as("one definition per icon, never one per letter")
                .isLessThan(40);
    }

    private static boolean insideDefs(Node node) {
        for (Node parent = node.getParentNode(); parent != null; parent = parent.getParentNode()) {
            if ("defs".equals(parent.getLocalName())) {
                return true;
            }
        }
        return false;
    }
}
