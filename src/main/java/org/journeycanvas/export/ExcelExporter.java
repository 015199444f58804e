package org.journeycanvas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.table.ExcelText;
import org.journeycanvas.io.table.ExportedWorkbook;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/**
 * Exports a map as an Excel workbook a client can filter and edit: an overview sheet, the cards sheet (one row
 * per card, which an import reads back), then a sheet per persona with stages across and lanes down, emotion
 * scores as numbers with a native line chart under them.
 */
public final class ExcelExporter {
    private static final int LANE_COLUMN_CHARS = 22;
    private static final int STAGE_COLUMN_CHARS = 38;
    private static final float LINE_POINTS = 15f;
    /** The persona's name and role are in the first row, the stage headers in the second. */
    static final int STAGE_ROW = 1;

    private XSSFWorkbook workbook;
    private ExcelStyles styles;
    private ExcelPictures pictures;

    /** Writes the workbook for the whole map, or for one persona when {@code personaId} is not null. */
    public void export(JourneyMap map, String personaId, OutputStream out, Progress progress) throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        try {
            workbook = book;
            styles = new ExcelStyles(book);
            writeOverview(map, personaId);
            List<Persona> personas = map.personas().stream()
                    .filter(persona -> personaId == null || persona.id().equals(personaId))
                    .toList();
            pictures = new ExcelPictures(book);
            ExcelRoundTripSheets roundTrip = new ExcelRoundTripSheets(book, styles, pictures);
            roundTrip.writeCards(map, personas, progress);
            Set<String> sheetNames = new HashSet<>();
            for (String taken :
                    List.of(overviewName(), ExcelRoundTripSheets.cardsSheetName(), ExportedWorkbook.MARKER_SHEET)) {
                sheetNames.add(taken.toLowerCase(Locale.ROOT));
            }
            for (int i = 0; i < personas.size(); i++) {
                progress.checkCancelled();
                writePersona(map, personas.get(i), sheetName(personas.get(i), sheetNames));
                progress.update((i + 1.0) / (personas.size() + 1));
            }
            ExcelPersonaComparison.write(book, styles, map, personaId);
            new ExcelOpportunities(this, styles).write(book, map, personas);
            roundTrip.writeMarker(map, overviewName(), personas);
            progress.checkCancelled();
            book.write(out);
            progress.update(1);
        } finally {
            UnsavedDocuments.release(book);
            workbook = null;
            styles = null;
            pictures = null;
        }
    }

    private void writeOverview(JourneyMap map, String personaId) {
        XSSFSheet sheet = workbook.createSheet(overviewName());
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(2, 60 * 256);
        sheet.setColumnWidth(3, 50 * 256);
        int row = 0;
        text(
                sheet,
                row,
                0,
                map.title().isBlank() ? Messages.get("export.untitled") : map.title(),
                styles.named("title"));
        sheet.getRow(row).setHeightInPoints(26);
        row++;
        text(sheet, row, 0, map.description(), styles.named("plain"));
        fitHeight(sheet.getRow(row), List.of(map.description()), List.of(24 + 40 + 60 + 50));
        sheet.addMergedRegion(new CellRangeAddress(row, row, 0, 3));
        row++;
        row++;
        text(sheet, row++, 0, Messages.get("export.excel.stages"), styles.named("heading"));
        header(
                sheet,
                row++,
                Messages.get("export.excel.header.number"),
                Messages.get("export.excel.header.stage"),
                Messages.get("export.excel.header.description"));
        text(
                sheet,
                row - 1,
                ExportedWorkbook.STAGE_ID_COLUMN,
                Messages.get("export.excel.header.stageId"),
                styles.named("header"));
        sheet.setColumnHidden(ExportedWorkbook.STAGE_ID_COLUMN, true);
        for (int i = 0; i < map.stages().size(); i++) {
            Stage stage = map.stages().get(i);
            XSSFRow stageRow = sheet.createRow(row++);
            XSSFCell number = stageRow.createCell(0);
            number.setCellValue(i + 1);
            number.setCellStyle(styles.named("wrap"));
            text(sheet, stageRow.getRowNum(), 1, stage.name(), styles.named("wrap"));
            text(sheet, stageRow.getRowNum(), 2, stage.description(), styles.named("wrap"));
            text(sheet, stageRow.getRowNum(), ExportedWorkbook.STAGE_ID_COLUMN, stage.id(), styles.named("wrap"));
            fitHeight(stageRow, List.of(stage.name(), stage.description()), List.of(40, 60));
        }
        ExcelStageFigures.write(sheet, row - map.stages().size() - 1, map, personaId, styles);
        row++;
        text(sheet, row++, 0, Messages.get("export.excel.personas"), styles.named("heading"));
        header(
                sheet,
                row++,
                Messages.get("export.excel.header.persona"),
                Messages.get("export.excel.header.role"),
                Messages.get("export.excel.header.goals"),
                Messages.get("export.excel.header.quote"));
        for (Persona persona : map.personas()) {
            XSSFRow personaRow = sheet.createRow(row++);
            String goals = String.join("\n", persona.goals());
            text(sheet, personaRow.getRowNum(), 0, persona.name(), styles.named("wrap"));
            text(sheet, personaRow.getRowNum(), 1, persona.role(), styles.named("wrap"));
            text(sheet, personaRow.getRowNum(), 2, goals, styles.named("wrap"));
            text(sheet, personaRow.getRowNum(), 3, persona.quote(), styles.named("wrap"));
            fitHeight(personaRow, List.of(persona.role(), goals, persona.quote()), List.of(40, 60, 50));
        }
        if (!map.connectors().isEmpty()) {
            new ExcelConnectorsTable(this, styles).write(sheet, row + 1, map);
        }
        landscape(sheet);
    }

    private void writePersona(JourneyMap map, Persona persona, String name) {
        XSSFSheet sheet = workbook.createSheet(name);
        List<Stage> stages = map.stages();
        sheet.setColumnWidth(0, LANE_COLUMN_CHARS * 256);
        XSSFRow title = sheet.createRow(0);
        title.setHeightInPoints(24);
        text(
                sheet,
                0,
                0,
                persona.name() + (persona.role().isBlank() ? "" : " — " + persona.role()),
                styles.named("title"));
        XSSFRow header = sheet.createRow(STAGE_ROW);
        header.setHeightInPoints(24);
        text(sheet, STAGE_ROW, 0, Messages.get("export.excel.header.lane"), styles.named("corner"));
        for (int s = 0; s < stages.size(); s++) {
            sheet.setColumnWidth(s + 1, STAGE_COLUMN_CHARS * 256);
            text(
                    sheet,
                    STAGE_ROW,
                    s + 1,
                    stages.get(s).name(),
                    styles.stage(stages.get(s).color()));
        }
        if (stages.size() > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, stages.size()));
        }
        int row = STAGE_ROW + 1;
        ExcelEmotions emotions = new ExcelEmotions(this, styles, sheet, stages, persona);
        for (Lane lane : persona.lanes()) {
            XSSFRow laneRow = sheet.createRow(row);
            text(sheet, row, 0, lane.title(), styles.lane(lane.kind()));
            Map<String, List<Card>> cardsByStage = lane.cardsByStage();
            List<String> texts = new ArrayList<>();
            for (int s = 0; s < stages.size(); s++) {
                String content =
                        cellText(cardsByStage.getOrDefault(stages.get(s).id(), List.of()));
                texts.add(content);
                text(sheet, row, s + 1, content, styles.named("wrap"));
            }
            fitHeight(laneRow, texts, List.of(STAGE_COLUMN_CHARS));
            row++;
            if (lane.cards().stream().anyMatch(card -> card.picture() != null)) {
                pictures.underCaptions(sheet, row, stages, cardsByStage, STAGE_COLUMN_CHARS);
                text(sheet, row++, 0, Messages.get("laneKind.STORYBOARD.title"), styles.lane(lane.kind()));
            }
            if (lane.kind() == LaneKind.EMOTIONS) {
                row = emotions.scoreRows(row, lane, cardsByStage);
            }
        }
        sheet.createFreezePane(1, STAGE_ROW + 1);
        emotions.chart(row + 1);
        landscape(sheet);
        sheet.setRepeatingRows(new CellRangeAddress(STAGE_ROW, STAGE_ROW, -1, -1));
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 0));
    }

    /** The cell's cards, one per line; a touchpoint names its channel. */
    static String cellText(List<Card> cellCards) {
        List<String> lines = new ArrayList<>();
        for (Card card : cellCards) {
            String text = card.text();
            if (card.channel() != null) {
                text += " (" + card.channel().label() + ")";
            }
            if (card.score() != null) {
                text += " (" + (card.score() > 0 ? "+" : "") + card.score() + ")";
            }
            lines.add(text);
        }
        return String.join("\n", lines);
    }

    /** Writes text as text: quote-prefixed when it could be read as a formula, so it never becomes one. */
    void text(XSSFSheet sheet, int rowIndex, int column, String value, XSSFCellStyle cellStyle) {
        XSSFRow row = sheet.getRow(rowIndex) != null ? sheet.getRow(rowIndex) : sheet.createRow(rowIndex);
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(ExcelText.escaped(value));
        cell.setCellStyle(looksLikeFormula(value) ? styles.quoted(cellStyle) : cellStyle);
    }

    static boolean looksLikeFormula(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
    }

    void header(XSSFSheet sheet, int row, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            text(sheet, row, i, titles[i], styles.named("header"));
        }
    }

    /** Row height from the wrapped text, since Excel does not grow rows with wrapped text by itself. */
    static void fitHeight(XSSFRow row, List<String> texts, List<Integer> columnChars) {
        int lines = 1;
        for (int i = 0; i < texts.size(); i++) {
            int chars = columnChars.get(Math.min(i, columnChars.size() - 1)) - 2;
            int cellLines = 0;
            for (String line : texts.get(i).split("\n", -1)) {
                cellLines += Math.max(1, (int) Math.ceil(line.length() / (double) chars));
            }
            lines = Math.max(lines, cellLines);
        }
        row.setHeightInPoints(Math.min(409, lines * LINE_POINTS + 6));
    }

    private static void landscape(XSSFSheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
    }

    /** The overview sheet's name in the interface language, made safe for Excel whatever the bundle says. */
    private static String overviewName() {
        return WorkbookUtil.createSafeSheetName(Messages.get("export.excel.sheet.overview"));
    }

    private static String sheetName(Persona persona, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(
                persona.name().isBlank() ? Messages.get("export.excel.sheet.persona") : persona.name());
        base = base.length() > 28 ? base.substring(0, 28) : base;
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + " " + n;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }
}
