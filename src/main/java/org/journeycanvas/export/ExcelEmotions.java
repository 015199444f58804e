package org.journeycanvas.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;
import org.journeycanvas.render.FutureCurveStyle;
import org.journeycanvas.render.MapTheme;
import org.journeycanvas.render.Rgb;

/**
 * A persona sheet's emotion figures for {@link ExcelExporter}: under each emotion lane the average as-is score per
 * stage, and where the lane has a to-be curve a row of to-be scores; then a native line chart of them, the as-is
 * series solid and the to-be series dashed in the persona's colour.
 */
final class ExcelEmotions {
    private static final float ROW_POINTS = 21f;

    private final ExcelExporter exporter;
    private final ExcelStyles styles;
    private final XSSFSheet sheet;
    private final List<Stage> stages;
    private final Persona persona;
    private final List<Series> series = new ArrayList<>();

    private record Series(int row, String title, boolean toBe) {}

    ExcelEmotions(ExcelExporter exporter, ExcelStyles styles, XSSFSheet sheet, List<Stage> stages, Persona persona) {
        this.exporter = exporter;
        this.styles = styles;
        this.sheet = sheet;
        this.stages = stages;
        this.persona = persona;
    }

    /** Writes an emotion lane's score rows from {@code row} on; returns the row after them. */
    int scoreRows(int row, Lane lane, Map<String, List<Card>> cardsByStage) {
        int next = row;
        scoreRow(next++, Messages.get("export.excel.score"), cardsByStage, Card::score);
        series.add(new Series(row, lane.title(), false));
        if (lane.cards().stream().anyMatch(card -> card.futureScore() != null)) {
            scoreRow(next, Messages.get("export.excel.futureScore"), cardsByStage, Card::futureScore);
            series.add(new Series(next++, Messages.get("export.excel.toBeSeries", lane.title()), true));
        }
        return next;
    }

    private void scoreRow(
            int row, String title, Map<String, List<Card>> cardsByStage, Function<Card, Integer> scoreOf) {
        XSSFRow scores = sheet.createRow(row);
        exporter.text(sheet, row, 0, title, styles.lane(LaneKind.EMOTIONS));
        scores.setHeightInPoints(ROW_POINTS);
        for (int s = 0; s < stages.size(); s++) {
            Double average = average(cardsByStage.getOrDefault(stages.get(s).id(), List.of()), scoreOf);
            if (average != null) {
                XSSFCell cell = scores.createCell(s + 1);
                cell.setCellValue(average);
                cell.setCellStyle(styles.named("number"));
            }
        }
    }

    private static Double average(List<Card> cellCards, Function<Card, Integer> scoreOf) {
        List<Integer> scores =
                cellCards.stream().map(scoreOf).filter(score -> score != null).toList();
        return scores.isEmpty()
                ? null
                : scores.stream().mapToInt(Integer::intValue).average().orElseThrow();
    }

    /** The line chart of the score rows written, its top at {@code top}; nothing without rows or stages. */
    void chart(int top) {
        if (series.isEmpty() || stages.isEmpty()) {
            return;
        }
        int stageCount = stages.size();
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, Math.max(4, stageCount + 1), top + 18);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(Messages.get("export.excel.chartTitle"));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis stagesAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        stagesAxis.setTickLabelPosition(AxisTickLabelPosition.LOW);
        XDDFValueAxis scoreAxis = chart.createValueAxis(AxisPosition.LEFT);
        scoreAxis.setMinimum(-2);
        scoreAxis.setMaximum(2);
        scoreAxis.setMajorUnit(1);
        scoreAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFDataSource<String> stageNames = XDDFDataSourcesFactory.fromStringCellRange(
                sheet, new CellRangeAddress(ExcelExporter.STAGE_ROW, ExcelExporter.STAGE_ROW, 1, stageCount));
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, stagesAxis, scoreAxis);
        for (Series line : series) {
            XDDFNumericalDataSource<Double> scores = XDDFDataSourcesFactory.fromNumericCellRange(
                    sheet, new CellRangeAddress(line.row(), line.row(), 1, stageCount));
            XDDFChartData.Series plotted = data.addSeries(stageNames, scores);
            plotted.setTitle(line.title(), null);
            Rgb color = line.toBe() ? FutureCurveStyle.color(MapTheme.LIGHT, persona) : MapTheme.LIGHT.emotionLine();
            XDDFLineProperties properties = new XDDFLineProperties(
                    new XDDFSolidFillProperties(XDDFColor.from(ExcelStyles.rgbBytes(color.hex()))));
            properties.setWidth(line.toBe() ? 2.0 : 2.25);
            if (line.toBe()) {
                properties.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
            }
            plotted.setLineProperties(properties);
            ((XDDFLineChartData.Series) plotted).setSmooth(false);
            ((XDDFLineChartData.Series) plotted).setMarkerStyle(MarkerStyle.CIRCLE);
            // Each series on its own, not chart.plot(data): that also builds a spare workbook for chart data,
            // which a chart reading its sheet's cells never uses, and which was a fifth of the export's time.
            plotted.plot();
        }
    }
}
