package org.journeycanvas.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.Progress;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The texts an export adds around the user's cards follow the interface language; the cards do not. */
class TranslatedExportsTest {
    @TempDir
    Path folder;

    private final JourneyMap sample = SampleMaps.threeStages();

    @AfterEach
    void speakEnglishAgain() {
        Messages.use(Locale.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es"})
    void sheetNamesAreValidExcelSheetNamesInEveryLanguage(String language) {
        Messages.use(Locale.forLanguageTag(language));
        for (String key : List.of("export.excel.sheet.overview", "export.excel.sheet.persona")) {
            String name = Messages.get(key);
            assertThat(WorkbookUtil.createSafeSheetName(name)).as(key).isEqualTo(name);
            assertThat(name).as(key).hasSizeLessThanOrEqualTo(31).doesNotContain("'");
        }
    }

    @Test
    void aGermanWorkbookNamesItsSheetsHeadersAndChartInGermanAndKeepsTheCards() throws Exception {
        Messages.use(Locale.GERMAN);
        try (XSSFWorkbook book = excel(sample.withTitle(""))) {
            XSSFSheet overview = book.getSheetAt(0);
            assertThat(overview.getSheetName()).isEqualTo("Übersicht");
            assertThat(overview.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Unbenannte Kundenreise");
            XSSFSheet dana = book.getSheet("Dana");
            assertThat(dana.getRow(ExcelExporter.STAGE_ROW).getCell(0).getStringCellValue())
                    .isEqualTo("Ebene");
            assertThat(dana.getRow(ExcelExporter.STAGE_ROW).getCell(1).getStringCellValue())
                    .as("a stage's name is the user's")
                    .isEqualTo("Awareness");
            assertThat(dana.getDrawingPatriarch()
                            .getCharts()
                            .get(0)
                            .getTitleText()
                            .getString())
                    .isEqualTo("Emotionen entlang der Kundenreise");
        }
    }

    @Test
    void aPersonaNamedLikeTheTranslatedOverviewGetsANumberedSheet() throws Exception {
        Messages.use(Locale.FRENCH);
        JourneyMap map = sample.withPersonas(List.of(sample.personas().get(0).withName("synthèse")));
        try (XSSFWorkbook book = excel(map)) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Synthèse");
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("Cartes");
            assertThat(book.getSheetAt(2).getSheetName()).isEqualTo("synthèse 2");
        }
    }

    @Test
    void thePseudoLanguagesBracketsDoNotBreakTheWorkbookOrTheSlides() throws Exception {
        Messages.use(Messages.PSEUDO);
        try (XSSFWorkbook book = excel(sample)) {
            assertThat(book.getSheetAt(0).getSheetName()).doesNotContain("[").isNotBlank();
        }
        Path target = folder.resolve("map.pptx");
        new MapExport()
                .export(sample, new ExportRequest(ExportFormat.PPTX, null, 1, false, false), target, Progress.NONE);
        assertThat(target).isNotEmptyFile();
    }

    @Test
    void exportErrorsAndFormatNamesAreTranslated() {
        Messages.use(Locale.forLanguageTag("es"));
        assertThat(ExportFormat.XLSX.label()).isEqualTo("Libro de Excel");
        assertThatThrownBy(() -> new MapExport()
                        .export(
                                sample,
                                new ExportRequest(ExportFormat.PNG, "p9", 1, false, false),
                                folder.resolve("p9.png"),
                                Progress.NONE))
                .isInstanceOf(ExportException.class)
                .hasMessage("no hay ninguna persona \"p9\" en este mapa (personas: p1 Dana)");
    }

    private XSSFWorkbook excel(JourneyMap map) throws Exception {
        Path target = folder.resolve("map.xlsx");
        new MapExport().export(map, new ExportRequest(ExportFormat.XLSX, null, 1, false, false), target, Progress.NONE);
        try (InputStream in = Files.newInputStream(target)) {
            return new XSSFWorkbook(in);
        }
    }
}
