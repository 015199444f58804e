package org.journeycanvas.export.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Takes the glyph substitution table (GSUB) out of a TrueType font before PDFBox embeds it. With the table there,
 * PDFBox runs its ligature rules over every piece of text it shows (regular expressions per call), which made the
 * PDF of a 4,000-card map take four times as long as its PNG; the map's text needs none of them, since Java2D
 * measures it without ligatures too. No library edits a font's table directory, so these few lines do it: the
 * table's record is removed from the directory, and every other table stays where it is.
 */
final class FontTables {
    private static final int DIRECTORY_START = 12;
    private static final int RECORD_SIZE = 16;

    private FontTables() {}

    static byte[] withoutGlyphSubstitution(byte[] font) {
        ByteBuffer data = ByteBuffer.wrap(font.clone());
        int tables = Short.toUnsignedInt(data.getShort(4));
        for (int i = 0; i < tables; i++) {
            int record = DIRECTORY_START + i * RECORD_SIZE;
            String tag = new String(font, record, 4, StandardCharsets.US_ASCII);
            if (tag.equals("GSUB")) {
                byte[] bytes = data.array();
                int end = DIRECTORY_START + tables * RECORD_SIZE;
                System.arraycopy(bytes, record + RECORD_SIZE, bytes, record, end - record - RECORD_SIZE);
                java.util.Arrays.fill(bytes, end - RECORD_SIZE, end, (byte) 0);
                data.putShort(4, (short) (tables - 1));
                return bytes;
            }
        }
        return font;
    }
}
