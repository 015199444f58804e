package org.journeycanvas.ui;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.journeycanvas.layout.ViewOptions;

/**
 * Escape takes an opportunity highlight away, but only when nothing else wanted the key: it is handled as the
 * event bubbles up to the window, so a drag being cancelled or a selection being cleared consumes it first, and
 * a text field keeps it for itself.
 */
final class HighlightEscape {
    private HighlightEscape() {}

    static void install(Stage window, EditorViewModel editor) {
        window.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            ViewOptions options = editor.viewOptionsProperty().get();
            boolean typing = window.getScene() != null && window.getScene().getFocusOwner() instanceof TextInputControl;
            if (event.getCode() == KeyCode.ESCAPE && !typing && options.highlight() != null) {
                editor.viewOptionsProperty().set(options.withHighlight(null));
                event.consume();
            }
        });
    }
}
