package org.journeycanvas.io;

/**
 * How much a map file may hold. They keep a hostile or broken file from exhausting memory or time; each is
 * far above what a real map needs (the largest benchmark map has 16,000 cards).
 */
public record FileLimits(
        long maxFileBytes,
        int maxTextLength,
        int maxPhotoLength,
        int maxNestingDepth,
        int maxStages,
        int maxPersonas,
        int maxLanesPerPersona,
        int maxCards,
        int maxListItems) {
    public static final FileLimits DEFAULT =
            new FileLimits(50L * 1024 * 1024, 20_000, 2_000_000, 32, 1_000, 200, 100, 200_000, 200);
}
