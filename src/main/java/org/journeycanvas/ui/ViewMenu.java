package org.journeycanvas.ui;

import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.stage.Stage;
import org.journeycanvas.ui.canvas.MapCanvas;
import org.journeycanvas.ui.comparison.PersonaComparisonWindow;
import org.journeycanvas.ui.matrix.MatrixWindow;

/**
 * Wires the View menu's items beyond zoom and presentation: the strips under the stage headers and the views that
 * turn the map into decisions. Each item's work lives in its own class; this only hands them what they need.
 */
final class ViewMenu {
    private ViewMenu() {}

    static void wire(
            Menu viewMenu,
            Stage owner,
            EditorViewModel editor,
            MapCanvas canvas,
            DialogService dialogs,
            WindowWorkers workers,
            Consumer<String> status) {
        StripMenuItems.bind(viewMenu, editor);
        CurveMenuItems.bind(viewMenu, editor);
        HighlightMenu.wire(viewMenu, owner, editor, status);
        PersonaComparisonWindow.attach(viewMenu, owner, editor, dialogs, workers, status);
        MatrixWindow.wire(viewMenu, owner, editor, canvas, dialogs, workers, status);
    }
}
