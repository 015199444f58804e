package org.journeycanvas.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFFreeformShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeycanvas.io.Progress;
import org.journeycanvas.layout.DistinctColours;
import org.journeycanvas.layout.MatrixEntry;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.templates.BundledTemplate;
import org.journeycanvas.templates.TemplateCatalog;
import org.journeycanvas.testing.InEnglish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when" on the b2b-buyer template, which compares personas and ranks opportunities: its deck has
 * the persona comparison and the opportunity matrix, its workbook the charts of both.
 */
@ExtendWith(InEnglish.class)
class DecisionExportsTest {
    @TempDir
    Path folder;

    @Test
    void theDeckHasAComparisonSlideWithOneCurvePerPersonaAndTheMatrixSlideWithADotPerRatedOpportunity()
            throws Exception {
        JourneyMap map = b2bBuyer();
        assertThat(map.personas()).hasSizeGreaterThanOrEqualTo(2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PowerPointExporter().export(map, new PptxOptions(null, false), out, Progress.NONE);
        try (XMLSlideShow slides = new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()))) {
            XSLFSlide comparison = slide(slides, "Persona comparison: as-is");
            List<Color> curves = comparison.getShapes().stream()
                    .filter(XSLFFreeformShape.class::isInstance)
                    .map(shape -> ((XSLFFreeformShape) shape).getLineColor())
                    .toList();
            assertThat(curves)
                    .as("one curve per persona, each in its own colour")
                    .containsExactlyElementsOf(DistinctColours.ofPersonas(map.personas()).stream()
                            .map(Color::decode)
                            .toList());

            XSLFSlide matrix = slide(slides, "Opportunity matrix");
            long rated = MatrixEntry.of(map, null).stream()
                    .filter(MatrixEntry::rated)
                    .count();
            assertThat(rated).isPositive();
            long ellipses = matrix.getShapes().stream()
                    .filter(XSLFAutoShape.class::isInstance)
                    .filter(shape -> ((XSLFAutoShape) shape).getShapeType() == ShapeType.ELLIPSE)
                    .count();
            assertThat(ellipses)
                    .as("a dot per rated opportunity and a swatch per persona")
                    .isEqualTo(rated
                            + map.personas().stream()
                                    .filter(persona -> MatrixEntry.of(map, persona.id()).stream()
                                            .anyMatch(MatrixEntry::rated))
                                    .count());
        }
    }

    @Test
    void theWorkbookHasAPersonasSheetWithALineChartAndAnOpportunitiesSheetWithAScatterChart() throws Exception {
        JourneyMap map = b2bBuyer();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExcelExporter().export(map, null, out, Progress.NONE);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XDDFChartData personas = firstChart(book.getSheet("Personas"));
            assertThat(personas).isInstanceOf(XDDFLineChartData.class);
            assertThat(personas.getSeries()).hasSize(map.personas().size());

            XDDFChartData opportunities = firstChart(book.getSheet("Opportunities"));
            assertThat(opportunities).isInstanceOf(XDDFScatterChartData.class);
            assertThat(opportunities.getSeries().get(0).getValuesData().getPointCount())
                    .as("a point per rated opportunity")
                    .isEqualTo((int) MatrixEntry.of(map, null).stream()
                            .filter(MatrixEntry::rated)
                            .count());
        }
    }

    private JourneyMap b2bBuyer() throws Exception {
        TemplateCatalog catalog = new TemplateCatalog(folder.resolve("user"));
        return catalog.read(catalog.find(BundledTemplate.B2B_BUYER.id()).orElseThrow());
    }

    private static XDDFChartData firstChart(XSSFSheet sheet) {
        assertThat(sheet).as("the sheet").isNotNull();
        List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
        assertThat(charts).isNotEmpty();
        return charts.get(0).getChartSeries().get(0);
    }

    private static XSLFSlide slide(XMLSlideShow slides, String title) {
        return slides.getSlides().stream()
                .filter(slide -> slide.getShapes().stream()
                        .anyMatch(shape -> shape instanceof XSLFTextShape text
                                && text.getText().startsWith(title)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no slide titled " + title));
    }
}
