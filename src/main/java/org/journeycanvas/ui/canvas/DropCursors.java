package org.journeycanvas.ui.canvas;

import javafx.scene.Cursor;
import javafx.scene.ImageCursor;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** The cursor that says "nothing fits here": a circle with a bar, since JavaFX has none built in. */
final class DropCursors {
    private static Cursor notAllowed;

    private DropCursors() {}

    static Cursor notAllowed() {
        if (notAllowed == null && "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))) {
            // The headless Monocle platform (tests) cannot make image cursors; nobody sees a cursor there anyway.
            notAllowed = Cursor.DEFAULT;
        }
        if (notAllowed == null) {
            Canvas canvas = new Canvas(24, 24);
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.setStroke(Color.WHITE);
            gc.setLineWidth(5);
            gc.strokeOval(3, 3, 18, 18);
            gc.strokeLine(6, 18, 18, 6);
            gc.setStroke(Color.web("#D1242F"));
            gc.setLineWidth(2.5);
            gc.strokeOval(3, 3, 18, 18);
            gc.strokeLine(6, 18, 18, 6);
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(Color.TRANSPARENT);
            notAllowed = new ImageCursor(canvas.snapshot(parameters, null), 12, 12);
        }
        return notAllowed;
    }
}
