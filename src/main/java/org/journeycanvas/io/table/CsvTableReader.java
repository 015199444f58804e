package org.journeycanvas.io.table;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.Progress;

/**
 * Reads a CSV or TSV file as people really write it: comma, semicolon (Excel in much of Europe) or tab,
 * detected (always tab for {@code .tsv}); UTF-8, with or without a byte-order mark, or Windows-1252, detected
 * or chosen; blank lines skipped. The file is read as a stream, so a file over the row limit is refused when
 * its row is reached, without the rest in memory. A field starting with {@code =} is plain text: nothing here
 * evaluates anything.
 */
public final class CsvTableReader {
    private static final int SAMPLE_CHARS = 1 << 16;
    private static final int ROWS_BETWEEN_PROGRESS = 1024;

    private final TableLimits limits;

    public CsvTableReader() {
        this(TableLimits.DEFAULT);
    }

    CsvTableReader(TableLimits limits) {
        this.limits = limits;
    }

    /** Reads the file, detecting its encoding and its delimiter. */
    public Table read(Path file, Progress progress) throws TableReadException {
        return read(file, null, progress);
    }

    /**
     * Reads the file in the given encoding, or detects it when {@code encoding} is null: UTF-8 if the whole
     * file is valid UTF-8 (or starts with a byte-order mark), else Windows-1252, which a note then says.
     *
     * @throws java.util.concurrent.CancellationException if the progress says the user cancelled
     */
    public Table read(Path file, Charset encoding, Progress progress) throws TableReadException {
        String source = String.valueOf(file.getFileName());
        String sheet = source.contains(".") ? source.substring(0, source.lastIndexOf('.')) : source;
        try {
            long size = Files.size(file);
            byte[] start = new byte[4096];
            int startCount;
            try (InputStream in = Files.newInputStream(file)) {
                startCount = in.readNBytes(start, 0, start.length);
            }
            CsvSniffer.ByteOrderMark mark = CsvSniffer.ByteOrderMark.of(start, startCount);
            if (mark.charset() == null && CsvSniffer.looksBinary(start, startCount)) {
                throw TableReadException.ofFile(source, Messages.get("import.table.notSpreadsheet"));
            }
            TableBuilder table = new TableBuilder(source, sheet, false);
            Charset charset = encoding != null ? encoding : mark.charset();
            if (charset == null) {
                charset = isUtf8(file) ? StandardCharsets.UTF_8 : CsvSniffer.WINDOWS_1252;
                if (!charset.equals(StandardCharsets.UTF_8)) {
                    table.note(Messages.get("import.table.note.windows1252"));
                }
            }
            char delimiter =
                    source.toLowerCase(Locale.ROOT).endsWith(".tsv") ? '\t' : sniffDelimiter(file, mark, charset);
            try (CountingInputStream counted = new CountingInputStream(Files.newInputStream(file));
                    Reader reader = reader(counted, mark, charset)) {
                CsvParser parser = new CsvParser(reader, delimiter, limits.maxCellChars(), source, sheet);
                for (List<String> record = parser.next(); record != null; record = parser.next()) {
                    if (table.add(parser.row(), record) && table.dataRows() > limits.maxRows()) {
                        throw TableReadException.ofRow(
                                source,
                                sheet,
                                parser.row(),
                                Messages.get("import.table.tooManyRows", limits.maxRows()));
                    }
                    if (parser.row() % ROWS_BETWEEN_PROGRESS == 0) {
                        progress.checkCancelled();
                        progress.update(size == 0 ? 1 : (double) counted.count / size);
                    }
                }
            }
            progress.update(1);
            return table.build(TableReadException.ofFile(source, Messages.get("import.table.empty")));
        } catch (IOException e) {
            throw TableReadException.ofFile(
                    source, Messages.get("import.table.unreadable", String.valueOf(e.getMessage())));
        }
    }

    private static boolean isUtf8(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return CsvSniffer.isUtf8(in);
        }
    }

    private static char sniffDelimiter(Path file, CsvSniffer.ByteOrderMark mark, Charset charset) throws IOException {
        try (Reader reader = reader(Files.newInputStream(file), mark, charset)) {
            char[] sample = new char[SAMPLE_CHARS];
            int count = reader.read(sample);
            return CsvSniffer.delimiter(count <= 0 ? "" : new String(sample, 0, count));
        }
    }

    /** A reader past the byte-order mark; bytes that are not text in the encoding become U+FFFD, never an error. */
    private static Reader reader(InputStream in, CsvSniffer.ByteOrderMark mark, Charset charset) throws IOException {
        in.skipNBytes(mark.length());
        return new InputStreamReader(
                in,
                charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /** Counts the bytes read, for progress. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int read = super.read(bytes, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }
    }
}
