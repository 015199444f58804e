package org.journeycanvas.export;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.render.MapTheme;
import org.journeycanvas.render.Rgb;

/**
 * The cell styles of one Excel workbook, each made once and then shared: a workbook holds at most 64,000 styles,
 * and one per cell would also make the file slow to write and to open.
 */
final class ExcelStyles {
    private static final String DEFAULT_STAGE_COLOR = "#3D5A80";

    private final XSSFWorkbook workbook;
    private final Map<String, XSSFCellStyle> styles = new HashMap<>();

    ExcelStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    /** A style by its use: "title", "plain", "heading", "header", "corner", "number", or "wrap" (the default). */
    XSSFCellStyle named(String name) {
        return styles.computeIfAbsent(name, key -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setWrapText(true);
            switch (key) {
                case "title" -> {
                    style.setFont(font(16, true, null));
                    style.setWrapText(false);
                }
                case "plain" -> style.setFont(font(11, false, null));
                case "heading" -> {
                    style.setFont(font(12, true, null));
                    style.setWrapText(false);
                }
                case "header", "corner" -> {
                    style.setFont(font(11, true, null));
                    fill(style, "#E3E8EE");
                    border(style);
                }
                case "number" -> {
                    style.setAlignment(HorizontalAlignment.CENTER);
                    border(style);
                }
                default -> border(style);
            }
            return style;
        });
    }

    /** A stage header in the stage's colour (the theme's when it has none), its text readable on it. */
    XSSFCellStyle stage(String color) {
        String hex = color == null ? DEFAULT_STAGE_COLOR : color;
        return styles.computeIfAbsent("stage" + hex, key -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(true);
            fill(style, hex);
            border(style);
            Rgb fill = Rgb.of(hex);
            style.setFont(font(12, true, MapTheme.LIGHT.textOn(fill).hex()));
            return style;
        });
    }

    /** A lane label in the colour of its kind's cards. */
    XSSFCellStyle lane(LaneKind kind) {
        return styles.computeIfAbsent("lane" + kind, key -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setWrapText(true);
            fill(style, MapTheme.LIGHT.cardFill(kind).hex());
            border(style);
            style.setFont(font(11, true, null));
            return style;
        });
    }

    /** The same style, quote-prefixed: what the cell holds is text, even if it starts with "=". */
    XSSFCellStyle quoted(XSSFCellStyle base) {
        return styles.computeIfAbsent("quoted" + base.getIndex(), key -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(base);
            style.setQuotePrefixed(true);
            return style;
        });
    }

    private XSSFFont font(int points, boolean bold, String color) {
        XSSFFont font = workbook.createFont();
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        if (color != null) {
            font.setColor(color(color));
        }
        return font;
    }

    private static void fill(XSSFCellStyle style, String hex) {
        style.setFillForegroundColor(color(hex));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static void border(CellStyle style) {
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }

    private static XSSFColor color(String hex) {
        return new XSSFColor(rgbBytes(hex), null);
    }

    static byte[] rgbBytes(String hex) {
        Rgb rgb = Rgb.of(hex);
        return new byte[] {(byte) rgb.red(), (byte) rgb.green(), (byte) rgb.blue()};
    }
}
