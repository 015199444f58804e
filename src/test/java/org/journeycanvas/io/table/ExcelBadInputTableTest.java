package org.journeycanvas.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.journeycanvas.io.table.ExcelTableReaderTest.row;
import static org.journeycanvas.io.table.ExcelTableReaderTest.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.Progress;
import org.journeycanvas.testing.InEnglish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Each file that is not a workbook Journey Canvas should read gets one message and nothing else. */
@ExtendWith(InEnglish.class)
class ExcelBadInputTableTest {
    private static final String NOT_A_SPREADSHEET = ": this is not a spreadsheet Journey Canvas can read: choose an"
            + " Excel workbook (.xlsx, .xls) or a CSV or TSV file";

    @TempDir
    Path folder;

    private final ExcelTableReader reader = new ExcelTableReader();

    @Test
    void aPictureRenamedXlsxIsNotASpreadsheet() throws Exception {
        Path file = folder.resolve("photo.xlsx");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H'});

        assertRefused(file, "photo.xlsx" + NOT_A_SPREADSHEET);
    }

    @Test
    void textRenamedXlsxOrXlsIsNotASpreadsheet() throws Exception {
        Path xlsx = Files.writeString(folder.resolve("notes.xlsx"), "Persona,Text\nDana,Webinar\n");
        Path xls = Files.writeString(folder.resolve("notes.xls"), "Persona,Text\nDana,Webinar\n");

        assertRefused(xlsx, "notes.xlsx" + NOT_A_SPREADSHEET);
        assertThatThrownBy(() -> reader.sheetNames(xls))
                .isInstanceOf(TableReadException.class)
                .hasMessage("notes.xls" + NOT_A_SPREADSHEET);
    }

    @Test
    void aZipThatIsNoWorkbookIsNotASpreadsheet() throws Exception {
        Path file = folder.resolve("archive.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }

        assertRefused(file, "archive.xlsx" + NOT_A_SPREADSHEET);
    }

    @Test
    void aPasswordProtectedWorkbookSaysSo() throws Exception {
        Path plain = workbook(folder, "plain.xlsx", new XSSFWorkbook(), w -> row(w.createSheet("Interviews"), 0, "A"));
        Path file = folder.resolve("secret.xlsx");
        try (POIFSFileSystem encrypted = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(encrypted)) {
                Files.copy(plain, out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                encrypted.writeFilesystem(out);
            }
        }

        assertRefused(
                file,
                "secret.xlsx: the workbook is password-protected. Remove the password in Excel, save the workbook and"
                        + " import it again.");
    }

    @Test
    void aZipBombDisguisedAsXlsxIsRefused() throws Exception {
        Path plain = workbook(folder, "plain.xlsx", new XSSFWorkbook(), w -> row(w.createSheet("Interviews"), 0, "A"));
        Path file = folder.resolve("bomb.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    // 50 MB of white space after the sheet's XML deflates to about 50 kB.
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</worksheet>");
                    out.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < 50; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
            }
        }

        assertRefused(
                file,
                "bomb.xlsx: the file would unpack to far more data than a spreadsheet of its size can hold, so it was"
                        + " not opened (it is damaged or made to do harm)");
    }

    @Test
    void aSheetWithMoreRowsThanTheLimitIsRefused() throws Exception {
        Path file = workbook(folder, "big.xlsx", new XSSFWorkbook(), workbook -> {
            Sheet sheet = workbook.createSheet("Interviews");
            for (int i = 0; i < 6; i++) {
                row(sheet, i, "row " + (i + 1));
            }
        });

        assertThatThrownBy(() -> new ExcelTableReader(new TableLimits(4, 100)).readFirstSheet(file, Progress.NONE))
                .isInstanceOf(TableReadException.class)
                .hasMessage(
                        "Interviews!A6: the table has more than 4 rows; Journey Canvas imports at most 4. Split it into"
                                + " smaller tables.");
    }

    @Test
    void rowsThatAreOnlyFormattedDoNotCountTowardsTheLimit() throws Exception {
        Path file = workbook(folder, "formatted.xlsx", new XSSFWorkbook(), workbook -> {
            Sheet sheet = workbook.createSheet("Interviews");
            row(sheet, 0, "Text");
            row(sheet, 1, "Slow reply");
            row(sheet, 2, "Pricing unclear");
            org.apache.poi.ss.usermodel.CellStyle yellow = workbook.createCellStyle();
            yellow.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.YELLOW.getIndex());
            yellow.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            for (int i = 3; i < 20; i++) {
                sheet.createRow(i).createCell(0).setCellStyle(yellow);
            }
        });

        Table table = new ExcelTableReader(new TableLimits(4, 100)).readFirstSheet(file, Progress.NONE);

        assertThat(table.rows())
                .extracting(TableRow::cells)
                .containsExactly(java.util.List.of("Slow reply"), java.util.List.of("Pricing unclear"));
    }

    @Test
    void aMillionRowWorkbookIsRefusedBeforeItIsLoaded() throws Exception {
        Path plain = workbook(folder, "plain.xlsx", new XSSFWorkbook(), w -> row(w.createSheet("Interviews"), 0, "A"));
        Path file = folder.resolve("million.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    writeMillionRows(out);
                } else {
                    out.write(content);
                }
            }
        }

        // Row 3 holds a cell over the 100,000-character limit: loading the sheet would stop there, so the row
        // count can only be the problem if it was checked before the workbook was loaded.
        assertRefused(
                file,
                "Interviews!A200002: the table has more than 200,000 rows; Journey Canvas imports at most 200,000."
                        + " Split it into smaller tables.");
    }

    /** Letters that do not compress as a run of one letter would, which POI would take for a zip bomb. */
    private static String randomLetters(Random random, int length) {
        StringBuilder letters = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    private static void writeMillionRows(OutputStream out) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        Random random = new Random(3);
        for (int row = 1; row <= 1_000_000; row++) {
            String text = row == 3 ? randomLetters(random, 100_001) : "note " + row;
            xml.append("<row r=\"")
                    .append(row)
                    .append("\"><c r=\"A")
                    .append(row)
                    .append("\" t=\"inlineStr\"><is><t>")
                    .append(text)
                    .append("</t></is></c></row>");
            if (xml.length() > 1 << 16) {
                out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
                xml.setLength(0);
            }
        }
        xml.append("</sheetData></worksheet>");
        out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCellOverTheLimitIsRefusedNamingItsSheetRowAndColumn() throws Exception {
        Path file = workbook(folder, "long.xlsx", new XSSFWorkbook(), workbook -> {
            Sheet sheet = workbook.createSheet("Interviews");
            row(sheet, 0, "Persona", "Stage", "Lane", "Text");
            for (int i = 1; i < 13; i++) {
                row(sheet, i, "Dana", "Awareness", "Thoughts", i == 12 ? "x".repeat(30_000) : "short");
            }
        });

        assertThatThrownBy(() -> new ExcelTableReader(new TableLimits(100, 20_000)).readFirstSheet(file, Progress.NONE))
                .isInstanceOf(TableReadException.class)
                .hasMessage("Interviews!D13: the cell has more than 20,000 characters; Journey Canvas imports at most"
                        + " 20,000 per cell");
    }

    @Test
    void theMessageIsInTheInterfaceLanguage() throws Exception {
        Path file = Files.writeString(folder.resolve("notes.xlsx"), "not a workbook");

        Messages.use(Locale.forLanguageTag("es"));
        assertRefused(
                file,
                "notes.xlsx: no es una hoja de cálculo que Journey Canvas pueda leer: elige un libro de Excel (.xlsx, .xls)"
                        + " o un archivo CSV o TSV");
    }

    private void assertRefused(Path file, String message) {
        assertThatThrownBy(() -> reader.readFirstSheet(file, Progress.NONE))
                .isInstanceOf(TableReadException.class)
                .hasMessage(message);
    }
}
