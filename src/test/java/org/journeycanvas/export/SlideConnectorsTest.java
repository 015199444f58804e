package org.journeycanvas.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.sl.usermodel.LineDecoration;
import org.apache.poi.sl.usermodel.StrokeStyle;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.journeycanvas.io.Progress;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.templates.TemplateCatalog;
import org.journeycanvas.testing.ConnectedMaps;
import org.journeycanvas.testing.InEnglish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualConnectorProperties;
import org.openxmlformats.schemas.presentationml.x2006.main.CTConnector;

/** On slides, connectors are PowerPoint connectors glued to the cards' shapes, so they follow a moved card. */
@ExtendWith(InEnglish.class)
class SlideConnectorsTest {
    @TempDir
    Path folder;

    @Test
    void eachConnectorIsGluedToTheShapesOfItsTwoCardsWithAnArrowAtTheSecond() throws Exception {
        try (XMLSlideShow slides = export(ConnectedMaps.blueprint())) {
            XSLFSlide slide = slides.getSlides().get(1);
            Map<Integer, String> textById = new HashMap<>();
            List<String> texts = new ArrayList<>();
            for (XSLFShape shape : slide.getShapes()) {
                if (shape instanceof XSLFTextShape text) {
                    textById.put(shape.getShapeId(), text.getText());
                    texts.add(text.getText());
                }
            }
            List<String> glued = new ArrayList<>();
            List<String> dashed = new ArrayList<>();
            for (XSLFShape shape : slide.getShapes()) {
                if (shape instanceof XSLFConnectorShape connector
                        && glue(connector).isSetStCxn()) {
                    CTNonVisualConnectorProperties glue = glue(connector);
                    String pair = textById.get((int) glue.getStCxn().getId()) + " → "
                            + textById.get((int) glue.getEndCxn().getId());
                    glued.add(pair);
                    assertThat(connector.getLineTailDecoration()).isEqualTo(LineDecoration.DecorationShape.TRIANGLE);
                    if (connector.getLineDash() == StrokeStyle.LineDash.DASH) {
                        dashed.add(pair);
                    }
                }
            }

            assertThat(glued)
                    .containsExactlyInAnyOrder(
                            "Sales rep takes the order → Order desk books it",
                            "Runs the pilot with the customer → Sales rep takes the order",
                            "Finance checks usage → Runs the pilot with the customer");
            assertThat(dashed).containsExactly("Runs the pilot with the customer → Sales rep takes the order");
            assertThat(texts).contains(ConnectedMaps.HAND_OFF_LABEL, ConnectedMaps.BRANCH_LABEL);
            ExportsTest.assertInsideSlide(slides);
        }
    }

    @Test
    void aConnectorToACardOnAnotherSlideIsALineInTheNotesOfBoth() throws Exception {
        TemplateCatalog catalog = new TemplateCatalog(folder.resolve("user"));
        JourneyMap template = catalog.read(catalog.find("b2b-blueprint").orElseThrow());
        List<Connector> connectors = new ArrayList<>(template.connectors());
        connectors.add(new Connector(
                "far",
                "p1-frontstage-1",
                "p1-frontstage-6",
                "Goals for the review",
                org.journeycanvas.model.ConnectorStyle.SOLID));
        JourneyMap map = template.withConnectors(connectors);

        try (XMLSlideShow slides = export(map)) {
            List<String> notes = new ArrayList<>();
            for (XSLFSlide slide : slides.getSlides()) {
                XSLFNotes slideNotes = slide.getNotes();
                if (slideNotes != null) {
                    slideNotes
                            .getTextParagraphs()
                            .forEach(paragraphs -> paragraphs.forEach(p -> notes.add(p.getText())));
                }
            }

            String line =
                    "“CSM sends the welcome email and books…” (Contract signed) → “CSM presents the value review and next…”"
                            + " (First value review): Goals for the review";
            assertThat(notes).filteredOn(line::equals).hasSize(2);
            assertThat(notes).contains("Connectors to cards on other slides:");
        }
    }

    private static CTNonVisualConnectorProperties glue(XSLFConnectorShape connector) {
        return ((CTConnector) connector.getXmlObject()).getNvCxnSpPr().getCNvCxnSpPr();
    }

    private static XMLSlideShow export(JourneyMap map) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PowerPointExporter()
                .export(map, new PptxOptions(map.personas().get(0).id(), false), out, Progress.NONE);
        return new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()));
    }
}
