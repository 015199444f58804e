package org.journeycanvas.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.ui.canvas.MapCanvas;

/** The status bar's right side: how many cards the map has, whether all is saved, and the zoom. */
final class StatusBar {
    private StatusBar() {}

    static void bind(EditorViewModel editor, MapCanvas canvas, Label cardCount, Label fileState, Label zoom) {
        cardCount
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> Messages.plural("count.cards", editor.getMap().cardCount()), editor.mapProperty()));
        fileState
                .textProperty()
                .bind(Bindings.when(editor.dirtyProperty())
                        .then(Messages.get("status.unsavedChanges"))
                        .otherwise(Messages.get("status.allSaved")));
        zoom.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> Messages.get("status.zoom", Math.round(canvas.getZoom() * 100)), canvas.zoomProperty()));
    }
}
