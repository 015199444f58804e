package org.journeycanvas.testing;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** An .xlsx copied into the older .xls format, as a user saving it so in LibreOffice would. */
public final class XlsCopy {
    private XlsCopy() {}

    /** The workbook as an .xls, cell values, hidden columns and sheet visibility kept, as LibreOffice saves it. */
    public static Path of(Path xlsx, Path xls) throws Exception {
        try (InputStream in = Files.newInputStream(xlsx);
                Workbook from = new XSSFWorkbook(in);
                Workbook to = new HSSFWorkbook();
                OutputStream out = Files.newOutputStream(xls)) {
            for (Sheet sheet : from) {
                Sheet copy = to.createSheet(sheet.getSheetName());
                for (Row row : sheet) {
                    Row copiedRow = copy.createRow(row.getRowNum());
                    for (Cell cell : row) {
                        Cell copied = copiedRow.createCell(cell.getColumnIndex());
                        if (cell.getCellType() == CellType.NUMERIC) {
                            copied.setCellValue(cell.getNumericCellValue());
                        } else if (cell.getCellType() == CellType.STRING) {
                            copied.setCellValue(cell.getStringCellValue());
                        }
                    }
                }
                for (int column = 0; column < 10; column++) {
                    copy.setColumnHidden(column, sheet.isColumnHidden(column));
                }
                to.setSheetVisibility(to.getSheetIndex(copy), from.getSheetVisibility(from.getSheetIndex(sheet)));
            }
            to.write(out);
        }
        return xls;
    }
}
