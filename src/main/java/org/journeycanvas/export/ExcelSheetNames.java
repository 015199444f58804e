package org.journeycanvas.export;

import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Names for the sheets the export adds beside the personas' (whose names the user chose and may clash). */
final class ExcelSheetNames {
    /** Excel refuses a sheet name longer than this. */
    static final int MAX_LENGTH = 31;

    private ExcelSheetNames() {}

    /**
     * The wanted name made safe for Excel, or with " 2", " 3"… when a sheet has it already; cut so that even
     * with the number it stays within Excel's 31 characters (a long translation would otherwise break the file).
     */
    static String free(XSSFWorkbook book, String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int n = 2; book.getSheet(name) != null; n++) {
            String suffix = " " + n;
            name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length()))
                            .stripTrailing()
                    + suffix;
        }
        return name;
    }
}
