package org.journeycanvas.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.ScatterStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
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
import org.journeycanvas.layout.MatrixEntry;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.model.Opportunity;
import org.journeycanvas.model.Persona;
import org.journeycanvas.render.MapTheme;

/**
 * The workbook's "Opportunities" sheet: every opportunity card in a table sorted by its score (impact over effort,
 * best first, equal scores by impact, the unrated last), and a native scatter chart of effort against impact beside it.
 */
final class ExcelOpportunities {
    private static final int IMPACT = 3;
    private static final int EFFORT = 4;
    private static final int[] WIDTHS = {40, 20, 20, 9, 9, 22, 18, 14, 40};

    private final ExcelExporter workbook;
    private final ExcelStyles styles;

    ExcelOpportunities(ExcelExporter workbook, ExcelStyles styles) {
        this.workbook = workbook;
        this.styles = styles;
    }

    /** Adds the sheet when the exported personas have an opportunity card. */
    void write(XSSFWorkbook book, JourneyMap map, List<Persona> personas) {
        List<MatrixEntry> entries = new ArrayList<>();
        for (Persona persona : personas) {
            entries.addAll(MatrixEntry.of(map, persona.id()));
        }
        if (entries.isEmpty()) {
            return;
        }
        List<MatrixEntry> sorted = sortedByScore(entries);
        XSSFSheet sheet =
                book.createSheet(ExcelSheetNames.free(book, Messages.get("export.excel.sheet.opportunities")));
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        workbook.header(
                sheet,
                0,
                Messages.get("export.excel.opportunities.header.text"),
                Messages.get("export.excel.opportunities.header.persona"),
                Messages.get("export.excel.opportunities.header.stage"),
                Messages.get("export.excel.opportunities.header.impact"),
                Messages.get("export.excel.opportunities.header.effort"),
                Messages.get("export.excel.opportunities.header.score"),
                Messages.get("export.excel.opportunities.header.owner"),
                Messages.get("export.excel.opportunities.header.status"),
                Messages.get("export.excel.opportunities.header.addresses"));
        MapIndex index = new MapIndex(map);
        XSSFCellStyle wrap = styles.named("wrap");
        XSSFCellStyle score = scoreStyle(book);
        int rated = 0;
        for (int i = 0; i < sorted.size(); i++) {
            MatrixEntry entry = sorted.get(i);
            int row = i + 1;
            Card card = entry.card();
            Opportunity opportunity = card.opportunity();
            String addresses = opportunity == null ? "" : painPoints(index, opportunity.addresses());
            workbook.text(sheet, row, 0, card.text(), wrap);
            String persona = entry.persona().name().isBlank()
                    ? Messages.get("export.pptx.unnamedPersona")
                    : entry.persona().name();
            workbook.text(sheet, row, 1, persona, wrap);
            workbook.text(sheet, row, 2, entry.stage().name(), wrap);
            number(sheet, row, IMPACT, entry.impact(), styles.named("number"));
            number(sheet, row, EFFORT, entry.effort(), styles.named("number"));
            number(sheet, row, 5, entry.score(), score);
            workbook.text(sheet, row, 6, opportunity == null ? "" : opportunity.owner(), wrap);
            workbook.text(
                    sheet,
                    row,
                    7,
                    opportunity == null
                            ? ""
                            : Messages.get(
                                    "opportunity.status." + opportunity.status().name()),
                    wrap);
            workbook.text(sheet, row, 8, addresses, wrap);
            ExcelExporter.fitHeight(sheet.getRow(row), List.of(card.text(), addresses), List.of(WIDTHS[0], WIDTHS[8]));
            if (entry.rated()) {
                rated++;
            }
        }
        sheet.createFreezePane(0, 1);
        // printed like the other sheets: landscape, the table's width on one page
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.setAutoFilter(new CellRangeAddress(0, sorted.size(), 0, WIDTHS.length - 1));
        if (rated > 0) {
            // the rated rows come first, so the chart reads one block of cells
            chart(sheet, rated);
        }
    }

    /**
     * Best score first, and of equal scores the higher impact first (1/1 and 5/5 both score 1, but the second moves
     * more); the unrated after every rated one, in the map's order, as are rated ones equal in both.
     */
    static List<MatrixEntry> sortedByScore(List<MatrixEntry> entries) {
        return entries.stream()
                .sorted(Comparator.comparing(
                                MatrixEntry::score, Comparator.nullsLast(Comparator.<Double>reverseOrder()))
                        .thenComparing(
                                (MatrixEntry entry) -> entry.rated() ? entry.impact() : null,
                                Comparator.nullsLast(Comparator.<Integer>reverseOrder())))
                .toList();
    }

    private void chart(XSSFSheet sheet, int rated) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, WIDTHS.length + 1, 1, WIDTHS.length + 9, 24);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(Messages.get("export.excel.opportunities.chartTitle"));
        chart.setTitleOverlay(false);
        XDDFValueAxis effortAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        effortAxis.setTitle(Messages.get("matrix.axis.effort"));
        XDDFValueAxis impactAxis = chart.createValueAxis(AxisPosition.LEFT);
        impactAxis.setTitle(Messages.get("matrix.axis.impact"));
        for (XDDFValueAxis axis : List.of(effortAxis, impactAxis)) {
            axis.setMinimum(0);
            axis.setMaximum(Opportunity.MAX_RATING + 1);
            axis.setMajorUnit(1);
        }
        impactAxis.setCrosses(AxisCrosses.MIN);
        effortAxis.setCrosses(AxisCrosses.MIN);
        XDDFNumericalDataSource<Double> efforts =
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, rated, EFFORT, EFFORT));
        XDDFNumericalDataSource<Double> impacts =
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, rated, IMPACT, IMPACT));
        XDDFScatterChartData data = (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, effortAxis, impactAxis);
        data.setStyle(ScatterStyle.MARKER);
        XDDFScatterChartData.Series series = (XDDFScatterChartData.Series) data.addSeries(efforts, impacts);
        series.setTitle(Messages.get("export.excel.sheet.opportunities"), null);
        series.setMarkerStyle(MarkerStyle.CIRCLE);
        series.setSmooth(false);
        // markers only: a line from one opportunity to the next would mean nothing
        org.apache.poi.xddf.usermodel.XDDFLineProperties noLine = new org.apache.poi.xddf.usermodel.XDDFLineProperties(
                new org.apache.poi.xddf.usermodel.XDDFNoFillProperties());
        series.setLineProperties(noLine);
        series.setFillProperties(new XDDFSolidFillProperties(
                XDDFColor.from(ExcelStyles.rgbBytes(MapTheme.LIGHT.headerFill().hex()))));
        series.plot();
    }

    private static String painPoints(MapIndex index, List<String> ids) {
        List<String> texts = new ArrayList<>();
        for (String id : ids) {
            Card card = index.card(id);
            if (card != null) {
                texts.add(card.text());
            }
        }
        return String.join("\n", texts);
    }

    private static void number(XSSFSheet sheet, int rowIndex, int column, Number value, XSSFCellStyle style) {
        XSSFRow row = sheet.getRow(rowIndex) != null ? sheet.getRow(rowIndex) : sheet.createRow(rowIndex);
        XSSFCell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    private XSSFCellStyle scoreStyle(XSSFWorkbook book) {
        XSSFCellStyle style = book.createCellStyle();
        style.cloneStyleFrom(styles.named("number"));
        style.setDataFormat(book.createDataFormat().getFormat("0.00"));
        return style;
    }
}
