package org.journeycanvas.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeycanvas.io.Progress;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Stage;
import org.journeycanvas.model.StageFigures;
import org.journeycanvas.model.TimeSpent;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The funnel and health strips in the slides (native text) and the figures on the spreadsheet's overview. */
@ExtendWith(InEnglish.class)
class StageStripExportsTest {
    private final JourneyMap sample = SampleMaps.threeStages();
    private final JourneyMap measured = sample.withStages(sample.stages().stream()
            .map(stage -> stage.withFigures(figures(stage)))
            .toList());

    private static StageFigures figures(Stage stage) {
        return switch (stage.id()) {
            case "s1" -> new StageFigures(12_400L, 62.0, 81.5, null, new TimeSpent(45, TimeSpent.Unit.SECONDS));
            case "s2" -> new StageFigures(7_688L, null, null, 31.0, null);
            default -> StageFigures.NONE;
        };
    }

    @Test
    void slidesShowTheFunnelAndTheHealthAsTextUnderTheStageHeaders() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PowerPointExporter().export(measured, new PptxOptions(null, false), out, Progress.NONE);

        try (XMLSlideShow slides = new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> texts = texts(slides.getSlides().get(1));
            assertThat(texts)
                    .contains("Funnel", "12,400", "−38%", "CSAT 81.5% · 45 s", "7,688", "NPS +31")
                    .contains("Journey health", "+1");
            ExportsTest.assertInsideSlide(slides);
        }
    }

    @Test
    void theOverviewSheetHasEachStagesFiguresAndHealthAsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExcelExporter().export(measured, null, out, Progress.NONE);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet overview = book.getSheet("Overview");
            XSSFRow header = rowStartingWith(overview, "#");
            List<String> headers = new ArrayList<>();
            for (int column = ExcelStageFigures.FIRST_COLUMN; column < header.getLastCellNum(); column++) {
                headers.add(header.getCell(column).getStringCellValue());
            }
            assertThat(headers)
                    .containsExactly(
                            "People entering",
                            "Conversion to next stage (%)",
                            "Drop-off (%)",
                            "CSAT (%)",
                            "NPS",
                            "Median time",
                            "Unit",
                            "Lowest emotion (−2 to +2)",
                            "Pain points",
                            "Open opportunities");
            XSSFRow first = overview.getRow(header.getRowNum() + 1);
            int c = ExcelStageFigures.FIRST_COLUMN;
            assertThat(first.getCell(c).getNumericCellValue()).isEqualTo(12_400);
            assertThat(first.getCell(c + 1).getNumericCellValue()).isEqualTo(62);
            assertThat(first.getCell(c + 2).getNumericCellValue()).isEqualTo(38);
            assertThat(first.getCell(c + 5).getNumericCellValue()).isEqualTo(45);
            assertThat(first.getCell(c + 6).getStringCellValue()).isEqualTo("s");
            assertThat(first.getCell(c + 7).getNumericCellValue()).isEqualTo(1);
            assertThat(first.getCell(c + 8).getNumericCellValue()).isZero();
            XSSFRow second = overview.getRow(header.getRowNum() + 2);
            assertThat(second.getCell(c + 4).getNumericCellValue()).isEqualTo(31);
            assertThat(second.getCell(c + 1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
        }
    }

    private static XSSFRow rowStartingWith(XSSFSheet sheet, String text) {
        for (int i = 0; i <= sheet.getLastRowNum(); i++) {
            XSSFRow row = sheet.getRow(i);
            if (row != null
                    && row.getCell(0) != null
                    && text.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row starts with " + text);
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
