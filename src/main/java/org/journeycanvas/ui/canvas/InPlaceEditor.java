package org.journeycanvas.ui.canvas;

import java.util.function.Consumer;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.journeycanvas.layout.Rect;

/**
 * Edits a card's text or a stage's name right where it is drawn. Enter commits (Shift+Enter starts a new line
 * in a card), Esc cancels, and clicking elsewhere commits.
 */
final class InPlaceEditor {
    private final MapCanvas canvas;
    private TextArea field;
    private Consumer<String> onCommit;

    InPlaceEditor(MapCanvas canvas) {
        this.canvas = canvas;
    }

    boolean isEditing() {
        return field != null;
    }

    void edit(Rect mapBounds, String text, boolean multiline, Consumer<String> commit) {
        finish(true);
        onCommit = commit;
        TextArea area = new TextArea(text);
        area.setId("inPlaceEditor");
        area.setWrapText(true);
        area.getStyleClass().add("in-place-editor");
        area.setStyle("-fx-font-size: " + Math.round(13 * canvas.getZoom()) + "px;");
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                finish(false);
            } else if (event.getCode() == KeyCode.ENTER && !(multiline && event.isShiftDown())) {
                event.consume();
                finish(true);
            } else if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                area.insertText(area.getCaretPosition(), "\n");
            }
        });
        area.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && field == area) {
                finish(true);
            }
        });
        field = area;
        canvas.showFloating(area, mapBounds);
        area.selectAll();
        area.requestFocus();
    }

    /** Ends editing, keeping the text when {@code commit} is true. */
    void finish(boolean commit) {
        if (field == null) {
            return;
        }
        TextArea done = field;
        Consumer<String> callback = onCommit;
        field = null;
        onCommit = null;
        canvas.hideFloating();
        canvas.requestFocus();
        if (commit) {
            callback.accept(done.getText());
        }
    }
}
