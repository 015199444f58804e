package org.journeycanvas.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExcelSheetNamesTest {
    @Test
    void aFreeNameIsTakenAsItIsMadeSafe() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            assertThat(ExcelSheetNames.free(book, "Personas")).isEqualTo("Personas");
            assertThat(ExcelSheetNames.free(book, "In/out?")).isEqualTo("In out ");
        }
    }

    @Test
    void aTakenLongNameGetsItsNumberWithinExcelsLimit() throws Exception {
        String longName = "Comparaison des personas par étape";
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet(ExcelSheetNames.free(book, longName));
            book.createSheet(ExcelSheetNames.free(book, longName));

            String third = ExcelSheetNames.free(book, longName);

            assertThat(book.getSheetName(0)).hasSize(31);
            assertThat(book.getSheetName(1)).hasSizeLessThanOrEqualTo(31).endsWith(" 2");
            assertThat(third).hasSizeLessThanOrEqualTo(31).endsWith(" 3");
            // creating it does not throw for a name over 31 characters
            book.createSheet(third);
        }
    }
}
