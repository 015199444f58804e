package org.journeycanvas.export;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
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
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.journeycanvas.model.Card;

/**
 * A native line chart of emotion scores per stage, as the persona sheets and the persona comparison sheet draw
 * them: the stage names along the bottom, the scores -2..+2 up the side, the legend below, one line per score row
 * of the sheet.
 */
final class ExcelLineCharts {
    private final XSSFSheet sheet;
    private final int stageCount;
    private final XDDFDataSource<String> stageNames;
    private final XDDFLineChartData data;

    /**
     * A chart from row {@code top} down {@code rows} rows, at least {@code minColumns} columns wide.
     *
     * @param stageRow the row whose cells 1..stageCount hold the stage names
     */
    ExcelLineCharts(XSSFSheet sheet, String title, int stageRow, int stageCount, int top, int rows, int minColumns) {
        this.sheet = sheet;
        this.stageCount = stageCount;
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor =
                drawing.createAnchor(0, 0, 0, 0, 0, top, Math.max(minColumns, stageCount + 1), top + rows);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis stagesAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        stagesAxis.setTickLabelPosition(AxisTickLabelPosition.LOW);
        XDDFValueAxis scoreAxis = chart.createValueAxis(AxisPosition.LEFT);
        scoreAxis.setMinimum(Card.MIN_SCORE);
        scoreAxis.setMaximum(Card.MAX_SCORE);
        scoreAxis.setMajorUnit(1);
        scoreAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        stageNames = XDDFDataSourcesFactory.fromStringCellRange(
                sheet, new CellRangeAddress(stageRow, stageRow, 1, stageCount));
        data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, stagesAxis, scoreAxis);
    }

    /** A line of the scores in cells 1..stageCount of {@code row}, in the colour ({@code #RRGGBB}), with dots. */
    void line(int row, String title, String color, double width, boolean dashed) {
        XDDFNumericalDataSource<Double> scores =
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(row, row, 1, stageCount));
        XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(stageNames, scores);
        series.setTitle(title, null);
        XDDFLineProperties properties =
                new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(ExcelStyles.rgbBytes(color))));
        properties.setWidth(width);
        if (dashed) {
            properties.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
        }
        series.setLineProperties(properties);
        series.setSmooth(false);
        series.setMarkerStyle(MarkerStyle.CIRCLE);
        // Each series on its own, not chart.plot(data): that also builds a spare workbook for chart data,
        // which a chart reading its sheet's cells never uses, and which was a fifth of the export's time.
        series.plot();
    }
}
