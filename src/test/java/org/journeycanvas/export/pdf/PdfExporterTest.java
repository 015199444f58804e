package org.journeycanvas.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.journeycanvas.export.pages.PageOptions;
import org.journeycanvas.export.pages.Paper;
import org.journeycanvas.export.vector.VectorTextMeasurer;
import org.journeycanvas.io.Progress;
import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.MapLayout;
import org.journeycanvas.layout.TextWrapper;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.MapGenerator;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;
import org.journeycanvas.templates.BundledTemplate;
import org.journeycanvas.templates.TemplateCatalog;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.journeycanvas.testing.WorldScripts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The PDF is vector and real text: what a reader finds, the fonts it embeds, the sizes of its pages. */
@ExtendWith(InEnglish.class)
class PdfExporterTest {
    private static final double POINT = 0.01;

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(BundledTemplate.class)
    void everyTextOfEveryTemplateIsSearchableInEmbeddedFontsAndNoCardIsAPicture(BundledTemplate bundled)
            throws Exception {
        TemplateCatalog catalog = new TemplateCatalog(folder.resolve("user"));
        JourneyMap map = catalog.read(catalog.find(bundled.id()).orElseThrow());
        try (PDDocument pdf = Loader.loadPDF(export(map, PageOptions.WHOLE_MAP))) {
            String found = withoutSpaces(new PDFTextStripper().getText(pdf));
            for (String text : textsOf(map)) {
                assertThat(found).as("the text %s", text).contains(withoutSpaces(text));
            }
            long photos = map.personas().stream().filter(p -> p.photo() != null).count()
                    + map.personas().stream()
                            .flatMap(p -> p.lanes().stream())
                            .flatMap(lane -> lane.cards().stream())
                            .filter(card -> card.picture() != null)
                            .count();
            for (PDPage page : pdf.getPages()) {
                assertThat(embedded(page.getResources()))
                        .as("every font is embedded")
                        .isTrue();
                assertThat(images(page.getResources()))
                        .as("only photos and storyboard pictures are pictures")
                        .isLessThanOrEqualTo(photos);
            }
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo(map.title().isBlank() ? "Untitled journey" : map.title());
        }
    }

    @Test
    void aPageSizedToTheMapHoldsItWithItsMargin() throws Exception {
        JourneyMap map = SampleMaps.threeStages();
        MapGeometry geometry = layout(map);
        try (PDDocument pdf = Loader.loadPDF(export(map, PageOptions.WHOLE_MAP))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth())
                    .isCloseTo((float) (geometry.bounds().width() + 48), org.assertj.core.data.Offset.offset(0.5f));
            assertThat(pdf.getPage(0).getMediaBox().getHeight())
                    .isCloseTo((float) (geometry.bounds().height() + 48), org.assertj.core.data.Offset.offset(0.5f));
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Paper.class,
            names = {"A4", "A3", "LETTER", "TABLOID"})
    void officePaperPagesHaveTheirSizeInBothOrientationsAndAreNumbered(Paper paper) throws Exception {
        JourneyMap map = wideMap(14);
        for (boolean landscape : new boolean[] {false, true}) {
            try (PDDocument pdf = Loader.loadPDF(export(map, new PageOptions(paper, landscape, false, null, false)))) {
                assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
                for (PDPage page : pdf.getPages()) {
                    assertThat((double) page.getMediaBox().getWidth()).isCloseTo(paper.width(landscape), within());
                    assertThat((double) page.getMediaBox().getHeight()).isCloseTo(paper.height(landscape), within());
                }
                String text = new PDFTextStripper().getText(pdf);
                assertThat(text).contains("Page 1 of " + pdf.getNumberOfPages());
                assertThat(text).contains("Page " + pdf.getNumberOfPages() + " of " + pdf.getNumberOfPages());
            }
        }
    }

    @Test
    void aWideMapContinuesByStageRangesWithTheLaneLabelsOnEveryPage() throws Exception {
        JourneyMap map = wideMap(14);
        try (PDDocument pdf = Loader.loadPDF(export(map, new PageOptions(Paper.A4, false, false, null, false)))) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(pdf));
            }
            assertThat(pages).hasSizeGreaterThan(1);
            assertThat(pages).allSatisfy(page -> assertThat(page).contains("Touchpoints", "Dana"));
            assertThat(pages.get(0)).contains("Stage 1").doesNotContain("Stage 14");
            assertThat(pages.get(pages.size() - 1)).contains("Stage 14").doesNotContain("Stage 1\n");
            assertThat(String.join("", pages)).contains("Stages 1–");
        }
        JourneyMap tall = org.journeycanvas.model.MapGenerator.generate(2, 3, 400, 5);
        try (PDDocument pdf = Loader.loadPDF(export(tall, new PageOptions(Paper.A4, true, false, null, false)))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).as("a page that starts inside a persona names it").contains(", continued");
        }
        try (PDDocument pdf = Loader.loadPDF(export(map, new PageOptions(Paper.A4, false, false, null, true)))) {
            assertThat(pdf.getNumberOfPages()).as("the whole width on one page").isEqualTo(1);
        }
    }

    @Test
    void onePagePerPersonaAndAPosterPerPersona() throws Exception {
        JourneyMap map = twoPersonas();
        try (PDDocument pdf = Loader.loadPDF(export(map, new PageOptions(null, false, true, null, false)))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Page 2 of 2");
        }
        try (PDDocument pdf = Loader.loadPDF(export(map, new PageOptions(Paper.A1, true, true, null, false)))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat((double) pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(Paper.A1.width(true), within());
        }
    }

    @Test
    void aTiledPosterPrintsOnSheetsWithLabelsAndAllOfTheMap() throws Exception {
        JourneyMap map = SampleMaps.threeStages();
        try (PDDocument pdf = Loader.loadPDF(export(map, new PageOptions(Paper.A0, false, false, Paper.A4, false)))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(4);
            for (PDPage page : pdf.getPages()) {
                double shorter = Math.min(
                        page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                assertThat(shorter).isCloseTo(Paper.A4.width(false), within());
            }
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Sheet 1 of " + pdf.getNumberOfPages() + ": row 1, column 1");
            assertThat(withoutSpaces(text)).contains("Industrywebinar", "Productdemo");
        }
    }

    @Test
    void textInScriptsTheEmbeddedFontLacksIsDrawnAndNoCardIsLeftBlank() throws Exception {
        JourneyMap map = WorldScripts.map();
        MapGeometry geometry = layout(map);
        try (PDDocument pdf = Loader.loadPDF(export(map, PageOptions.WHOLE_MAP))) {
            float dpi = 144;
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, dpi);
            double pixelsPerPoint = dpi / 72;
            for (CardBox box : geometry.cards()) {
                int dark = 0;
                for (int y = (int) (box.bounds().y() * pixelsPerPoint);
                        y < box.bounds().maxY() * pixelsPerPoint;
                        y++) {
                    for (int x = (int) (box.bounds().x() * pixelsPerPoint);
                            x < box.bounds().maxX() * pixelsPerPoint;
                            x++) {
                        int rgb = page.getRGB((int) (x + 24 * pixelsPerPoint), (int) (y + 24 * pixelsPerPoint));
                        int luminance = ((rgb >> 16 & 0xFF) * 3 + (rgb >> 8 & 0xFF) * 6 + (rgb & 0xFF)) / 10;
                        if (luminance < 110) {
                            dark++;
                        }
                    }
                }
                assertThat(dark).as("ink in card %s", box.cardId()).isGreaterThan(40);
            }
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).as("Latin text beside other scripts stays text").contains("Loves the app", "Discover");
        }
    }

    @Test
    void aHugeMapsPageIsShrunkToWhatReadersOpen() throws Exception {
        JourneyMap map = MapGenerator.generate(4, 40, 4_000, 7);
        try (PDDocument pdf = Loader.loadPDF(export(map, PageOptions.WHOLE_MAP))) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isLessThanOrEqualTo(14_400);
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isLessThanOrEqualTo(14_400);
        }
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(POINT);
    }

    private static byte[] export(JourneyMap map, PageOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().export(map, options, null, out, Progress.NONE);
        return out.toByteArray();
    }

    private static MapGeometry layout(JourneyMap map) {
        return new MapLayout(new TextWrapper(new VectorTextMeasurer()), LayoutStyle.DEFAULT).layout(map);
    }

    private static List<String> textsOf(JourneyMap map) {
        List<String> texts = new ArrayList<>();
        map.stages().forEach(stage -> texts.add(stage.name()));
        for (Persona persona : map.personas()) {
            texts.add(persona.name());
            for (Lane lane : persona.lanes()) {
                texts.add(lane.title());
                lane.cards().stream().map(Card::text).forEach(texts::add);
            }
        }
        texts.removeIf(String::isBlank);
        return texts;
    }

    private static String withoutSpaces(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static boolean embedded(PDResources resources) throws IOException {
        for (COSName name : resources.getFontNames()) {
            if (!resources.getFont(name).isEmbedded()) {
                return false;
            }
        }
        return true;
    }

    private static long images(PDResources resources) throws IOException {
        long images = 0;
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject) {
                images++;
            }
        }
        return images;
    }

    /** Persona "Dana" of the three-stage sample over {@code count} stages named "Stage 1"… */
    private static JourneyMap wideMap(int count) {
        JourneyMap sample = SampleMaps.threeStages();
        List<Stage> stages = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            stages.add(Stage.of("s" + i, "Stage " + i));
        }
        return new JourneyMap(sample.id(), sample.title(), "", stages, sample.personas());
    }

    private static JourneyMap twoPersonas() {
        JourneyMap sample = SampleMaps.threeStages();
        Persona dana = sample.personas().get(0);
        Persona lee = new Persona(
                "p2",
                "Lee",
                "Driver",
                "",
                "",
                List.of(),
                "#3D5A80",
                null,
                List.of(Lane.of("l-2", org.journeycanvas.model.LaneKind.ACTIONS)));
        return new JourneyMap(sample.id(), sample.title(), "", sample.stages(), List.of(dana, lee));
    }
}
