package org.journeycanvas.ui;

import javafx.event.EventHandler;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.journeycanvas.layout.ViewOptions;

/**
 * Escape takes an opportunity highlight away, but only when nothing else wanted the key: it is handled as the
 * event bubbles up to the window, so a drag being cancelled or a selection being cleared consumes it first, and
 * a text field keeps it for itself.
 */
final class HighlightEscape {
    private HighlightEscape() {}

    static void install(Stage window, EditorViewModel editor) {
        EventHandler<KeyEvent> escape = event -> {
            ViewOptions options = editor.viewOptionsProperty().get();
            boolean typing = window.getScene() != null && window.getScene().getFocusOwner() instanceof TextInputControl;
            if (event.getCode() == KeyCode.ESCAPE && !typing && options.highlight() != null) {
                editor.viewOptionsProperty().set(options.withHighlight(null));
                event.consume();
            }
        };
        window.addEventHandler(KeyEvent.KEY_PRESSED, escape);
        // The window's stage may outlive this window (tests reuse one stage): let go of the editor when it goes.
        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent hidden) {
                window.removeEventHandler(KeyEvent.KEY_PRESSED, escape);
                window.removeEventHandler(WindowEvent.WINDOW_HIDDEN, this);
            }
        });
    }
}
