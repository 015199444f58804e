package org.journeycanvas.ui.canvas;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Rounds a position to the screen's own pixels, which are smaller than JavaFX's at a display scale above 100 %:
 * the canvas keeps its tiles on them, so that no tile is resampled and the map stays as crisp as when it was
 * painted in one piece.
 */
final class DevicePixels {
    private DevicePixels() {}

    /** A position in JavaFX pixels, rounded to the nearest whole pixel of the screen the node is shown on. */
    static double round(Node node, double position) {
        double scale = scaleOf(node);
        return Math.rint(position * scale) / scale;
    }

    /** Whether a distance in JavaFX pixels is a whole number of the screen's pixels. */
    static boolean isWhole(Node node, double distance) {
        double screenPixels = distance * scaleOf(node);
        return Double.compare(screenPixels, Math.rint(screenPixels)) == 0;
    }

    private static double scaleOf(Node node) {
        Scene scene = node.getScene();
        Window window = scene == null ? null : scene.getWindow();
        double scale = window == null ? 1 : window.getRenderScaleX();
        return scale > 0 ? scale : 1;
    }
}
