package org.journeycanvas.io;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.journeycanvas.model.PhotoUri;

/**
 * Turns a PNG or JPEG into a storyboard card's picture: its aspect ratio kept, scaled down so that its long side
 * is at most {@value #MAX_SIDE} pixels, and embedded as a data URI like a persona's photo, under the same limit
 * ({@link FileLimits#maxPhotoLength()}). A PNG stays a PNG unless it would not fit: then an opaque one becomes a
 * JPEG and a transparent one is made smaller. A JPEG stays a JPEG. Anything else is refused with a message.
 */
public final class StoryboardPictures {
    public static final int MAX_SIDE = 1024;

    private static final ImageImport IMAGES = new ImageImport("picture.error.");

    private StoryboardPictures() {}

    /** The picture in a file of at most 10 MB. */
    public static String importPicture(Path file) throws PhotoException {
        return importPicture(IMAGES.read(file), String.valueOf(file.getFileName()));
    }

    /** The picture in encoded bytes (a PNG or a JPEG); {@code name} says which in a message. */
    public static String importPicture(byte[] bytes, String name) throws PhotoException {
        if (bytes.length > ImageImport.MAX_FILE_BYTES) {
            throw IMAGES.refused("tooLarge", name);
        }
        boolean png = IMAGES.isPng(bytes, name);
        return picture(IMAGES.decode(bytes, name, MAX_SIDE, true), png, name);
    }

    /** The picture of an image already in memory (the clipboard's), kept as a PNG where it fits. */
    public static String importPicture(BufferedImage image, String name) throws PhotoException {
        if (image.getWidth() <= 0 || image.getHeight() <= 0) {
            throw IMAGES.refused("damaged", name);
        }
        return picture(image, true, name);
    }

    private static String picture(BufferedImage image, boolean png, String name) throws PhotoException {
        int maxLength = FileLimits.DEFAULT.maxPhotoLength();
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
        boolean transparent = png && ImageImport.hasTransparency(image);
        while (true) {
            BufferedImage scaled = scaledBy(image, scale, transparent);
            if (png) {
                String uri = PhotoUri.of(IMAGES.encodePng(scaled, name), true);
                if (uri.length() <= maxLength) {
                    return uri;
                }
                if (!transparent) {
                    png = false;
                    continue;
                }
            } else {
                String uri = PhotoUri.of(IMAGES.encodeJpeg(scaled, name), false);
                if (uri.length() <= maxLength) {
                    return uri;
                }
            }
            if (scaled.getWidth() <= 1 && scaled.getHeight() <= 1) {
                throw IMAGES.refused("notConverted", name, "");
            }
            scale *= 0.75;
        }
    }

    private static BufferedImage scaledBy(BufferedImage image, double scale, boolean keepTransparency) {
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        return ImageImport.scaled(image, 0, 0, image.getWidth(), image.getHeight(), width, height, keepTransparency);
    }
}
