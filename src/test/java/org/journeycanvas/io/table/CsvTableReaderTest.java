package org.journeycanvas.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.Progress;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.UserCancelled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(InEnglish.class)
class CsvTableReaderTest {
    @TempDir
    Path folder;

    private final CsvTableReader reader = new CsvTableReader();

    @Test
    void commaSeparated() throws Exception {
        Table table = read("interviews.csv", "Persona,Stage,Text\nDana,Awareness,Webinar\nLee,Purchase,Quote\n");

        assertThat(table.sourceName()).isEqualTo("interviews.csv");
        assertThat(table.sheetName()).isEqualTo("interviews");
        assertThat(table.header()).containsExactly("Persona", "Stage", "Text");
        assertThat(table.rows())
                .containsExactly(
                        new TableRow(2, List.of("Dana", "Awareness", "Webinar")),
                        new TableRow(3, List.of("Lee", "Purchase", "Quote")));
        assertThat(table.notes()).isEmpty();
    }

    @Test
    void semicolonsAsExcelWritesThemInEuropeEvenWithCommasInTheText() throws Exception {
        Table table = read("a.csv", "Persona;Text;Score\nDana;Hello, world;1,5\nLee;Fine;2\n");

        assertThat(table.header()).containsExactly("Persona", "Text", "Score");
        assertThat(table.rows().get(0).cells()).containsExactly("Dana", "Hello, world", "1,5");
    }

    @Test
    void tabsAreDetectedAndAlwaysUsedForTsv() throws Exception {
        assertThat(read("a.csv", "Persona\tText\nDana\tWebinar, live\n")
                        .rows()
                        .get(0)
                        .cells())
                .containsExactly("Dana", "Webinar, live");
        assertThat(read("a.tsv", "Persona,Stage\tText\nDana,Lee\tWebinar\n").header())
                .containsExactly("Persona,Stage", "Text");
    }

    @Test
    void quotedFieldsHoldDelimitersDoubledQuotesAndLineBreaks() throws Exception {
        Table table = read(
                "a.csv",
                "Text,Note\r\n\"Says \"\"hi\"\", then leaves\",\"line one\r\nline two\nthree\"\r\nnext,row\r\n");

        assertThat(table.rows())
                .containsExactly(
                        new TableRow(2, List.of("Says \"hi\", then leaves", "line one\nline two\nthree")),
                        new TableRow(3, List.of("next", "row")));
    }

    @Test
    void lineEndsMayBeCrlfLfOrCr() throws Exception {
        assertThat(read("a.csv", "A,B\r1,2\r\n3,4\n5,6").rows())
                .extracting(TableRow::cells)
                .containsExactly(List.of("1", "2"), List.of("3", "4"), List.of("5", "6"));
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstHeader() throws Exception {
        Table table = read("a.csv", "\uFEFFPersona;Text\nDana;Café\n");

        assertThat(table.header()).containsExactly("Persona", "Text");
        assertThat(table.rows().get(0).cells()).containsExactly("Dana", "Café");
        assertThat(table.notes()).isEmpty();
    }

    @Test
    void windows1252IsDetectedWhenTheFileIsNotUtf8AndSaidSo() throws Exception {
        Path file = write("a.csv", "Text;Price\nCafé crème;5 €\n", CsvSniffer.WINDOWS_1252);

        Table table = reader.read(file, Progress.NONE);

        assertThat(table.rows().get(0).cells()).containsExactly("Café crème", "5 €");
        assertThat(table.notes())
                .containsExactly("The file is not UTF-8: it was read as Windows-1252 (Western European).");
    }

    @Test
    void theEncodingCanBeChosen() throws Exception {
        Path utf8 = write("a.csv", "Text\nCafé\n", StandardCharsets.UTF_8);
        Path windows = write("b.csv", "Text\nCafé €\n", CsvSniffer.WINDOWS_1252);

        assertThat(reader.read(utf8, CsvSniffer.WINDOWS_1252, Progress.NONE)
                        .rows()
                        .get(0)
                        .cell(0))
                .isEqualTo("CafÃ©");
        assertThat(reader.read(windows, CsvSniffer.WINDOWS_1252, Progress.NONE)
                        .rows()
                        .get(0)
                        .cell(0))
                .isEqualTo("Café €");
    }

    @Test
    void utf16FromExcelsUnicodeTextIsReadByItsByteOrderMark() throws Exception {
        Path file = folder.resolve("unicode.txt");
        Files.write(file, ("\uFEFFPersona\tText\r\nDana\tÉté\r\n").getBytes(StandardCharsets.UTF_16LE));

        assertThat(reader.read(file, Progress.NONE).rows().get(0).cells()).containsExactly("Dana", "Été");
    }

    @Test
    void blankLinesAreSkippedButKeepTheRowNumbersExcelShows() throws Exception {
        Table table = read("a.csv", "\n\nA,B\n\n1,2\n,\n3,4\n\n");

        assertThat(table.header()).containsExactly("A", "B");
        assertThat(table.rows())
                .containsExactly(new TableRow(5, List.of("1", "2")), new TableRow(7, List.of("3", "4")));
    }

    @Test
    void trailingEmptyColumnsAreTrimmedAndShortRowsPadded() throws Exception {
        Table table = read("a.csv", "A,B,C,,,\n1,,,,,\n1,2,3,4,,\n");

        assertThat(table.width()).isEqualTo(4);
        assertThat(table.header()).containsExactly("A", "B", "C", "");
        assertThat(table.rows())
                .extracting(TableRow::cells)
                .containsExactly(List.of("1", "", "", ""), List.of("1", "2", "3", "4"));
    }

    @Test
    void aFieldStartingWithEqualsStaysPlainText() throws Exception {
        Table table = read("a.csv", "Text,Note\n=HYPERLINK(\"http://x\"),\"=1+1\"\n");

        assertThat(table.rows().get(0).cells()).containsExactly("=HYPERLINK(\"http://x\")", "=1+1");
    }

    @Test
    void anUnclosedQuoteIsRefusedWhereItStarts() throws Exception {
        assertRefused(
                read -> read("interviews.csv", "A,B\n1,\"never closed\n2,3\n"),
                "interviews.csv, row 2, column 2: a quoted field starts here and its closing quote (\") is missing");
    }

    @Test
    void tooManyRowsAreRefusedAtTheFirstRowOverTheLimit() throws Exception {
        CsvTableReader small = new CsvTableReader(new TableLimits(3, 100));
        Path file = write("big.csv", "A\n1\n2\n\n3\n4\n5\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> small.read(file, Progress.NONE))
                .isInstanceOf(TableReadException.class)
                .hasMessage("big.csv, row 6: the table has more than 3 rows; Journey Canvas imports at most 3. Split it"
                        + " into smaller tables.")
                .satisfies(e -> assertThat(((TableReadException) e).row()).isEqualTo(6));
    }

    @Test
    void aMillionRowFileIsRefusedWithoutReadingItIntoMemory() throws Exception {
        Path file = folder.resolve("million.csv");
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("Persona,Stage,Text\n");
            for (int i = 1; i <= 1_000_000; i++) {
                out.write("Dana,Awareness,Card number ");
                out.write(Integer.toString(i));
                out.write('\n');
            }
        }

        assertThatThrownBy(() -> reader.read(file, Progress.NONE))
                .hasMessage("million.csv, row 200002: the table has more than 200,000 rows; Journey Canvas imports at"
                        + " most 200,000. Split it into smaller tables.");
    }

    @Test
    void aTenMegabyteCellIsRefusedNamingItsRowAndColumn() throws Exception {
        Path file = folder.resolve("huge.csv");
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("Persona,Text\nDana,short\nLee,\"");
            char[] chunk = "x".repeat(1024).toCharArray();
            for (int i = 0; i < 10 * 1024; i++) {
                out.write(chunk);
            }
            out.write("\"\n");
        }

        assertThatThrownBy(() -> reader.read(file, Progress.NONE))
                .isInstanceOf(TableReadException.class)
                .hasMessage("huge.csv, row 3, column 2: the cell has more than 100,000 characters; Journey Canvas"
                        + " imports at most 100,000 per cell")
                .satisfies(e -> assertThat(((TableReadException) e).column()).isEqualTo("2"));
    }

    @Test
    void aBinaryFileIsNotASpreadsheet() throws Exception {
        Path file = folder.resolve("photo.csv");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});

        assertRefused(
                read -> reader.read(file, Progress.NONE),
                "photo.csv: this is not a spreadsheet Journey Canvas can read: choose an Excel workbook (.xlsx, .xls)"
                        + " or a CSV or TSV file");
    }

    @Test
    void anEmptyFileSaysThereIsNothingToImport() throws Exception {
        assertRefused(
                read -> read("empty.csv", "\n\n,,\n"), "empty.csv: the table is empty: there is nothing to import");
    }

    @Test
    void messagesAreInTheInterfaceLanguage() throws Exception {
        Messages.use(Locale.GERMAN);
        assertRefused(
                read -> read("a.csv", "A\n\"x"),
                "a.csv, Zeile 2, Spalte 1: hier beginnt ein Feld in Anführungszeichen, dessen schließendes"
                        + " Anführungszeichen (\") fehlt");
        Messages.use(Locale.FRENCH);
        assertRefused(read -> read("a.csv", ""), "a.csv : le tableau est vide : il n’y a rien à importer");
    }

    @Test
    void progressIsReportedAndCancelStopsReading() throws Exception {
        Path file = write("a.csv", "A\n" + "x\n".repeat(5000), StandardCharsets.UTF_8);
        List<Double> reported = new ArrayList<>();
        reader.read(file, new Progress() {
            @Override
            public void update(double fraction) {
                reported.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(reported).isSorted().last().isEqualTo(1.0);

        assertThatThrownBy(() -> reader.read(file, UserCancelled.progress())).isInstanceOf(CancellationException.class);
    }

    private Table read(String name, String text) throws IOException, TableReadException {
        return reader.read(write(name, text, StandardCharsets.UTF_8), Progress.NONE);
    }

    private Path write(String name, String text, Charset charset) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, charset);
        return file;
    }

    private interface Read {
        void run(Object ignored) throws Exception;
    }

    private static void assertRefused(Read read, String message) {
        assertThatThrownBy(() -> read.run(null))
                .isInstanceOf(TableReadException.class)
                .hasMessage(message);
    }
}
