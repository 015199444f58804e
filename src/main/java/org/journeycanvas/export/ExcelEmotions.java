package org.journeycanvas.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.xssf.usermodel.XSSFCell;
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
        ExcelLineCharts chart = new ExcelLineCharts(
                sheet, Messages.get("export.excel.chartTitle"), ExcelExporter.STAGE_ROW, stages.size(), top, 18, 4);
        for (Series line : series) {
            Rgb color = line.toBe() ? FutureCurveStyle.color(MapTheme.LIGHT, persona) : MapTheme.LIGHT.emotionLine();
            chart.line(line.row(), line.title(), color.hex(), line.toBe() ? 2.0 : 2.25, line.toBe());
        }
    }
}
