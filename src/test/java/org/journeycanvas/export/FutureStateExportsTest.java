package org.journeycanvas.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.sl.usermodel.StrokeStyle;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFFreeformShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeycanvas.io.Progress;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.FutureStateMaps;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The to-be curve in the exports that do not draw through the painter: PowerPoint shapes and the Excel chart. */
@ExtendWith(InEnglish.class)
class FutureStateExportsTest {
    private static final Color DANA = new Color(0xE0, 0x7A, 0x5F);

    @TempDir
    Path folder;

    private final MapExport export = new MapExport();
    private final JourneyMap map = FutureStateMaps.fourMoments();

    @Test
    void theSlideHasTheToBeCurveDashedInThePersonasColourAndTheGapAsATintedFreeform() throws Exception {
        try (XMLSlideShow slides = pptx(map)) {
            XSLFSlide dana = slides.getSlides().get(1);
            List<XSLFFreeformShape> freeforms = dana.getShapes().stream()
                    .filter(XSLFFreeformShape.class::isInstance)
                    .map(XSLFFreeformShape.class::cast)
                    .toList();
            assertThat(freeforms)
                    .as("the gap, the as-is curve, the to-be curve")
                    .hasSize(3);
            XSLFFreeformShape gap = freeforms.get(0);
            assertThat(gap.getFillColor()).isNotNull();
            assertThat(gap.getFillColor().getRGB() & 0xFFFFFF).isEqualTo(DANA.getRGB() & 0xFFFFFF);
            assertThat(gap.getFillColor().getAlpha()).isLessThan(80);
            XSLFFreeformShape toBe = freeforms.get(2);
            assertThat(toBe.getLineDash()).isEqualTo(StrokeStyle.LineDash.DASH);
            assertThat(toBe.getLineColor()).isEqualTo(DANA);
            assertThat(freeforms.get(1).getLineDash()).isNotEqualTo(StrokeStyle.LineDash.DASH);
            ExportsTest.assertInsideSlide(slides);
        }
    }

    @Test
    void aSlideWithoutToBeScoresHasOnlyTheAsIsCurve() throws Exception {
        try (XMLSlideShow slides = pptx(SampleMaps.threeStages()
                .withLanesMapped(lane -> lane.id().equals("l-emo")
                        ? lane.withCards(List.of(
                                FutureStateMaps.emotion("e1", "s1", "Curious", 1, null),
                                FutureStateMaps.emotion("e2", "s2", "Sceptical", -1, null)))
                        : lane))) {
            assertThat(slides.getSlides().get(1).getShapes())
                    .filteredOn(XSLFFreeformShape.class::isInstance)
                    .hasSize(1);
        }
    }

    @Test
    void excelHasAToBeRowAndASecondDashedSeriesInTheChart() throws Exception {
        try (XSSFWorkbook book = excel(map)) {
            XSSFSheet dana = book.getSheet("Dana");
            int asIsRow = ExcelExporter.STAGE_ROW + 3;
            int toBeRow = asIsRow + 1;
            assertThat(dana.getRow(toBeRow).getCell(0).getStringCellValue()).isEqualTo("To-be score (-2 to +2)");
            assertThat(dana.getRow(asIsRow).getCell(1).getNumericCellValue()).isEqualTo(-1.0);
            assertThat(dana.getRow(toBeRow).getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(dana.getRow(toBeRow).getCell(3).getNumericCellValue())
                    .as("e4 alone has a to-be score at s3")
                    .isEqualTo(2.0);

            var chart = dana.getDrawingPatriarch().getCharts().get(0);
            var data = chart.getChartSeries().get(0);
            assertThat(data.getSeriesCount()).isEqualTo(2);
            var asIs = data.getSeries(0);
            var toBe = data.getSeries(1);
            assertThat(asIs.getValuesData().getDataRangeReference()).contains("$B$" + (asIsRow + 1));
            assertThat(toBe.getValuesData().getDataRangeReference()).contains("$B$" + (toBeRow + 1));
            assertThat(chart.getCTChart().xmlText()).contains("Emotions (to-be)");
            assertThat(toBe.getShapeProperties()
                            .getLineProperties()
                            .getPresetDash()
                            .getValue())
                    .isEqualTo(PresetLineDash.DASH);
            assertThat(asIs.getShapeProperties().getLineProperties().getPresetDash())
                    .isNull();
        }
    }

    @Test
    void excelWithoutToBeScoresHasOneSeriesAsBefore() throws Exception {
        try (XSSFWorkbook book = excel(SampleMaps.threeStages())) {
            var data = book.getSheet("Dana")
                    .getDrawingPatriarch()
                    .getCharts()
                    .get(0)
                    .getChartSeries()
                    .get(0);
            assertThat(data.getSeriesCount()).isEqualTo(1);
        }
    }

    @Test
    void svgHasTheDashedCurveAndTheGap() throws Exception {
        Path target = folder.resolve("map.svg");
        export.export(map, new ExportRequest(ExportFormat.SVG, null, 1, false, false), target, Progress.NONE);
        String svg = Files.readString(target);
        assertThat(svg).contains("stroke-dasharray=\"8.0 5.0\"").contains("<polygon");
    }

    @Test
    void pdfHasTheDashedCurveAndTheShadedGap() throws Exception {
        PdfDrawing future = pdf(map);
        assertThat(future.dashes()).as("the to-be curve's dash pattern").contains(List.of(8f, 5f));
        assertThat(future.fillOpacities())
                .as("the gap filled in a light tint")
                .anySatisfy(opacity -> assertThat(opacity).isCloseTo(0.18f, within(0.001f)));

        PdfDrawing asIs = pdf(SampleMaps.threeStages());
        assertThat(asIs.dashes()).doesNotContain(List.of(8f, 5f));
        assertThat(asIs.fillOpacities())
                .noneSatisfy(opacity -> assertThat(opacity).isCloseTo(0.18f, within(0.001f)));
    }

    /** What a PDF's pages draw: every dash pattern set, and the fill opacity in effect at every fill. */
    private record PdfDrawing(List<List<Float>> dashes, List<Float> fillOpacities) {}

    private PdfDrawing pdf(JourneyMap exported) throws Exception {
        Path target = folder.resolve("map.pdf");
        export.export(exported, new ExportRequest(ExportFormat.PDF, null, 1, false, false), target, Progress.NONE);
        List<List<Float>> dashes = new ArrayList<>();
        List<Float> fillOpacities = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(target.toFile())) {
            for (PDPage page : document.getPages()) {
                float opacity = 1;
                List<Object> operands = new ArrayList<>();
                PDFStreamParser parser = new PDFStreamParser(page);
                for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                    if (!(token instanceof Operator operator)) {
                        operands.add(token);
                        continue;
                    }
                    switch (operator.getName()) {
                        case "d" -> dashes.add(floats(((COSArray) operands.get(0)).toFloatArray()));
                        case "gs" -> {
                            Float alpha = page.getResources()
                                    .getExtGState((COSName) operands.get(0))
                                    .getNonStrokingAlphaConstant();
                            opacity = alpha == null ? 1 : alpha;
                        }
                        case "f", "f*", "B", "B*" -> fillOpacities.add(opacity);
                        default -> {}
                    }
                    operands.clear();
                }
            }
        }
        return new PdfDrawing(dashes, fillOpacities);
    }

    private static List<Float> floats(float[] values) {
        List<Float> list = new ArrayList<>();
        for (float value : values) {
            list.add(value);
        }
        return list;
    }

    private XSSFWorkbook excel(JourneyMap exported) throws Exception {
        Path target = folder.resolve("map.xlsx");
        export.export(exported, new ExportRequest(ExportFormat.XLSX, null, 1, false, false), target, Progress.NONE);
        try (InputStream in = Files.newInputStream(target)) {
            return new XSSFWorkbook(in);
        }
    }

    private XMLSlideShow pptx(JourneyMap exported) throws Exception {
        Path target = folder.resolve("map.pptx");
        export.export(exported, new ExportRequest(ExportFormat.PPTX, null, 1, false, false), target, Progress.NONE);
        try (InputStream in = Files.newInputStream(target)) {
            return new XMLSlideShow(in);
        }
    }
}
