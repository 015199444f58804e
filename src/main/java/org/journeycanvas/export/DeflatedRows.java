package org.journeycanvas.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import java.util.zip.Adler32;
import java.util.zip.Deflater;

/**
 * A run of PNG rows, filtered and deflated on its own so that strips of one image can be compressed on several
 * cores at once and then joined: every run but the last ends on a byte boundary (a sync flush) without ending
 * the stream, and carries the Adler-32 of its uncompressed bytes for the stream's checksum.
 */
record DeflatedRows(byte[] bytes, int length, long adler32, long rawLength) {
    private static final int ADLER_BASE = 65521;
    private static final int FILTER_SUB = 1;

    /** Filters and deflates the first {@code rows} rows of a strip ({@code TYPE_INT_ARGB}, as wide as the image). */
    static DeflatedRows encode(BufferedImage strip, int rows, boolean lastOfImage) {
        byte[] raw = filtered(strip, rows);
        Adler32 checksum = new Adler32();
        checksum.update(raw);
        // The image is large and mostly flat colour: more compression effort buys little.
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(raw);
            if (lastOfImage) {
                deflater.finish();
            }
            byte[] out = new byte[Math.max(64 * 1024, raw.length / 16)];
            int length = 0;
            while (true) {
                if (length == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                int space = out.length - length;
                int written =
                        deflater.deflate(out, length, space, lastOfImage ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
                length += written;
                boolean done = lastOfImage ? deflater.finished() : written < space;
                if (done) {
                    return new DeflatedRows(out, length, checksum.getValue(), raw.length);
                }
            }
        } finally {
            deflater.end();
        }
    }

    /**
     * The Adler-32 of two byte runs one after the other, from the checksum of each: the first sum adds up, and
     * the second sum gains the first run's sum once for every byte of the second run.
     */
    static long combineAdler32(long first, long second, long secondLength) {
        long firstA = first & 0xFFFF;
        long firstB = first >>> 16;
        long secondA = second & 0xFFFF;
        long secondB = second >>> 16;
        long a = Math.floorMod(firstA + secondA - 1, ADLER_BASE);
        long b = Math.floorMod(
                firstB + secondB + (secondLength % ADLER_BASE) * Math.floorMod(firstA - 1, ADLER_BASE), ADLER_BASE);
        return (b << 16) | a;
    }

    /** The rows with the PNG "sub" filter: each byte minus the same channel of the pixel to its left. */
    private static byte[] filtered(BufferedImage strip, int rows) {
        int width = strip.getWidth();
        int[] data = ((DataBufferInt) strip.getRaster().getDataBuffer()).getData();
        int rowLength = 1 + width * 4;
        byte[] raw = new byte[rows * rowLength];
        for (int y = 0; y < rows; y++) {
            int pixel = y * width;
            int at = y * rowLength;
            raw[at++] = FILTER_SUB;
            int previous = 0;
            for (int x = 0; x < width; x++) {
                int argb = data[pixel + x];
                raw[at] = (byte) ((argb >> 16) - (previous >> 16));
                raw[at + 1] = (byte) ((argb >> 8) - (previous >> 8));
                raw[at + 2] = (byte) (argb - previous);
                raw[at + 3] = (byte) ((argb >>> 24) - (previous >>> 24));
                at += 4;
                previous = argb;
            }
        }
        return raw;
    }
}
