package org.journeycanvas.export;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapIndex;

/** The overview's table of connectors: from card, to card, label and line, each card by its text and stage. */
final class ExcelConnectorsTable {
    private final ExcelExporter workbook;
    private final ExcelStyles styles;

    ExcelConnectorsTable(ExcelExporter workbook, ExcelStyles styles) {
        this.workbook = workbook;
        this.styles = styles;
    }

    /** The connectors as a table under the personas: each card by its text and stage. */
    void write(XSSFSheet sheet, int firstRow, JourneyMap map) {
        int row = firstRow;
        workbook.text(sheet, row++, 0, Messages.get("export.excel.connectors"), styles.named("heading"));
        workbook.header(
                sheet,
                row++,
                Messages.get("export.excel.header.fromCard"),
                Messages.get("export.excel.header.toCard"),
                Messages.get("export.excel.header.label"),
                Messages.get("export.excel.header.connectorStyle"));
        MapIndex index = new MapIndex(map);
        for (Connector connector : map.connectors()) {
            XSSFRow connectorRow = sheet.createRow(row++);
            String from = cardReference(index, connector.fromCardId());
            String to = cardReference(index, connector.toCardId());
            workbook.text(sheet, connectorRow.getRowNum(), 0, from, styles.named("wrap"));
            workbook.text(sheet, connectorRow.getRowNum(), 1, to, styles.named("wrap"));
            workbook.text(sheet, connectorRow.getRowNum(), 2, connector.label(), styles.named("wrap"));
            workbook.text(
                    sheet,
                    connectorRow.getRowNum(),
                    3,
                    Messages.get(
                            "export.excel.connectorStyle." + connector.style().name()),
                    styles.named("wrap"));
            ExcelExporter.fitHeight(connectorRow, List.of(from, to, connector.label()), List.of(24, 40, 60));
        }
    }

    private static String cardReference(MapIndex index, String cardId) {
        Card card = index.card(cardId);
        return Messages.get(
                "export.excel.cardInStage",
                card.text(),
                index.stage(card.stageId()).name());
    }
}
