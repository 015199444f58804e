package org.journeycanvas.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.PhotoUri;

/**
 * Finds the pictures of a map whose data cannot be shown: the reader accepts any {@code data:image/png} or JPEG URI
 * (the window shows a placeholder), but {@code validate} reports each one, decoded as a photo import decodes it, at
 * its place in the file.
 */
public final class PictureCheck {
    private final JsonLocator locator;

    public PictureCheck() {
        this.locator = new JsonLocator(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(
                                Math.max(FileLimits.DEFAULT.maxPhotoLength(), FileLimits.DEFAULT.maxTextLength()))
                        .maxNestingDepth(FileLimits.DEFAULT.maxNestingDepth())
                        .build())
                .build());
    }

    /**
     * One problem for each picture of the map read from {@code file} that is not a decodable PNG or JPEG, named
     * {@code FILE:LINE:COLUMN: map.personas[0].photo: …}. The file is read again only to place a problem.
     */
    public List<MapFileException> unreadable(JourneyMap map, Path file) throws MapFileException {
        List<String> paths = unreadablePaths(map);
        if (paths.isEmpty()) {
            return List.of();
        }
        String source = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new MapFileException(source, Messages.get("file.error.unreadable", e.getMessage()));
        }
        List<MapFileException> problems = new ArrayList<>();
        for (String path : paths) {
            String problem = path + ": " + Messages.get("validate.picture.unreadable");
            JsonLocator.Place place = locator.locate(bytes, path).orElse(null);
            problems.add(
                    place == null
                            ? new MapFileException(source, problem)
                            : new MapFileException(source, place.line(), place.column(), problem));
        }
        return problems;
    }

    private static final ImageImport IMAGES = new ImageImport("photo.error.");
    /** Large pictures are decoded at a fraction of their size: whether they decode is all this asks. */
    private static final int DECODE_TARGET = 256;

    /** The JSON paths of the map's pictures that cannot be decoded. */
    static List<String> unreadablePaths(JourneyMap map) {
        List<String> paths = new ArrayList<>();
        forEachUnreadable(map, (path, name) -> paths.add(path));
        return paths;
    }

    /**
     * The map's pictures that cannot be decoded, named as users know them ("the photo of Dana", "the picture of
     * “Welcome pack”"): what the window says once when it opens such a map and shows placeholders.
     */
    public static List<String> unreadableNames(JourneyMap map) {
        List<String> names = new ArrayList<>();
        forEachUnreadable(map, (path, name) -> names.add(name));
        return names;
    }

    private static void forEachUnreadable(JourneyMap map, BiConsumer<String, String> found) {
        for (int p = 0; p < map.personas().size(); p++) {
            Persona persona = map.personas().get(p);
            if (persona.photo() != null && !decodable(persona.photo())) {
                found.accept("map.personas[" + p + "].photo", Messages.get("picture.unreadable.photo", persona.name()));
            }
            for (int l = 0; l < persona.lanes().size(); l++) {
                List<Card> cards = persona.lanes().get(l).cards();
                for (int c = 0; c < cards.size(); c++) {
                    Card card = cards.get(c);
                    if (card.picture() != null && !decodable(card.picture())) {
                        found.accept(
                                "map.personas[" + p + "].lanes[" + l + "].cards[" + c + "].picture",
                                Messages.get("picture.unreadable.card", card.text()));
                    }
                }
            }
        }
    }

    /** Whether a picture's data URI holds a PNG or JPEG image that decodes. */
    public static boolean decodable(String dataUri) {
        try {
            return IMAGES.decode(PhotoUri.bytes(dataUri), "", DECODE_TARGET, true) != null;
        } catch (PhotoException | IllegalArgumentException e) {
            return false;
        }
    }
}
