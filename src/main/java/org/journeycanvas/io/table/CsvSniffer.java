package org.journeycanvas.io.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Guesses what a CSV file does not say: its encoding and its delimiter. */
final class CsvSniffer {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final int SAMPLE_LINES = 20;

    private CsvSniffer() {}

    /** The byte-order mark at the start of the file and the encoding it names, if there is one. */
    record ByteOrderMark(int length, Charset charset) {
        static final ByteOrderMark NONE = new ByteOrderMark(0, null);

        static ByteOrderMark of(byte[] start, int count) {
            if (count >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF) {
                return new ByteOrderMark(3, StandardCharsets.UTF_8);
            }
            if (count >= 2 && (start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE) {
                return new ByteOrderMark(2, StandardCharsets.UTF_16LE);
            }
            if (count >= 2 && (start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF) {
                return new ByteOrderMark(2, StandardCharsets.UTF_16BE);
            }
            return NONE;
        }
    }

    /** Whether the bytes hold a NUL, which no text table does, but every binary file soon does. */
    static boolean looksBinary(byte[] start, int count) {
        for (int i = 0; i < count; i++) {
            if (start[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the whole stream is valid UTF-8. One pass over the bytes with nothing kept, so even a huge file
     * costs only the time to read it; it stops at the first byte that cannot be UTF-8.
     */
    static boolean isUtf8(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        int continuation = 0;
        for (int count = in.read(buffer); count >= 0; count = in.read(buffer)) {
            for (int i = 0; i < count; i++) {
                int b = buffer[i] & 0xFF;
                if (continuation > 0) {
                    if ((b & 0xC0) != 0x80) {
                        return false;
                    }
                    continuation--;
                } else if (b >= 0x80) {
                    if (b >= 0xC2 && b <= 0xDF) {
                        continuation = 1;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        continuation = 2;
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        continuation = 3;
                    } else {
                        return false;
                    }
                }
            }
        }
        return continuation == 0;
    }

    /**
     * The delimiter of a sample of the file's text: comma, semicolon or tab, whichever appears in the first line
     * (outside quotes) and the same number of times in most of the next lines; a comma when none does.
     */
    static char delimiter(CharSequence sample) {
        List<String> lines = unquotedLines(sample);
        char best = ',';
        int bestAgreeing = 0;
        int bestCount = 0;
        for (char delimiter : DELIMITERS) {
            int first = count(lines.isEmpty() ? "" : lines.get(0), delimiter);
            if (first == 0) {
                continue;
            }
            int agreeing = 0;
            for (String line : lines) {
                if (count(line, delimiter) == first) {
                    agreeing++;
                }
            }
            if (agreeing > bestAgreeing || (agreeing == bestAgreeing && first > bestCount)) {
                best = delimiter;
                bestAgreeing = agreeing;
                bestCount = first;
            }
        }
        return best;
    }

    /** The first non-blank lines of the sample with quoted text left out, so a quoted comma does not count. */
    private static List<String> unquotedLines(CharSequence sample) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < sample.length() && lines.size() < SAMPLE_LINES; i++) {
            char c = sample.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (!line.toString().isBlank()) {
                    lines.add(line.toString());
                }
                line.setLength(0);
            } else if (!quoted) {
                line.append(c);
            }
        }
        if (lines.size() < SAMPLE_LINES && !line.toString().isBlank()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static int count(String line, char delimiter) {
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == delimiter) {
                count++;
            }
        }
        return count;
    }
}
