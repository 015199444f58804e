package org.journeycanvas.io.table;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.i18n.Messages;

/**
 * Splits CSV text into records, one at a time (RFC 4180, leniently): quoted fields may hold the delimiter,
 * doubled quotes and line breaks; CRLF, LF and CR all end a record. Written by hand rather than with Commons
 * CSV so that the cell limit is enforced while a field is read (a 10 MB field is refused at its 100,001st
 * character, never held whole) and a problem names the row as Excel numbers it, with no new dependency.
 */
final class CsvParser {
    private static final int END = -1;

    private final Reader in;
    private final char delimiter;
    private final int maxCellChars;
    private final String source;
    private final String sheet;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder field = new StringBuilder();
    private int position;
    private int length;
    private int row;

    CsvParser(Reader in, char delimiter, int maxCellChars, String source, String sheet) {
        this.in = in;
        this.delimiter = delimiter;
        this.maxCellChars = maxCellChars;
        this.source = source;
        this.sheet = sheet;
    }

    /** The number of the record {@link #next()} returned last, counting blank lines as rows, as Excel does. */
    int row() {
        return row;
    }

    /** The next record's fields (a blank line gives one empty field), or null at the end of the text. */
    List<String> next() throws IOException, TableReadException {
        int c = read();
        if (c == END) {
            return null;
        }
        row++;
        List<String> fields = new ArrayList<>();
        while (true) {
            field.setLength(0);
            int column = fields.size() + 1;
            if (c == '"') {
                c = readQuoted(column);
            }
            while (c != delimiter && c != '\n' && c != '\r' && c != END) {
                append((char) c, column);
                c = read();
            }
            fields.add(field.toString());
            if (c != delimiter) {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                return fields;
            }
            c = read();
        }
    }

    /** Reads a quoted field up to its closing quote; returns the character after it. */
    private int readQuoted(int column) throws IOException, TableReadException {
        while (true) {
            int c = read();
            if (c == END) {
                throw TableReadException.ofField(
                        source, sheet, row, column, Messages.get("import.table.csv.unclosedQuote"));
            }
            if (c == '"') {
                c = read();
                if (c != '"') {
                    return c;
                }
            } else if (c == '\r') {
                // A line break inside a field becomes "\n" whatever the file used, as it does in Excel.
                if (peek() == '\n') {
                    read();
                }
                c = '\n';
            }
            append((char) c, column);
        }
    }

    private void append(char c, int column) throws TableReadException {
        if (field.length() >= maxCellChars) {
            throw TableReadException.ofField(
                    source, sheet, row, column, Messages.get("import.table.cellTooLong", maxCellChars));
        }
        field.append(c);
    }

    private int read() throws IOException {
        if (position == length && !fill()) {
            return END;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == length && !fill()) {
            return END;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        length = in.read(buffer);
        position = 0;
        if (length <= 0) {
            length = 0;
            return false;
        }
        return true;
    }
}
