package org.journeycanvas.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The app's icon (drawn in {@code assets/icons/}) at the sizes window systems pick from for title bars, task
 * switchers and docks. Dialogs owned by a window show their owner's icon.
 */
public final class AppIcon {
    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};
    private static List<Image> images;

    private AppIcon() {
    }

    public static void applyTo(Stage stage) {
        stage.getIcons().setAll(images());
    }

    static synchronized List<Image> images() {
        if (images == null) {
            List<Image> loaded = new ArrayList<>();
            for (int size : SIZES) {
                try (InputStream in = AppIcon.class.getResourceAsStream(
                        "/org/journeycanvas/icons/journey-canvas-" + size + ".png")) {
                    if (in != null) {
                        loaded.add(new Image(in));
                    }
                } catch (IOException e) {
                    // A missing size is left out; the window system scales one of the others.
                }
            }
            images = List.copyOf(loaded);
        }
        return images;
    }
}
