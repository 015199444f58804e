package org.journeycanvas.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.journeycanvas.export.pages.MapPage;
import org.journeycanvas.export.vector.VectorTextMeasurer;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.MapLayout;
import org.journeycanvas.layout.TextWrapper;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.ui.canvas.MapCanvas;

/**
 * Edit → Copy as Picture: puts a picture of the selection (or, with nothing selected, of the stages in view) on
 * the clipboard, ready to paste into slides or a mail. It changes nothing in the map, so there is nothing to undo.
 */
final class CopyAsPicture {
    /** Lays the map out as its SVG draws it; it remembers the widths of words, so it is kept between copies. */
    private final MapLayout vectorLayout =
            new MapLayout(new TextWrapper(new VectorTextMeasurer()), LayoutStyle.DEFAULT);

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
        MapIndex index = MapIndex.of(canvas.map());
        ClipboardContent content = new ClipboardContent();
        MapPage vectorPicture = null;
        for (CopyAsPictureFlavour flavour : flavours) {
            MapPage picture = area.page();
            if (flavour.vectorLayout()) {
                if (vectorPicture == null) {
                    // Stages have the same width in every layout, so the stages in view are the same ones.
                    MapGeometry geometry = vectorLayout.layout(canvas.map(), canvas.viewOptions());
                    vectorPicture = CopyAsPictureArea.of(canvas.map(), geometry, editor.getSelection(), left, right)
                            .page();
                }
                picture = vectorPicture;
            }
            flavour.addTo(content, picture, index);
        }
        clipboard.setContent(content);
        status.accept(area.description());
    }
}
