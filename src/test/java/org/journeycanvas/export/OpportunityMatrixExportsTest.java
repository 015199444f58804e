package org.journeycanvas.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeycanvas.export.pdf.OpportunityMatrixPdf;
import org.journeycanvas.importing.ExcelRoundTrip;
import org.journeycanvas.io.Progress;
import org.journeycanvas.layout.MatrixColouring;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.OpportunityMaps;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InEnglish.class)
class OpportunityMatrixExportsTest {
    private final JourneyMap map = OpportunityMaps.ranked();

    @Test
    void theDeckEndsWithTheMatrixSlideOfNativeShapes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PowerPointExporter().export(map, new PptxOptions(null, false), out, Progress.NONE);

        try (XMLSlideShow slides = new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()))) {
            XSLFSlide matrix = slides.getSlides().get(slides.getSlides().size() - 1);
            List<String> texts = ExportsTest.texts(matrix);
            assertThat(texts)
                    .contains("Opportunity matrix — Fleet software", "Impact", "Effort", "Quick wins", "Money pits")
                    .contains("Publish prices", "Free trial", "Dana", "Sam", "Not yet rated (2)");
            // five opportunities and the two personas of the legend
            assertThat(ellipses(matrix)).hasSize(5 + 2);
            assertThat(ellipses(matrix))
                    .extracting(shape -> shape.getFillColor())
                    .contains(new java.awt.Color(0xE0, 0x7A, 0x5F));
            assertThat(matrix.getShapes())
                    .filteredOn(shape -> shape instanceof org.apache.poi.xslf.usermodel.XSLFConnectorShape)
                    .hasSizeGreaterThanOrEqualTo(8 + 2);
            ExportsTest.assertInsideSlide(slides);
        }
    }

    @Test
    void anOpportunityOfEmojiIsOnTheMatrixSlideAndInThePng() throws Exception {
        // 150 emoji: more than 160 chars, fewer than 160 code points
        String rockets = "\uD83D\uDE80".repeat(150);
        JourneyMap emoji = map.withLanesMapped(
                lane -> lane.withCardsMapped(card -> card.id().equals("o3") ? card.withText(rockets) : card));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PowerPointExporter().export(emoji, new PptxOptions(null, false), out, Progress.NONE);

        try (XMLSlideShow slides = new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()))) {
            XSLFSlide matrix = slides.getSlides().get(slides.getSlides().size() - 1);
            assertThat(ExportsTest.texts(matrix))
                    .anySatisfy(
                            text -> assertThat(text).startsWith("\uD83D\uDE80").endsWith("…"));
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        OpportunityMatrixPicture.writePng(emoji, null, MatrixColouring.PERSONA, 1, png);
        assertThat(ImageIO.read(new ByteArrayInputStream(png.toByteArray()))).isNotNull();
    }

    @Test
    void aMapWithoutRatedOpportunitiesHasNoMatrixSlide() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PowerPointExporter().export(SampleMaps.threeStages(), new PptxOptions(null, false), out, Progress.NONE);

        try (XMLSlideShow slides = new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()))) {
            for (XSLFSlide slide : slides.getSlides()) {
                assertThat(ExportsTest.texts(slide)).doesNotContain("Quick wins");
            }
        }
    }

    @Test
    void onePersonasDeckHasOnlyItsOpportunitiesOnTheMatrix() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PowerPointExporter().export(map, new PptxOptions("p2", false), out, Progress.NONE);

        try (XMLSlideShow slides = new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()))) {
            XSLFSlide matrix = slides.getSlides().get(slides.getSlides().size() - 1);
            assertThat(ExportsTest.texts(matrix)).contains("Procurement pack").doesNotContain("Free trial");
            assertThat(ellipses(matrix)).hasSize(1 + 1);
        }
    }

    @Test
    void theOpportunitiesSheetIsSortedByScoreWithTheUnratedLastAndAScatterChart() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExcelExporter().export(map, null, out, Progress.NONE);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = book.getSheet("Opportunities");
            assertThat(sheet).isNotNull();
            assertThat(row(sheet, 0))
                    .containsExactly(
                            "Opportunity",
                            "Persona",
                            "Stage",
                            "Impact",
                            "Effort",
                            "Score (impact / effort)",
                            "Owner",
                            "Status",
                            "Pain points addressed");
            List<String> order = new ArrayList<>();
            List<Double> scores = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                order.add(sheet.getRow(r).getCell(0).getStringCellValue());
                scores.add(sheet.getRow(r).getCell(5).getNumericCellValue());
            }
            assertThat(order)
                    .containsExactly(
                            "Free trial",
                            "Publish prices",
                            "Price calculator",
                            "Procurement pack",
                            "Rebuild the portal",
                            "Partner program",
                            "Reference calls");
            assertThat(scores.subList(0, 5)).containsExactly(5.0, 2.0, 2.0, 1.0, 0.4);
            assertThat(row(sheet, 2))
                    .containsExactly(
                            "Publish prices",
                            "Dana",
                            "Research",
                            "4.0",
                            "2.0",
                            "2.0",
                            "Growth",
                            "Planned",
                            "Pricing is unclear");
            assertThat(row(sheet, 7)).containsExactly("Reference calls", "Sam", "Buy", "3.0", "", "", "", "Idea", "");

            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            List<XDDFChartData> data = charts.get(0).getChartSeries();
            assertThat(data).singleElement().isInstanceOf(XDDFScatterChartData.class);
            XDDFChartData.Series series = data.get(0).getSeries(0);
            assertThat(series.getCategoryData().getPointCount()).isEqualTo(5);
            assertThat(series.getValuesData().getPointCount()).isEqualTo(5);
            assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("Opportunities!$E$2:$E$6");
            assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("Opportunities!$D$2:$D$6");
        }
    }

    @Test
    void equalScoresAreSortedByImpactHighestFirst() throws Exception {
        // o2 5/5, o3 2/2 and o4 1/1 all score 1, like o5 (3/3); in the map's order o2, o3, o4, o5
        JourneyMap ties = map.withLanesMapped(lane -> lane.withCardsMapped(card -> switch (card.id()) {
            case "o4" -> card.withOpportunity(card.opportunity().withImpact(1).withEffort(1));
            case "o2" -> card.withOpportunity(card.opportunity().withImpact(5).withEffort(5));
            case "o3" -> card.withOpportunity(card.opportunity().withImpact(2).withEffort(2));
            default -> card;
        }));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExcelExporter().export(ties, null, out, Progress.NONE);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = book.getSheet("Opportunities");
            List<String> order = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                order.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(order)
                    .containsExactly(
                            "Publish prices",
                            "Price calculator",
                            "Procurement pack",
                            "Free trial",
                            "Rebuild the portal",
                            "Partner program",
                            "Reference calls");
        }
    }

    @Test
    void aPersonaWithoutANameIsAnUnnamedPersonaOnTheSheet() throws Exception {
        JourneyMap unnamed = map.withPersonaMapped("p2", persona -> persona.withName(" "));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExcelExporter().export(unnamed, null, out, Progress.NONE);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(row(book.getSheet("Opportunities"), 4)).startsWith("Procurement pack", "Unnamed persona");
        }
    }

    @Test
    void anExportWithTheOpportunitiesSheetReadsBackWithNoChanges(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        java.nio.file.Path file = folder.resolve("fleet.xlsx");
        try (var out = java.nio.file.Files.newOutputStream(file)) {
            new ExcelExporter().export(map, null, out, Progress.NONE);
        }

        var exported = ExcelRoundTrip.read(file, Progress.NONE).orElseThrow();
        assertThat(org.journeycanvas.importing.MapChanges.between(map, exported))
                .isEmpty();
    }

    @Test
    void aPersonaNamedLikeTheSheetKeepsItsNameAndTheOpportunitiesTakeAnother() throws Exception {
        JourneyMap named = map.withPersonaMapped("p2", persona -> persona.withName("Opportunities"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExcelExporter().export(named, null, out, Progress.NONE);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheet("Opportunities").getRow(0).getCell(0).getStringCellValue())
                    .isNotEqualTo("Opportunity");
            assertThat(book.getSheet("Opportunities 2").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Opportunity");
        }
    }

    @Test
    void thePngAndPdfShowTheMatrixUnderItsTitle() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        OpportunityMatrixPicture.writePng(map, null, MatrixColouring.STAGE, 1, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        assertThat(image.getWidth()).isEqualTo((int) OpportunityMatrixPicture.WIDTH);
        assertThat(image.getHeight()).isEqualTo((int) OpportunityMatrixPicture.HEIGHT);
        // the stage "Buy" is green (#2DA44E): its dots are drawn in it
        assertThat(countPixels(image, 0x2DA44E)).isGreaterThan(50);

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        OpportunityMatrixPdf.write(map, null, MatrixColouring.PERSONA, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Opportunity matrix", "Quick wins", "Publish prices", "Not yet rated (2)");
        }
    }

    private static List<XSLFAutoShape> ellipses(XSLFSlide slide) {
        return slide.getShapes().stream()
                .filter(shape -> shape instanceof XSLFAutoShape auto && auto.getShapeType() == ShapeType.ELLIPSE)
                .map(XSLFAutoShape.class::cast)
                .toList();
    }

    private static List<String> row(XSSFSheet sheet, int index) {
        XSSFRow row = sheet.getRow(index);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < 9; c++) {
            var cell = row.getCell(c);
            if (cell == null) {
                cells.add("");
            } else if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                cells.add(String.valueOf(cell.getNumericCellValue()));
            } else {
                cells.add(cell.getStringCellValue());
            }
        }
        return cells;
    }

    private static int countPixels(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }
}
