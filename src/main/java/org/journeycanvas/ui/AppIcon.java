package org.journeycanvas.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The app's icon (drawn in {@code assets/icons/}) at the sizes window systems pick from for title bars, task
 * switchers and docks. Dialogs owned by a window show their owner's icon.
 */
public final class AppIcon {
    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};
    private static CompletableFuture<List<Image>> images;

    private AppIcon() {}

    /**
     * Starts decoding the icons on a spare core, so the window does not wait for them while it is built. Needs the
     * JavaFX toolkit running (images are the toolkit's).
     */
    public static synchronized void decodeAhead() {
        if (images == null) {
            images = CompletableFuture.supplyAsync(AppIcon::decode);
        }
    }

    public static void applyTo(Stage stage) {
        stage.getIcons().setAll(images());
    }

    static List<Image> images() {
        synchronized (AppIcon.class) {
            if (images == null) {
                images = CompletableFuture.completedFuture(decode());
            }
        }
        return images.join();
    }

    private static List<Image> decode() {
        List<Image> decoded = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in =
                    AppIcon.class.getResourceAsStream("/org/journeycanvas/icons/journey-canvas-" + size + ".png")) {
                if (in != null) {
                    decoded.add(new Image(in));
                }
            } catch (IOException e) {
                // A missing size is left out; the window system scales one of the others.
            }
        }
        return List.copyOf(decoded);
    }
}
