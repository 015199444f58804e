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
    /** Made once and reused: a new text area for every edit would be styled and skinned again each time. */
    private TextArea area;

    private boolean editing;
    private boolean multiline;
    private Consumer<String> onCommit;

    InPlaceEditor(MapCanvas canvas) {
        this.canvas = canvas;
    }

    boolean isEditing() {
        return editing;
    }

    void edit(Rect mapBounds, String text, boolean multiline, Consumer<String> commit) {
        finish(true);
        if (area == null) {
            area = newArea();
        }
        this.multiline = multiline;
        onCommit = commit;
        area.setText(text);
        area.setStyle("-fx-font-size: " + Math.round(13 * canvas.getZoom()) + "px;");
        editing = true;
        canvas.showFloating(area, mapBounds);
        area.selectAll();
        area.requestFocus();
    }

    private TextArea newArea() {
        TextArea created = new TextArea();
        created.setId("inPlaceEditor");
        created.setWrapText(true);
        created.getStyleClass().add("in-place-editor");
        created.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                finish(false);
            } else if (event.getCode() == KeyCode.ENTER && !(multiline && event.isShiftDown())) {
                event.consume();
                finish(true);
            } else if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                created.insertText(created.getCaretPosition(), "\n");
            }
        });
        created.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && editing) {
                finish(true);
            }
        });
        return created;
    }

    /** Ends editing, keeping the text when {@code commit} is true. */
    void finish(boolean commit) {
        if (!editing) {
            return;
        }
        String text = area.getText();
        Consumer<String> callback = onCommit;
        editing = false;
        onCommit = null;
        canvas.hideFloating();
        canvas.requestFocus();
        if (commit) {
            callback.accept(text);
        }
    }
}
