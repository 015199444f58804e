package org.journeycanvas.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeycanvas.io.Progress;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.templates.BundledTemplate;
import org.journeycanvas.templates.TemplateCatalog;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every bundled template exports to every format, and the result reads back. */
class TemplateExportsTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(BundledTemplate.class)
    void everyTemplateExportsToEveryFormat(BundledTemplate bundled) throws Exception {
        TemplateCatalog catalog = new TemplateCatalog(folder.resolve("user"));
        JourneyMap map = catalog.read(catalog.find(bundled.id()).orElseThrow());
        for (ExportFormat format : ExportFormat.values()) {
            Path target = folder.resolve(bundled.id() + "." + format.extension());
            new MapExport().export(map, new ExportRequest(format, null, 1, false, false), target, Progress.NONE);
            try (InputStream in = Files.newInputStream(target)) {
                switch (format) {
                    case PNG -> assertThat(ImageIO.read(in).getWidth()).isGreaterThan(400);
                    case XLSX -> {
                        try (XSSFWorkbook book = new XSSFWorkbook(in)) {
                            // the overview, the cards, a sheet per persona, the persona comparison and the marker
                            assertThat(book.getNumberOfSheets())
                                    .isEqualTo(3 + map.personas().size() + (comparesPersonas(map) ? 1 : 0));
                        }
                    }
                    case PDF -> {
                        try (org.apache.pdfbox.pdmodel.PDDocument pdf =
                                org.apache.pdfbox.Loader.loadPDF(in.readAllBytes())) {
                            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
                        }
                    }
                    case MERMAID ->
                        assertThat(new org.journeycanvas.io.mermaid.MermaidJourneyReader()
                                        .read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                                        .stages())
                                .hasSameSizeAs(map.stages());
                    case SVG, HTML ->
                        assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                                .contains("<svg");
                    case PPTX -> {
                        try (XMLSlideShow slides = new XMLSlideShow(in)) {
                            assertThat(slides.getSlides())
                                    .hasSizeGreaterThanOrEqualTo(
                                            1 + map.personas().size());
                            ExportsTest.assertInsideSlide(slides);
                        }
                    }
                }
            }
        }
    }

    /** Whether two personas or more have a scored emotion: then the exports compare them. */
    private static boolean comparesPersonas(JourneyMap map) {
        return map.personas().stream()
                        .filter(persona -> persona.lanes().stream()
                                .filter(lane -> lane.kind() == org.journeycanvas.model.LaneKind.EMOTIONS)
                                .flatMap(lane -> lane.cards().stream())
                                .anyMatch(card -> card.score() != null))
                        .count()
                >= 2;
    }
}
