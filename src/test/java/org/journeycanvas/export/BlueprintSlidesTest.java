package org.journeycanvas.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.StrokeStyle;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.journeycanvas.io.Progress;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.templates.TemplateCatalog;
import org.journeycanvas.testing.InEnglish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A service blueprint on slides: too tall for one, it continues at a zone boundary, and its lines stay. */
@ExtendWith(InEnglish.class)
class BlueprintSlidesTest {
    @TempDir
    Path folder;

    @Test
    void theBlueprintContinuesOnASlideOfItsOwnWithItsThreeNamedDashedLines() throws Exception {
        TemplateCatalog catalog = new TemplateCatalog(folder.resolve("user"));
        JourneyMap map = catalog.read(catalog.find("b2b-blueprint").orElseThrow());
        // The fleet administrator: the project lead's storyboard makes his slides split higher up.
        String persona = map.personas().get(1).id();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new PowerPointExporter().export(map, new PptxOptions(persona, false), out, Progress.NONE);

        try (XMLSlideShow slides = new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()))) {
            // The persona's map slides, without the title slide and the opportunity matrix's slide after them.
            List<XSLFSlide> mapSlides = slides.getSlides().stream()
                    .filter(slide -> texts(slide).stream().anyMatch(text -> text.contains("Stages ")))
                    .toList();
            assertThat(mapSlides).hasSize(4);
            assertThat(texts(mapSlides.get(0))).anyMatch(text -> text.endsWith("Stages 1–3 of 6 · Lanes 1–7 of 12"));
            assertThat(texts(mapSlides.get(1)))
                    .anyMatch(text -> text.endsWith("Stages 1–3 of 6 · Lanes 8–12 of 12"))
                    .contains("Line of interaction", "Line of visibility", "Line of internal interaction");
            assertThat(texts(mapSlides.get(0))).doesNotContain("Line of interaction");
            long dashed = mapSlides.get(1).getShapes().stream()
                    .filter(shape -> shape instanceof XSLFConnectorShape connector
                            && connector.getLineDash() == StrokeStyle.LineDash.DASH
                            && connector.getAnchor().getHeight() == 0)
                    .count();
            assertThat(dashed).isEqualTo(3);
            ExportsTest.assertInsideSlide(slides);
        }
    }

    private static List<String> texts(XSLFSlide slide) {
        List<String> texts = new ArrayList<>();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape text) {
                texts.add(text.getText());
            }
        }
        return texts;
    }
}
