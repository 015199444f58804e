package org.journeycanvas.export;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Writes the PNG container (8-bit RGBA) around image data compressed elsewhere, one {@link DeflatedRows} after
 * another in image order, so that an image of any height is written while only a few strips are in memory: the
 * one thing ImageIO cannot do for a map that is larger than the memory.
 */
final class PngWriter {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** The zlib header for deflate with a 32 KB window and the fastest level. */
    private static final byte[] ZLIB_HEADER = {0x78, 0x01};

    private static final int MAX_CHUNK = 1 << 20;

    private final DataOutputStream out;
    private long adler = 1;
    private boolean started;

    PngWriter(OutputStream target, int width, int height) throws IOException {
        this.out = new DataOutputStream(target);
        out.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(header);
        data.writeInt(width);
        data.writeInt(height);
        data.writeByte(8);
        data.writeByte(6);
        data.writeByte(0);
        data.writeByte(0);
        data.writeByte(0);
        chunk("IHDR", header.toByteArray(), 0, header.size());
    }

    /** Appends the next rows of the image. */
    void write(DeflatedRows rows) throws IOException {
        if (!started) {
            chunk("IDAT", ZLIB_HEADER, 0, ZLIB_HEADER.length);
            started = true;
        }
        for (int from = 0; from < rows.length(); from += MAX_CHUNK) {
            chunk("IDAT", rows.bytes(), from, Math.min(MAX_CHUNK, rows.length() - from));
        }
        adler = DeflatedRows.combineAdler32(adler, rows.adler32(), rows.rawLength());
    }

    /** Ends the image after the last rows; the stream it writes to stays open. */
    void finish() throws IOException {
        byte[] checksum = {(byte) (adler >>> 24), (byte) (adler >>> 16), (byte) (adler >>> 8), (byte) adler};
        chunk("IDAT", checksum, 0, checksum.length);
        chunk("IEND", new byte[0], 0, 0);
        out.flush();
    }

    private void chunk(String type, byte[] data, int offset, int length) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data, offset, length);
        out.writeInt(length);
        out.write(typeBytes);
        out.write(data, offset, length);
        out.writeInt((int) crc.getValue());
    }
}
