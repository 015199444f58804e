package org.journeycanvas.io;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.PhotoUri;

/**
 * Turns a PNG or JPEG file into a persona photo: cropped to a centred square, scaled down to at most 256×256
 * and embedded as a data URI, so a map file stays self-contained. Anything else is refused with a message.
 */
public final class PersonaPhotos {
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    public static final int SIZE = 256;
    /** Large images are decoded at a fraction of their size, so a huge one never fills the memory. */
    private static final int DECODE_TARGET = 2 * SIZE;

    private static final long MAX_PIXELS = 200_000_000L;

    private PersonaPhotos() {}

    public static String importPhoto(Path file) throws PhotoException {
        String name = String.valueOf(file.getFileName());
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new PhotoException(Messages.get("photo.error.tooLarge", name));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PhotoException(Messages.get("photo.error.unreadable", name, e.getMessage()));
        }
        boolean png = startsWith(bytes, 0x89, 'P', 'N', 'G');
        boolean jpeg = startsWith(bytes, 0xFF, 0xD8, 0xFF);
        if (!png && !jpeg) {
            throw new PhotoException(Messages.get("photo.error.notAnImage", name));
        }
        BufferedImage image = decode(bytes, name);
        BufferedImage square = cropAndScale(image, png);
        byte[] encoded = png ? encodePng(square, name) : encodeJpeg(square, name);
        return PhotoUri.of(encoded, png);
    }

    /**
     * Decodes a PNG or JPEG image, refusing one that claims more pixels than {@link #MAX_PIXELS} before decoding
     * it, and subsampling a large one so that it never fills the memory. Also checks the pictures a map file holds.
     */
    static BufferedImage decode(byte[] bytes, String name) throws PhotoException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new PhotoException(Messages.get("photo.error.notAnImage", name));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
                    throw new PhotoException(Messages.get(
                            "photo.error.tooManyPixels", name, String.valueOf(width), String.valueOf(height)));
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.min(width, height) / DECODE_TARGET);
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new PhotoException(Messages.get("photo.error.damaged", name));
        }
    }

    private static BufferedImage cropAndScale(BufferedImage image, boolean keepTransparency) {
        int side = Math.min(image.getWidth(), image.getHeight());
        int x = (image.getWidth() - side) / 2;
        int y = (image.getHeight() - side) / 2;
        int target = Math.min(SIZE, side);
        BufferedImage result = new BufferedImage(
                target, target, keepTransparency ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = result.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, target, target, x, y, x + side, y + side, null);
        } finally {
            g.dispose();
        }
        return result;
    }

    private static byte[] encodePng(BufferedImage image, String name) throws PhotoException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new PhotoException(Messages.get("photo.error.notConverted", name, e.getMessage()));
        }
        return out.toByteArray();
    }

    private static byte[] encodeJpeg(BufferedImage image, String name) throws PhotoException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.88f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new PhotoException(Messages.get("photo.error.notConverted", name, e.getMessage()));
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
