package org.journeycanvas.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.ui.canvas.MapCanvas;

/**
 * Edit → Copy as Picture: puts a picture of the selection (or, with nothing selected, of the stages in view) on
 * the clipboard, ready to paste into slides or a mail. It changes nothing in the map, so there is nothing to undo.
 */
final class CopyAsPicture {
    private final EditorViewModel editor;
    private final MapCanvas canvas;
    private final Clipboard clipboard;
    private final Consumer<String> status;
    private final List<CopyAsPictureFlavour> flavours;

    CopyAsPicture(EditorViewModel editor, MapCanvas canvas, Clipboard clipboard, Consumer<String> status) {
        this(editor, canvas, clipboard, status, List.of(CopyAsPictureFlavour.BITMAP, CopyAsPictureFlavour.SVG));
    }

    CopyAsPicture(
            EditorViewModel editor,
            MapCanvas canvas,
            Clipboard clipboard,
            Consumer<String> status,
            List<CopyAsPictureFlavour> flavours) {
        this.editor = editor;
        this.canvas = canvas;
        this.clipboard = clipboard;
        this.status = status;
        this.flavours = List.copyOf(flavours);
    }

    void copy() {
        if (canvas.geometry() == null) {
            return;
        }
        double zoom = canvas.getZoom();
        double left = -canvas.toLocal(0, 0).getX() / zoom;
        double right = left + canvas.viewportWidth() / zoom;
        CopyAsPictureArea.Area area =
                CopyAsPictureArea.of(canvas.map(), canvas.geometry(), editor.getSelection(), left, right);
        MapIndex index = new MapIndex(canvas.map());
        ClipboardContent content = new ClipboardContent();
        for (CopyAsPictureFlavour flavour : flavours) {
            flavour.addTo(content, area.page(), index);
        }
        clipboard.setContent(content);
        status.accept(area.description());
    }
}
