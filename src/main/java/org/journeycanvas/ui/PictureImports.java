package org.journeycanvas.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.PhotoException;
import org.journeycanvas.io.StoryboardPictures;
import org.journeycanvas.ui.PictureActions.Picture;
import org.journeycanvas.ui.PictureActions.Spot;

/**
 * Imports pictures for the storyboard — dropped files, the clipboard's image, a file chosen in the inspector — on
 * a background thread (they are decoded, scaled and encoded), then puts them on the map through
 * {@link PictureActions} as one undo step. A file that is not a PNG or JPEG, or an image refused, is one message in
 * the status bar, and nothing changes.
 */
public final class PictureImports {
    /** A clipboard image larger than this on its long side is read at a fraction of its pixels. */
    private static final int CLIPBOARD_READ_SIDE = 2 * StoryboardPictures.MAX_SIDE;

    private final PictureActions actions;
    private final Executor background;
    private final Consumer<String> status;

    public PictureImports(PictureActions actions, Executor background, Consumer<String> status) {
        this.actions = actions;
        this.background = background;
        this.status = status;
    }

    /** Whether a file's name says it is a picture this importer takes. */
    public static boolean isPictureFile(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg");
    }

    /** Imports files, each becoming a picture captioned with its name. */
    public void importFiles(List<Path> files, Spot spot) {
        if (files.isEmpty()) {
            return;
        }
        status.accept(Messages.get(
                "picture.status.importing", String.valueOf(files.get(0).getFileName())));
        run(
                () -> {
                    List<Picture> pictures = new ArrayList<>();
                    for (Path file : files) {
                        pictures.add(new Picture(StoryboardPictures.importPicture(file), caption(file)));
                    }
                    return pictures;
                },
                spot);
    }

    /** Imports the clipboard's image; read here, on the JavaFX thread, encoded in the background. */
    public void importImage(Image image, Spot spot) {
        BufferedImage pixels = pixels(image);
        String name = Messages.get("picture.clipboard");
        run(
                () -> List.of(new Picture(
                        StoryboardPictures.importPicture(pixels, name), Messages.get("new.card.STORYBOARD"))),
                spot);
    }

    private interface Importing {
        List<Picture> call() throws PhotoException;
    }

    private void run(Importing importing, Spot spot) {
        Task<List<Picture>> task = new Task<>() {
            @Override
            protected List<Picture> call() throws PhotoException {
                return importing.call();
            }
        };
        task.setOnSucceeded(event -> status.accept(actions.put(task.getValue(), spot)
                .orElse(Messages.get("picture.status.notAdded", Messages.get("picture.status.needsCell")))));
        task.setOnFailed(event -> {
            Throwable failure = task.getException();
            status.accept(Messages.get(
                    "picture.status.notAdded",
                    failure instanceof PhotoException ? failure.getMessage() : String.valueOf(failure)));
        });
        background.execute(task);
    }

    /** The file's name without its extension: "checkout-screen.png" is captioned "checkout-screen". */
    private static String caption(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The image's pixels; a huge one every n-th pixel, so that a screenshot of a wall of screens stays small. */
    private static BufferedImage pixels(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int step = Math.max(1, (int) Math.ceil(Math.max(width, height) / (double) CLIPBOARD_READ_SIDE));
        int outWidth = Math.max(1, width / step);
        int outHeight = Math.max(1, height / step);
        BufferedImage result = new BufferedImage(outWidth, outHeight, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        if (reader == null) {
            return result;
        }
        for (int y = 0; y < outHeight; y++) {
            for (int x = 0; x < outWidth; x++) {
                result.setRGB(x, y, reader.getArgb(x * step, y * step));
            }
        }
        return result;
    }
}
