package org.journeycanvas.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.poi.sl.usermodel.PictureData;
import org.journeycanvas.model.PhotoUri;

/**
 * A storyboard card's picture as an office document embeds it: the encoded PNG or JPEG as it is in the map (never
 * decoded and encoded again), and its size in pixels, read from its header, to fit it into its frame.
 */
final class CardPicture {
    private final byte[] bytes;
    private final boolean png;
    private final int width;
    private final int height;

    private CardPicture(byte[] bytes, boolean png, int width, int height) {
        this.bytes = bytes;
        this.png = png;
        this.width = width;
        this.height = height;
    }

    /** The picture in a data URI; null when it holds no PNG or JPEG that can be read. */
    static CardPicture of(String dataUri) {
        byte[] bytes;
        try {
            bytes = PhotoUri.bytes(dataUri);
        } catch (IllegalArgumentException e) {
            return null;
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
                boolean png = format.equals("png");
                if (!png && !format.startsWith("jp")) {
                    return null;
                }
                return new CardPicture(bytes, png, reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    byte[] bytes() {
        return bytes.clone();
    }

    boolean isPng() {
        return png;
    }

    PictureData.PictureType slideType() {
        return png ? PictureData.PictureType.PNG : PictureData.PictureType.JPEG;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }
}
