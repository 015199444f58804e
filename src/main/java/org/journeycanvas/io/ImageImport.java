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

/**
 * What importing a persona photo and a storyboard picture share: reading a PNG or JPEG with a size limit,
 * refusing anything else and pixel bombs before they are decoded, decoding a large image at a fraction of its
 * size, drawing it smaller and encoding it again. Messages come from {@code prefix + "tooLarge"} and the like, so
 * each importer speaks of its own kind of image ({@code photo.error.}, {@code picture.error.}).
 */
final class ImageImport {
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    private static final long MAX_PIXELS = 200_000_000L;

    private final String prefix;

    ImageImport(String messagePrefix) {
        this.prefix = messagePrefix;
    }

    /** The bytes of a file of at most 10 MB. */
    byte[] read(Path file) throws PhotoException {
        String name = String.valueOf(file.getFileName());
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw refused("tooLarge", name);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw refused("unreadable", name, e.getMessage());
        }
    }

    /** Whether the bytes are a PNG (true) or a JPEG (false) by their first bytes; anything else is refused. */
    boolean isPng(byte[] bytes, String name) throws PhotoException {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return true;
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return false;
        }
        throw refused("notAnImage", name);
    }

    /**
     * Decodes an image whose side (the longer one, or the shorter) need not exceed {@code target} pixels by much:
     * a larger one is subsampled while it is read, so a huge image never fills the memory. An image of more than
     * 200 million pixels is refused from its header.
     */
    BufferedImage decode(byte[] bytes, String name, int target, boolean longSide) throws PhotoException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw refused("notAnImage", name);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
                    throw refused("tooManyPixels", name, String.valueOf(width), String.valueOf(height));
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int side = longSide ? Math.max(width, height) : Math.min(width, height);
                int step = Math.max(1, side / target);
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw refused("damaged", name);
        }
    }

    /** The part {@code (x, y, w, h)} of an image drawn at {@code width × height}, with or without transparency. */
    static BufferedImage scaled(
            BufferedImage image, int x, int y, int w, int h, int width, int height, boolean keepTransparency) {
        BufferedImage result = new BufferedImage(
                width, height, keepTransparency ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = result.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!keepTransparency) {
                // A transparent PNG becomes a JPEG on white, as it looks on a page, not on black.
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(image, 0, 0, width, height, x, y, x + w, y + h, null);
        } finally {
            g.dispose();
        }
        return result;
    }

    /** Whether any pixel of the image is not fully opaque. */
    static boolean hasTransparency(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    byte[] encodePng(BufferedImage image, String name) throws PhotoException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw refused("notConverted", name, e.getMessage());
        }
        return out.toByteArray();
    }

    byte[] encodeJpeg(BufferedImage image, String name) throws PhotoException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.88f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw refused("notConverted", name, e.getMessage());
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    PhotoException refused(String reason, Object... args) {
        return new PhotoException(Messages.get(prefix + reason, args));
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
