package org.journeycanvas.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.table.ExcelText;
import org.journeycanvas.layout.PersonaComparison;
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
        PersonaComparison asIs = comparison(map, PersonaComparison.Curve.AS_IS);
        if (asIs.series().size() < 2) {
            return;
        }
        PersonaComparison toBe = comparison(map, PersonaComparison.Curve.TO_BE);
        new ExcelPersonaComparison(workbook, styles)
                .write(map, asIs, toBe.series().isEmpty() ? null : toBe);
    }

    /** The sheet's name: "Personas" in the interface language, or with a number when a persona's sheet has it. */
    static String sheetName(XSSFWorkbook workbook) {
        String base = WorkbookUtil.createSafeSheetName(Messages.get("export.excel.sheet.comparison"));
        String name = base;
        for (int n = 2; workbook.getSheet(name) != null; n++) {
            name = base + " " + n;
        }
        return name;
    }

    private static PersonaComparison comparison(JourneyMap map, PersonaComparison.Curve curve) {
        // Only the scores and colours are used here, not the drawing's sizes: any measurer will do.
        return PersonaComparison.of(map, curve, (text, style) -> 0, 0, Messages.get("export.excel.sheet.persona"));
    }

    private void write(JourneyMap map, PersonaComparison asIs, PersonaComparison toBe) {
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
    private int block(List<Stage> stages, PersonaComparison comparison, int header, String title) {
        sheet.createRow(header).setHeightInPoints(24);
        text(header, 0, title, styles.named("corner"));
        for (int s = 0; s < stages.size(); s++) {
            sheet.setColumnWidth(s + 1, STAGE_COLUMN_CHARS * 256);
            text(header, s + 1, stages.get(s).name(), styles.stage(stages.get(s).color()));
        }
        int row = header + 1;
        for (PersonaComparison.Series series : comparison.series()) {
            XSSFRow scores = sheet.createRow(row);
            text(row, 0, series.name(), styles.named("heading"));
            for (PersonaComparison.SeriesPoint point : series.points()) {
                XSSFCell cell = scores.createCell(point.column() + 1);
                cell.setCellValue(point.score());
                cell.setCellStyle(styles.named("number"));
            }
            row++;
        }
        return row;
    }

    private void chart(PersonaComparison comparison, int header, int stageCount, int top, String title) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor =
                drawing.createAnchor(0, 0, 0, 0, 0, top, Math.max(5, stageCount + 1), top + CHART_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis stagesAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        stagesAxis.setTickLabelPosition(AxisTickLabelPosition.LOW);
        XDDFValueAxis scoreAxis = chart.createValueAxis(AxisPosition.LEFT);
        scoreAxis.setMinimum(-2);
        scoreAxis.setMaximum(2);
        scoreAxis.setMajorUnit(1);
        scoreAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFDataSource<String> stages =
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(header, header, 1, stageCount));
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, stagesAxis, scoreAxis);
        List<PersonaComparison.Series> all = new ArrayList<>(comparison.series());
        for (int i = 0; i < all.size(); i++) {
            int row = header + 1 + i;
            XDDFNumericalDataSource<Double> scores =
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(row, row, 1, stageCount));
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(stages, scores);
            series.setTitle(all.get(i).name(), null);
            XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(
                    XDDFColor.from(ExcelStyles.rgbBytes(all.get(i).color()))));
            line.setWidth(2.25);
            series.setLineProperties(line);
            series.setSmooth(false);
            series.setMarkerStyle(MarkerStyle.CIRCLE);
            // Each series on its own, as the persona sheets' charts: chart.plot(data) builds a spare workbook.
            series.plot();
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
