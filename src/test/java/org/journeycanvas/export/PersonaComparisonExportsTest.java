package org.journeycanvas.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFFreeformShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeycanvas.io.Progress;
import org.journeycanvas.layout.DistinctColours;
import org.journeycanvas.layout.PersonaComparison;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.ComparedPersonas;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InEnglish.class)
class PersonaComparisonExportsTest {
    @Test
    void theDeckEndsWithAComparisonSlideOfOneFreeformPerPersonaInItsColourAndAToBeSlide() throws Exception {
        try (XMLSlideShow slides = pptx(ComparedPersonas.map(), null)) {
            XSLFSlide asIs = slide(slides, "Persona comparison: as-is");
            assertThat(freeforms(asIs)).hasSize(3);
            assertThat(freeforms(asIs))
                    .extracting(XSLFFreeformShape::getLineColor)
                    .containsExactly(
                            java.awt.Color.decode("#E07A5F"),
                            java.awt.Color.decode(DistinctColours.PALETTE.get(0)),
                            java.awt.Color.decode(DistinctColours.PALETTE.get(1)));
            assertThat(texts(asIs))
                    .contains("Awareness", "Consideration", "Decision", "Ada", "Ben", "Cy", "Largest gap");
            for (XSLFShape shape : asIs.getShapes()) {
                assertThat(shape.getAnchor().getMaxX()).isLessThanOrEqualTo(PowerPointExporter.SLIDE_WIDTH);
                assertThat(shape.getAnchor().getMaxY()).isLessThanOrEqualTo(PowerPointExporter.SLIDE_HEIGHT);
            }
            assertThat(slides.getSlides().stream().filter(slide -> texts(slide).contains("Persona comparison: to-be")))
                    .as("only Ada has to-be scores: nothing to compare")
                    .isEmpty();
        }
    }

    @Test
    void withManyStagesAndLongNamesTheSlidesTextsShrinkWithTheDrawingAndStayApartOnTheSlide() throws Exception {
        String longName = "A persona with a really rather long name";
        JourneyMap map = ComparedPersonas.many(14, 5, longName);
        try (XMLSlideShow slides = pptx(map, null)) {
            XSLFSlide slide = slide(slides, "Persona comparison: as-is");
            List<XSLFTextShape> legend = textShapes(slide).stream()
                    .filter(shape -> shape.getText().startsWith("A persona"))
                    .toList();
            XSLFTextShape gap = textShapes(slide).stream()
                    .filter(shape -> shape.getText().equals("Largest gap"))
                    .findFirst()
                    .orElseThrow();
            assertThat(legend).hasSize(5);
            for (XSLFTextShape shape : textShapes(slide)) {
                assertThat(shape.getAnchor().getMinX()).isGreaterThanOrEqualTo(0);
                assertThat(shape.getAnchor().getMaxX()).isLessThanOrEqualTo(PowerPointExporter.SLIDE_WIDTH);
                assertThat(shape.getAnchor().getMaxY()).isLessThanOrEqualTo(PowerPointExporter.SLIDE_HEIGHT);
            }
            for (int i = 0; i < legend.size(); i++) {
                assertThat(fontSize(legend.get(i)))
                        .as("scaled down with the drawing")
                        .isLessThan(12);
                for (int j = i + 1; j < legend.size(); j++) {
                    assertThat(legend.get(i)
                                    .getAnchor()
                                    .intersects(legend.get(j).getAnchor()))
                            .as("legend names %d and %d overlap", i, j)
                            .isFalse();
                }
            }
            assertThat(fontSize(gap)).isLessThan(10);
            double columnWidth = (PowerPointExporter.SLIDE_WIDTH - 48) / 14;
            assertThat(gap.getAnchor().getWidth())
                    .as("within its stage's column")
                    .isLessThan(columnWidth);
        }
    }

    @Test
    void aToBeSlideFollowsWhenTwoPersonasHaveToBeScores() throws Exception {
        JourneyMap map = ComparedPersonas.map()
                .withLanesMapped(lane -> lane.withCardsMapped(
                        card -> card.futureScore() == null && card.score() != null ? card.withFutureScore(1) : card));
        try (XMLSlideShow slides = pptx(map, null)) {
            assertThat(freeforms(slide(slides, "Persona comparison: to-be"))).hasSize(3);
        }
    }

    @Test
    void noComparisonSlideForOnePersonaOrADeckOfOnePersona() throws Exception {
        try (XMLSlideShow slides = pptx(SampleMaps.threeStages(), null)) {
            assertThat(slides.getSlides()).noneMatch(slide -> texts(slide).contains("Persona comparison: as-is"));
        }
        try (XMLSlideShow slides = pptx(ComparedPersonas.map(), "p-ada")) {
            assertThat(slides.getSlides()).noneMatch(slide -> texts(slide).contains("Persona comparison: as-is"));
        }
    }

    @Test
    void theWorkbookHasAPersonasSheetWithTheMeansAndAChartOfOneSeriesPerPersona() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExcelExporter().export(ComparedPersonas.map(), null, out, Progress.NONE);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = book.getSheet("Personas");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("As-is");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Consideration");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Ada");
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue())
                    .as("the mean of +2 and 0")
                    .isEqualTo(1.0);
            assertThat(sheet.getRow(4).getCell(2))
                    .as("Cy has no score at Consideration")
                    .isNull();
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("To-be");
            assertThat(sheet.getRow(7).getCell(3).getNumericCellValue()).isEqualTo(0.0);

            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(2);
            List<XDDFChartData.Series> series =
                    charts.get(0).getChartSeries().get(0).getSeries();
            assertThat(series).hasSize(3);
            assertThat(series.get(1).getValuesData().getDataRangeReference()).contains("$B$4:$D$4");
            assertThat(charts.get(1).getChartSeries().get(0).getSeries())
                    .as("to-be: Ada alone")
                    .hasSize(1);
        }
    }

    @Test
    void theSheetCallsAPersonaWithoutANameAsTheSlideAndTheWindowDo() throws Exception {
        JourneyMap map = ComparedPersonas.map().withPersonaMapped("p-ben", persona -> persona.withName(""));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExcelExporter().export(map, null, out, Progress.NONE);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = book.getSheet("Personas");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Unnamed persona");
            assertThat(sheet.getDrawingPatriarch()
                            .getCharts()
                            .get(0)
                            .getCTChart()
                            .toString())
                    .as("the chart's series title")
                    .contains("Unnamed persona");
        }
    }

    @Test
    void noPersonasSheetForOnePersonaOrAWorkbookOfOnePersona() throws Exception {
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        new ExcelExporter().export(SampleMaps.threeStages(), null, one, Progress.NONE);
        ByteArrayOutputStream ada = new ByteArrayOutputStream();
        new ExcelExporter().export(ComparedPersonas.map(), "p-ada", ada, Progress.NONE);
        for (ByteArrayOutputStream out : List.of(one, ada)) {
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                assertThat(book.getSheet("Personas")).isNull();
            }
        }
    }

    @Test
    void aPersonaNamedPersonasKeepsItsSheetAndTheComparisonTakesAnotherName() throws Exception {
        JourneyMap map = ComparedPersonas.map().withPersonaMapped("p-cy", persona -> persona.withName("Personas"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExcelExporter().export(map, null, out, Progress.NONE);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheet("Personas").getRow(0).getCell(0).getStringCellValue())
                    .startsWith("Personas");
            assertThat(book.getSheet("Personas 2").getDrawingPatriarch().getCharts())
                    .isNotEmpty();
        }
    }

    @Test
    void thePngIsDrawnAtTwiceTheChartsSize() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        PersonaComparisonPng.write(ComparedPersonas.map(), PersonaComparison.Curve.AS_IS, png);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        assertThat(image.getWidth()).isEqualTo((int) (2 * PersonaComparisonPng.WIDTH));
        assertThat(image.getHeight()).isGreaterThan(2 * 300);
    }

    private static XMLSlideShow pptx(JourneyMap map, String personaId) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PowerPointExporter().export(map, new PptxOptions(personaId, false), out, Progress.NONE);
        return new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()));
    }

    private static XSLFSlide slide(XMLSlideShow slides, String title) {
        return slides.getSlides().stream()
                .filter(slide -> texts(slide).contains(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no slide titled " + title));
    }

    private static List<XSLFFreeformShape> freeforms(XSLFSlide slide) {
        return slide.getShapes().stream()
                .filter(XSLFFreeformShape.class::isInstance)
                .map(XSLFFreeformShape.class::cast)
                .toList();
    }

    private static List<XSLFTextShape> textShapes(XSLFSlide slide) {
        return slide.getShapes().stream()
                .filter(XSLFTextShape.class::isInstance)
                .map(XSLFTextShape.class::cast)
                .filter(shape -> !shape.getText().isBlank())
                .toList();
    }

    private static double fontSize(XSLFTextShape shape) {
        return shape.getTextParagraphs().get(0).getTextRuns().get(0).getFontSize();
    }

    private static List<String> texts(XSLFSlide slide) {
        List<String> texts = new ArrayList<>();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape text && !text.getText().isBlank()) {
                texts.add(text.getText());
            }
        }
        return texts;
    }
}
