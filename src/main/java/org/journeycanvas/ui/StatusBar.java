package org.journeycanvas.ui;

import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.ui.canvas.MapCanvas;

/**
 * The status bar's right side: how many cards the map has, whether all is saved, and the zoom. Kept up to date by
 * listeners rather than JavaFX's {@code Bindings}: the status bar is in the first frame, and that class brings a
 * hundred more to load and verify before it.
 */
final class StatusBar {
    private StatusBar() {}

    static void bind(EditorViewModel editor, MapCanvas canvas, Label cardCount, Label fileState, Label zoom) {
        follow(
                cardCount,
                editor.mapProperty(),
                () -> Messages.plural("count.cards", editor.getMap().cardCount()));
        String unsaved = Messages.get("status.unsavedChanges");
        String saved = Messages.get("status.allSaved");
        follow(fileState, editor.dirtyProperty(), () -> editor.isDirty() ? unsaved : saved);
        follow(zoom, canvas.zoomProperty(), () -> Messages.get("status.zoom", Math.round(canvas.getZoom() * 100)));
    }

    /** Shows {@code text} in the label now and again whenever {@code source} changes. */
    private static void follow(Label label, ObservableValue<?> source, Supplier<String> text) {
        label.setText(text.get());
        source.addListener((observable, was, now) -> label.setText(text.get()));
    }
}
