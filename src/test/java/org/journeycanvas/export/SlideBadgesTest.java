package org.journeycanvas.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.journeycanvas.io.Progress;
import org.journeycanvas.model.OpportunityStatus;
import org.journeycanvas.render.OpportunityBadges;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.RankedOpportunities;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The badges of ranked opportunities on the map's slides: native text and shapes, none for unranked cards. */
@ExtendWith(InEnglish.class)
class SlideBadgesTest {
    @Test
    void rankedOpportunitiesCarryTheirBadgesAsTextShapes() throws Exception {
        try (XMLSlideShow slides = export(RankedOpportunities.map())) {
            List<XSLFShape> shapes = slides.getSlides().get(1).getShapes();
            assertThat(texts(shapes)).contains("I4 · E2 · Planned", "SO", "I3 · E3 · Done", "AR");
            assertThat(shapes)
                    .filteredOn(shape -> shape instanceof XSLFAutoShape auto
                            && auto.getShapeType() == ShapeType.ELLIPSE
                            && auto.getFillColor() != null
                            && auto.getFillColor().getRGB()
                                    == PowerPointExporter.awt(OpportunityBadges.statusColor(OpportunityStatus.PLANNED))
                                            .getRGB())
                    .hasSize(1);
            ExportsTest.assertInsideSlide(slides);
        }
    }

    @Test
    void aMapWithoutRankedOpportunitiesHasNoBadges() throws Exception {
        try (XMLSlideShow slides = export(SampleMaps.threeStages())) {
            assertThat(texts(slides.getSlides().get(1).getShapes())).noneMatch(text -> text.contains(" · E"));
        }
    }

    private static XMLSlideShow export(org.journeycanvas.model.JourneyMap map) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PowerPointExporter().export(map, new PptxOptions(null, false), out, Progress.NONE);
        return new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> texts(List<XSLFShape> shapes) {
        List<String> texts = new ArrayList<>();
        for (XSLFShape shape : shapes) {
            if (shape instanceof XSLFTextShape text) {
                texts.add(text.getText());
            }
        }
        return texts;
    }
}
