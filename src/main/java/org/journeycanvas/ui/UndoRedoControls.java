package org.journeycanvas.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;

/** Edit → Undo and Redo and their tool bar buttons: named after what they would undo, disabled when nothing. */
final class UndoRedoControls {
    private UndoRedoControls() {}

    static void bind(
            EditorViewModel editor, MenuItem undoItem, MenuItem redoItem, Button undoButton, Button redoButton) {
        bind(undoItem, undoButton, editor.undoTextProperty(), editor.canUndoProperty());
        bind(redoItem, redoButton, editor.redoTextProperty(), editor.canRedoProperty());
    }

    private static void bind(
            MenuItem item, Button button, ReadOnlyStringProperty text, ReadOnlyBooleanProperty possible) {
        item.textProperty().bind(text);
        item.disableProperty().bind(possible.not());
        button.disableProperty().bind(possible.not());
        button.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(text.get()), text));
    }
}
