package org.journeycanvas.io;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.journeycanvas.model.PhotoUri;

/**
 * Turns a PNG or JPEG file into a persona photo: cropped to a centred square, scaled down to at most 256×256
 * and embedded as a data URI, so a map file stays self-contained. Anything else is refused with a message.
 */
public final class PersonaPhotos {
    public static final long MAX_FILE_BYTES = ImageImport.MAX_FILE_BYTES;
    public static final int SIZE = 256;
    /** Large images are decoded at a fraction of their size, so a huge one never fills the memory. */
    private static final int DECODE_TARGET = 2 * SIZE;

    private static final ImageImport IMAGES = new ImageImport("photo.error.");

    private PersonaPhotos() {}

    public static String importPhoto(Path file) throws PhotoException {
        String name = String.valueOf(file.getFileName());
        byte[] bytes = IMAGES.read(file);
        boolean png = IMAGES.isPng(bytes, name);
        BufferedImage image = IMAGES.decode(bytes, name, DECODE_TARGET, false);
        int side = Math.min(image.getWidth(), image.getHeight());
        int x = (image.getWidth() - side) / 2;
        int y = (image.getHeight() - side) / 2;
        int target = Math.min(SIZE, side);
        BufferedImage square = ImageImport.scaled(image, x, y, side, side, target, target, png);
        byte[] encoded = png ? IMAGES.encodePng(square, name) : IMAGES.encodeJpeg(square, name);
        return PhotoUri.of(encoded, png);
    }
}
