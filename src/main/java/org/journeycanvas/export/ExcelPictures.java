package org.journeycanvas.export;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Stage;
import org.journeycanvas.render.Surface;

/**
 * Storyboard pictures in a workbook: each picture is embedded once, however many cells show it, and drawn in a
 * cell, fitted into it with a margin and anchored to it so that it moves with its row when the rows are sorted or
 * filtered. Excel does not grow a row for a picture, so the caller sizes the row ({@link #ROW_POINTS}).
 */
final class ExcelPictures {
    /** The height of a row that shows pictures, in points: room for a picture of about 160 × 120 pixels. */
    static final float ROW_POINTS = 100f;

    private static final int MARGIN_PIXELS = 4;

    private final XSSFWorkbook workbook;
    private final Map<String, Integer> indexes = new HashMap<>();

    ExcelPictures(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    /**
     * Draws the pictures side by side in one cell of {@code columnChars} characters' width and a row of
     * {@link #ROW_POINTS}; a URI that holds no readable picture is left out.
     */
    void inCell(XSSFSheet sheet, int row, int column, int columnChars, List<String> dataUris) {
        Map<String, CardPicture> pictures = new LinkedHashMap<>();
        for (String uri : dataUris) {
            CardPicture picture = CardPicture.of(uri);
            if (picture != null) {
                pictures.putIfAbsent(uri, picture);
            }
        }
        if (pictures.isEmpty()) {
            return;
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        double cellWidth = columnChars * 7.0 + 5;
        double cellHeight = Units.pointsToPixel(ROW_POINTS);
        double slotWidth = (cellWidth - MARGIN_PIXELS) / pictures.size();
        int i = 0;
        for (Map.Entry<String, CardPicture> entry : pictures.entrySet()) {
            CardPicture picture = entry.getValue();
            Rect slot = new Rect(
                    MARGIN_PIXELS + i * slotWidth,
                    MARGIN_PIXELS,
                    slotWidth - MARGIN_PIXELS,
                    cellHeight - 2 * MARGIN_PIXELS);
            Rect fitted = Surface.fitted(picture.width(), picture.height(), slot);
            XSSFClientAnchor anchor = drawing.createAnchor(
                    emu(fitted.x()), emu(fitted.y()), emu(fitted.maxX()), emu(fitted.maxY()), column, row, column, row);
            anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
            drawing.createPicture(anchor, index(entry.getKey(), picture));
            i++;
        }
    }

    /** A storyboard's pictures in a row of their own under its captions, each cell's side by side. */
    void underCaptions(
            XSSFSheet sheet, int row, List<Stage> stages, Map<String, List<Card>> cardsByStage, int columnChars) {
        sheet.createRow(row).setHeightInPoints(ROW_POINTS);
        for (int s = 0; s < stages.size(); s++) {
            List<String> cellPictures = cardsByStage.getOrDefault(stages.get(s).id(), List.of()).stream()
                    .map(Card::picture)
                    .filter(picture -> picture != null)
                    .toList();
            inCell(sheet, row, s + 1, columnChars, cellPictures);
        }
    }

    private int index(String dataUri, CardPicture picture) {
        return indexes.computeIfAbsent(
                dataUri,
                uri -> workbook.addPicture(
                        picture.bytes(), picture.isPng() ? Workbook.PICTURE_TYPE_PNG : Workbook.PICTURE_TYPE_JPEG));
    }

    private static int emu(double pixels) {
        return (int) Math.round(pixels * Units.EMU_PER_PIXEL);
    }
}
