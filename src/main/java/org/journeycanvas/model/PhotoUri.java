package org.journeycanvas.model;

import java.util.Base64;

/** A persona photo embedded in the map file as a {@code data:image/png;base64,…} or JPEG data URI. */
public final class PhotoUri {
    private static final String PNG = "data:image/png;base64,";
    private static final String JPEG = "data:image/jpeg;base64,";

    private PhotoUri() {}

    /** The data URI for an encoded PNG or JPEG image. */
    public static String of(byte[] image, boolean png) {
        return (png ? PNG : JPEG) + Base64.getEncoder().encodeToString(image);
    }

    public static boolean isPhoto(String value) {
        return value.startsWith(PNG) || value.startsWith(JPEG);
    }

    /** The encoded image in a photo URI; throws {@link IllegalArgumentException} when it is not valid base64. */
    public static byte[] bytes(String uri) {
        return Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1));
    }
}
