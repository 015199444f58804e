package org.journeycanvas.io;

/** The envelope of a map file: {@code {"type": "journey-canvas", "version": N, "map": {…}}}. */
public final class MapFormat {
    public static final String TYPE = "journey-canvas";
    /** The version this app writes, and the newest it reads. */
    public static final int CURRENT_VERSION = 2;

    public static final String FILE_EXTENSION = ".journey";

    private MapFormat() {}
}
