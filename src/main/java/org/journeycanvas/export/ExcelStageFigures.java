package org.journeycanvas.export;

import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.layout.FunnelStep;
import org.journeycanvas.layout.StageHealth;
import org.journeycanvas.layout.ViewOptions;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.StageFigures;

/**
 * The overview's stage table continued to the right of the hidden stage id: each stage's measured figures (when a
 * stage has any) and its health, as numbers a spreadsheet can sum and chart. An unknown figure is an empty cell.
 */
final class ExcelStageFigures {
    /** The first column after the stage table's hidden id. */
    static final int FIRST_COLUMN = 5;

    private static final String[] FIGURE_HEADERS = {
        "export.excel.figures.entered",
        "export.excel.figures.conversion",
        "export.excel.figures.dropOff",
        "export.excel.figures.csat",
        "export.excel.figures.nps",
        "export.excel.figures.time",
        "export.excel.figures.timeUnit"
    };
    private static final String[] HEALTH_HEADERS = {
        "export.excel.health.lowestEmotion", "export.excel.health.painPoints", "export.excel.health.opportunities"
    };

    private ExcelStageFigures() {}

    /** Writes the headers into the stage table's header row and the figures into each stage's row below it. */
    static void write(XSSFSheet sheet, int headerRow, JourneyMap map, String personaId, ExcelStyles styles) {
        boolean withFigures = FunnelStep.any(map.stages());
        int column = FIRST_COLUMN;
        if (withFigures) {
            for (String key : FIGURE_HEADERS) {
                header(sheet, headerRow, column++, key, styles);
            }
        }
        for (String key : HEALTH_HEADERS) {
            header(sheet, headerRow, column++, key, styles);
        }
        List<FunnelStep> steps = FunnelStep.of(map.stages());
        List<StageHealth> health = StageHealth.of(map, new ViewOptions(Set.of(), personaId));
        for (int i = 0; i < map.stages().size(); i++) {
            XSSFRow row = sheet.getRow(headerRow + 1 + i);
            column = FIRST_COLUMN;
            if (withFigures) {
                StageFigures figures = steps.get(i).figures();
                number(
                        row,
                        column++,
                        figures.entered() == null ? null : figures.entered().doubleValue(),
                        styles);
                number(row, column++, figures.conversion(), styles);
                number(row, column++, steps.get(i).dropOffToNext(), styles);
                number(row, column++, figures.csat(), styles);
                number(row, column++, figures.nps(), styles);
                number(
                        row,
                        column++,
                        figures.time() == null ? null : figures.time().amount(),
                        styles);
                XSSFCell unit = row.createCell(column++);
                unit.setCellStyle(styles.named("number"));
                if (figures.time() != null) {
                    unit.setCellValue(figures.time().unit().symbol());
                }
            }
            StageHealth stage = health.get(i);
            number(
                    row,
                    column++,
                    stage.lowestScore() == null ? null : stage.lowestScore().doubleValue(),
                    styles);
            number(row, column++, (double) stage.painPoints(), styles);
            number(row, column, (double) stage.openOpportunities(), styles);
        }
    }

    private static void header(XSSFSheet sheet, int row, int column, String key, ExcelStyles styles) {
        XSSFCell cell = sheet.getRow(row).createCell(column);
        cell.setCellValue(Messages.get(key));
        cell.setCellStyle(styles.named("header"));
        sheet.setColumnWidth(column, 16 * 256);
    }

    private static void number(XSSFRow row, int column, Double value, ExcelStyles styles) {
        XSSFCell cell = row.createCell(column);
        cell.setCellStyle(styles.named("number"));
        if (value != null) {
            cell.setCellValue(value);
        }
    }
}
