package org.journeycanvas.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes a PNG (8-bit RGBA) row by row, so that an image of any height is encoded while only a strip of it is in
 * memory: the one thing ImageIO cannot do for a map that is larger than the memory.
 */
final class PngWriter {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int CHUNK_SIZE = 256 * 1024;
    private static final int FILTER_SUB = 1;

    private final DataOutputStream out;
    private final int width;
    private final ByteArrayOutputStream compressed = new ByteArrayOutputStream(CHUNK_SIZE * 2);
    private final DeflaterOutputStream deflater;
    /** Fast compression: the image is large and mostly flat colour, so more effort buys little. */
    private final Deflater engine = new Deflater(Deflater.BEST_SPEED);
    private final byte[] row;

    PngWriter(OutputStream target, int width, int height) throws IOException {
        this.out = new DataOutputStream(target);
        this.width = width;
        this.row = new byte[1 + width * 4];
        this.deflater = new DeflaterOutputStream(compressed, engine, 64 * 1024);
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
        chunk("IHDR", header.toByteArray(), header.size());
    }

    /** Appends the first {@code rows} rows of a strip as wide as the image ({@code TYPE_INT_ARGB}). */
    void writeRows(BufferedImage strip, int rows) throws IOException {
        int[] data = ((DataBufferInt) strip.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < rows; y++) {
            int rowStart = y * width;
            row[0] = FILTER_SUB;
            int previousR = 0;
            int previousG = 0;
            int previousB = 0;
            int previousA = 0;
            for (int x = 0; x < width; x++) {
                int argb = data[rowStart + x];
                int a = argb >>> 24;
                int r = (argb >> 16) & 0xFF;
                int g = (argb >> 8) & 0xFF;
                int b = argb & 0xFF;
                int at = 1 + x * 4;
                row[at] = (byte) (r - previousR);
                row[at + 1] = (byte) (g - previousG);
                row[at + 2] = (byte) (b - previousB);
                row[at + 3] = (byte) (a - previousA);
                previousR = r;
                previousG = g;
                previousB = b;
                previousA = a;
            }
            deflater.write(row);
            if (compressed.size() >= CHUNK_SIZE) {
                flushData();
            }
        }
    }

    /** Ends the image; the stream it writes to stays open. */
    void finish() throws IOException {
        deflater.finish();
        flushData();
        engine.end();
        chunk("IEND", new byte[0], 0);
        out.flush();
    }

    private void flushData() throws IOException {
        if (compressed.size() > 0) {
            chunk("IDAT", compressed.toByteArray(), compressed.size());
            compressed.reset();
        }
    }

    private void chunk(String type, byte[] data, int length) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data, 0, length);
        out.writeInt(length);
        out.write(typeBytes);
        out.write(data, 0, length);
        out.writeInt((int) crc.getValue());
    }
}
