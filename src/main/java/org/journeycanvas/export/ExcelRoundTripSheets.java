package org.journeycanvas.export;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.table.ColumnRole;
import org.journeycanvas.io.table.ExcelText;
import org.journeycanvas.io.table.ExportedWorkbook;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/**
 * The part of the Excel export that lets an edited workbook come back into its map: the cards sheet (one row per
 * card, the card's id in a hidden last column) and the very hidden marker sheet that names the map, the sheets
 * and the personas exported.
 */
final class ExcelRoundTripSheets {
    /** The cards sheet's columns, in order; the id is last so that the visible columns start at A. */
    static final List<ColumnRole> CARD_COLUMNS = List.of(
            ColumnRole.PERSONA,
            ColumnRole.STAGE,
            ColumnRole.LANE,
            ColumnRole.TEXT,
            ColumnRole.NOTE,
            ColumnRole.TAGS,
            ColumnRole.CHANNEL,
            ColumnRole.SCORE,
            ColumnRole.CARD_ID);

    private static final int ROWS_BETWEEN_CANCEL_CHECKS = 1024;

    /** Where a storyboard card's picture is drawn: right of the hidden id, so the columns read back stay as they are. */
    private static final int PICTURE_COLUMN = 9;

    private static final int PICTURE_COLUMN_CHARS = 24;

    private final XSSFWorkbook workbook;
    private final ExcelStyles styles;
    private final ExcelPictures pictures;
    /** Each exported card's id and fingerprint, in the order of the rows, for the marker. */
    private final List<String[]> exportedCards = new ArrayList<>();

    ExcelRoundTripSheets(XSSFWorkbook workbook, ExcelStyles styles, ExcelPictures pictures) {
        this.workbook = workbook;
        this.styles = styles;
        this.pictures = pictures;
    }

    /** The cards sheet's name in the interface language, made safe for Excel whatever the bundle says. */
    static String cardsSheetName() {
        return WorkbookUtil.createSafeSheetName(Messages.get("export.excel.sheet.cards"));
    }

    void writeCards(JourneyMap map, List<Persona> personas, Progress progress) {
        XSSFSheet sheet = workbook.createSheet(cardsSheetName());
        int[] widths = {18, 18, 18, 40, 30, 20, 16, 8, 12};
        XSSFRow header = sheet.createRow(0);
        for (int column = 0; column < CARD_COLUMNS.size(); column++) {
            sheet.setColumnWidth(column, widths[column] * 256);
            text(header, column, CARD_COLUMNS.get(column).label(), styles.named("header"));
        }
        int row = 1;
        for (Persona persona : personas) {
            // each lane's cells once, not a scan of the lane for every stage
            Map<Lane, Map<String, List<Card>>> cellsByLane = new IdentityHashMap<>();
            persona.lanes().forEach(lane -> cellsByLane.put(lane, lane.cardsByStage()));
            for (Stage stage : map.stages()) {
                for (Lane lane : persona.lanes()) {
                    for (Card card : cellsByLane.get(lane).getOrDefault(stage.id(), List.of())) {
                        if (row % ROWS_BETWEEN_CANCEL_CHECKS == 0) {
                            progress.checkCancelled();
                        }
                        XSSFRow cardRow = sheet.createRow(row++);
                        writeCard(cardRow, persona, stage, lane, card);
                        if (card.picture() != null) {
                            writePicture(sheet, cardRow, card.picture());
                        }
                    }
                }
            }
        }
        int last = CARD_COLUMNS.size() - 1;
        sheet.setColumnHidden(last, true);
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, row - 1), 0, last - 1));
    }

    private void writePicture(XSSFSheet sheet, XSSFRow row, String picture) {
        if (sheet.getRow(0).getCell(PICTURE_COLUMN) == null) {
            sheet.setColumnWidth(PICTURE_COLUMN, PICTURE_COLUMN_CHARS * 256);
            text(sheet.getRow(0), PICTURE_COLUMN, Messages.get("laneKind.STORYBOARD.card"), styles.named("header"));
        }
        row.setHeightInPoints(ExcelPictures.ROW_POINTS);
        pictures.inCell(sheet, row.getRowNum(), PICTURE_COLUMN, PICTURE_COLUMN_CHARS, List.of(picture));
    }

    private void writeCard(XSSFRow row, Persona persona, Stage stage, Lane lane, Card card) {
        XSSFCellStyle wrap = styles.named("wrap");
        text(row, 0, persona.name(), wrap);
        text(row, 1, stage.name(), wrap);
        text(row, 2, lane.title(), wrap);
        text(row, 3, card.text(), wrap);
        text(row, 4, card.note(), wrap);
        String tags = String.join(ExportedWorkbook.TAG_SEPARATOR, card.tags());
        String channel = card.channel() == null ? "" : card.channel().label();
        text(row, 5, tags, wrap);
        text(row, 6, channel, wrap);
        if (card.score() != null) {
            XSSFCell score = row.createCell(7);
            score.setCellValue(card.score());
            score.setCellStyle(styles.named("number"));
        }
        text(row, 8, card.id(), wrap);
        exportedCards.add(new String[] {
            card.id(),
            ExportedWorkbook.fingerprint(Stream.of(
                            persona.name(),
                            stage.name(),
                            lane.title(),
                            card.text(),
                            card.note(),
                            tags,
                            channel,
                            ExportedWorkbook.scoreText(card.score()))
                    .map(ExcelText::asRead)
                    .toList())
        });
    }

    /** The marker, last and very hidden: Excel shows it only to a macro, LibreOffice as a hidden sheet. */
    void writeMarker(JourneyMap map, String overviewSheet, List<Persona> personas) {
        XSSFSheet sheet = workbook.createSheet(ExportedWorkbook.MARKER_SHEET);
        int row = 0;
        pair(sheet.createRow(row++), ExportedWorkbook.KEY, ExportedWorkbook.VALUE);
        pair(sheet.createRow(row++), ExportedWorkbook.MAP_ID, map.id());
        pair(sheet.createRow(row++), ExportedWorkbook.OVERVIEW_SHEET, overviewSheet);
        pair(sheet.createRow(row++), ExportedWorkbook.CARDS_SHEET, cardsSheetName());
        for (Persona persona : personas) {
            pair(sheet.createRow(row++), ExportedWorkbook.PERSONA_ID, persona.id());
        }
        for (String[] card : exportedCards) {
            XSSFRow cardRow = sheet.createRow(row++);
            // ids and fingerprints never look like formulas: no need to check each of 200,000
            cardRow.createCell(0).setCellValue(ExportedWorkbook.CARD);
            cardRow.createCell(1).setCellValue(ExcelText.escaped(card[0]));
            cardRow.createCell(ExportedWorkbook.FINGERPRINT_COLUMN).setCellValue(card[1]);
        }
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    private void pair(XSSFRow row, String key, String value) {
        text(row, 0, key, styles.named("plain"));
        text(row, 1, value, styles.named("plain"));
    }

    /** Text stays text: quote-prefixed when it could be read as a formula, as in the other sheets. */
    private void text(XSSFRow row, int column, String value, XSSFCellStyle style) {
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(ExcelText.escaped(value));
        cell.setCellStyle(ExcelExporter.looksLikeFormula(value) ? styles.quoted(style) : style);
    }
}
