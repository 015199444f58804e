package org.journeycanvas.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.journeycanvas.model.PhotoUri;

/**
 * Storyboard pictures decoded for Java2D, shared by every {@link Java2DSurface}: a PNG export paints strips on
 * several threads, each with its own surface, and decoding a picture again for every strip would cost more than
 * painting it. The most recently used pictures are kept, at most {@value #CAPACITY}.
 */
final class DecodedPictures {
    private static final int CAPACITY = 48;

    private static final Map<String, Optional<BufferedImage>> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<BufferedImage>> eldest) {
            return size() > CAPACITY;
        }
    };

    private DecodedPictures() {}

    /** The picture, decoded; null when the URI holds no image Java can read. */
    static BufferedImage of(String dataUri) {
        synchronized (CACHE) {
            Optional<BufferedImage> known = CACHE.get(dataUri);
            if (known != null) {
                return known.orElse(null);
            }
        }
        // Decoded outside the lock, so that one thread's decoding does not hold up another's painting.
        Optional<BufferedImage> decoded = Optional.ofNullable(decode(dataUri));
        synchronized (CACHE) {
            CACHE.put(dataUri, decoded);
        }
        return decoded.orElse(null);
    }

    private static BufferedImage decode(String dataUri) {
        try {
            return ImageIO.read(new ByteArrayInputStream(PhotoUri.bytes(dataUri)));
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
