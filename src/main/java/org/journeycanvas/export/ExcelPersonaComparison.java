package org.journeycanvas.export;

import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.table.ExcelText;
import org.journeycanvas.layout.PersonaComparison;
import org.journeycanvas.layout.PersonaScores;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Stage;

/**
 * The persona comparison sheet of the Excel export: a table of each persona's mean emotion score per stage (the
 * as-is block, and a to-be block when the map has to-be scores) and a native line chart per block with one series
 * per persona in its colour. Written only for a workbook of the whole map with at least two personas to compare.
 */
final class ExcelPersonaComparison {
    private static final int NAME_COLUMN_CHARS = 28;
    private static final int STAGE_COLUMN_CHARS = 20;
    private static final int CHART_ROWS = 18;

    private final XSSFWorkbook workbook;
    private final ExcelStyles styles;
    private XSSFSheet sheet;

    private ExcelPersonaComparison(XSSFWorkbook workbook, ExcelStyles styles) {
        this.workbook = workbook;
        this.styles = styles;
    }

    /** Adds the sheet when the workbook is of the whole map and two personas or more have as-is scores. */
    static void write(XSSFWorkbook workbook, ExcelStyles styles, JourneyMap map, String personaId) {
        if (personaId != null || map.stages().isEmpty()) {
            return;
        }
        PersonaScores asIs = scores(map, PersonaComparison.Curve.AS_IS);
        if (asIs.rows().size() < 2) {
            return;
        }
        PersonaScores toBe = scores(map, PersonaComparison.Curve.TO_BE);
        new ExcelPersonaComparison(workbook, styles)
                .write(map, asIs, toBe.rows().isEmpty() ? null : toBe);
    }

    private static PersonaScores scores(JourneyMap map, PersonaComparison.Curve curve) {
        return PersonaScores.of(map, curve, Messages.get("export.pptx.unnamedPersona"));
    }

    private void write(JourneyMap map, PersonaScores asIs, PersonaScores toBe) {
        sheet = workbook.createSheet(ExcelSheetNames.free(workbook, Messages.get("export.excel.sheet.comparison")));
        sheet.setColumnWidth(0, NAME_COLUMN_CHARS * 256);
        text(0, 0, Messages.get("export.excel.comparison.title"), styles.named("title"));
        sheet.getRow(0).setHeightInPoints(24);
        int row = 1;
        int asIsHeader = row;
        row = block(map.stages(), asIs, row, Messages.get("export.excel.comparison.asIs"));
        int toBeHeader = -1;
        if (toBe != null) {
            row++;
            toBeHeader = row;
            row = block(map.stages(), toBe, row, Messages.get("export.excel.comparison.toBe"));
        }
        row++;
        chart(asIs, asIsHeader, map.stages().size(), row, Messages.get("export.excel.comparison.chartAsIs"));
        if (toBe != null) {
            chart(
                    toBe,
                    toBeHeader,
                    map.stages().size(),
                    row + CHART_ROWS + 1,
                    Messages.get("export.excel.comparison.chartToBe"));
        }
        sheet.createFreezePane(1, 0);
        // Printed as the persona sheets are: landscape, one page wide.
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
    }

    /** The header row with the stage names, then a row per persona; returns the row after the block. */
    private int block(List<Stage> stages, PersonaScores scores, int header, String title) {
        sheet.createRow(header).setHeightInPoints(24);
        text(header, 0, title, styles.named("corner"));
        for (int s = 0; s < stages.size(); s++) {
            sheet.setColumnWidth(s + 1, STAGE_COLUMN_CHARS * 256);
            text(header, s + 1, stages.get(s).name(), styles.stage(stages.get(s).color()));
        }
        int row = header + 1;
        for (PersonaScores.Row persona : scores.rows()) {
            XSSFRow cells = sheet.createRow(row);
            text(row, 0, persona.name(), styles.named("heading"));
            for (int s = 0; s < persona.means().size(); s++) {
                Double mean = persona.means().get(s);
                if (mean != null) {
                    XSSFCell cell = cells.createCell(s + 1);
                    cell.setCellValue(mean);
                    cell.setCellStyle(styles.named("number"));
                }
            }
            row++;
        }
        return row;
    }

    private void chart(PersonaScores scores, int header, int stageCount, int top, String title) {
        ExcelLineCharts chart = new ExcelLineCharts(sheet, title, header, stageCount, top, CHART_ROWS, 5);
        for (int i = 0; i < scores.rows().size(); i++) {
            PersonaScores.Row persona = scores.rows().get(i);
            chart.line(header + 1 + i, persona.name(), persona.color(), 2.25, false);
        }
    }

    /** Text stays text: quote-prefixed when it could be read as a formula, as in the other sheets. */
    private void text(int rowIndex, int column, String value, XSSFCellStyle style) {
        XSSFRow row = sheet.getRow(rowIndex) != null ? sheet.getRow(rowIndex) : sheet.createRow(rowIndex);
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(ExcelText.escaped(value));
        cell.setCellStyle(ExcelExporter.looksLikeFormula(value) ? styles.quoted(style) : style);
    }
}
