package org.journeycanvas.ui.canvas;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.image.Image;
import org.journeycanvas.model.PhotoUri;

/**
 * Storyboard pictures and persona photos, decoded once for every surface: the presentation and the print preview
 * make a surface per paint, each of the canvas's tiles is a surface of its own, and decoding a picture per frame
 * or per tile would make panning slow. The most recently drawn are kept.
 */
final class DecodedImages {
    private static final Map<String, Image> PICTURES = cache(48);
    private static final Map<String, Image> PHOTOS = cache(32);

    private DecodedImages() {}

    /** The picture of a data URI, or null when it is not one. */
    static synchronized Image picture(String dataUri) {
        return PICTURES.computeIfAbsent(dataUri, DecodedImages::decode);
    }

    static synchronized Image photo(String dataUri) {
        return PHOTOS.computeIfAbsent(dataUri, DecodedImages::decode);
    }

    private static Map<String, Image> cache(int size) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
                return size() > size;
            }
        };
    }

    private static Image decode(String dataUri) {
        try {
            return new Image(new ByteArrayInputStream(PhotoUri.bytes(dataUri)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
