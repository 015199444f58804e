package org.journeycanvas.ui.canvas;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.DoubleSupplier;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.journeycanvas.layout.Rect;

/**
 * A control shown over the map at a map rectangle (the in-place text editor), placed again whenever the map pans
 * or zooms. A hidden control stays among the canvas's children, so showing it again does not style it again.
 */
final class FloatingControl {
    private static final double MIN_WIDTH = 80;
    private static final double MIN_HEIGHT = 28;

    private final List<Node> children;
    private final BiFunction<Double, Double, Point2D> toLocal;
    private final DoubleSupplier zoom;
    private Region control;
    private Rect mapBounds;

    FloatingControl(List<Node> children, BiFunction<Double, Double, Point2D> toLocal, DoubleSupplier zoom) {
        this.children = children;
        this.toLocal = toLocal;
        this.zoom = zoom;
    }

    void show(Region newControl, Rect bounds) {
        if (control != newControl) {
            if (control != null) {
                children.remove(control);
            }
            control = newControl;
            children.add(newControl);
        }
        mapBounds = bounds;
        newControl.setVisible(true);
    }

    void hide() {
        if (control != null) {
            control.setVisible(false);
            mapBounds = null;
        }
    }

    /** Puts the shown control where its map rectangle is now on screen. */
    void place() {
        if (mapBounds == null) {
            return;
        }
        Point2D topLeft = toLocal.apply(mapBounds.x(), mapBounds.y());
        double scale = zoom.getAsDouble();
        control.resizeRelocate(
                topLeft.getX(),
                topLeft.getY(),
                Math.max(MIN_WIDTH, mapBounds.width() * scale),
                Math.max(MIN_HEIGHT, mapBounds.height() * scale));
    }
}
