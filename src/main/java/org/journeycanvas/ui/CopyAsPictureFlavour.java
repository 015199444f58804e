package org.journeycanvas.ui;

import javafx.scene.input.ClipboardContent;
import org.journeycanvas.export.pages.MapPage;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.ui.print.PageCanvas;

/**
 * One form of the picture that Edit → Copy as Picture puts on the clipboard. Each form draws the same page (what
 * the picture shows, in map units) with the page painter: the bitmap on a JavaFX canvas, a vector form (SVG, PDF)
 * on the surface of its exporter, under its own {@link javafx.scene.input.DataFormat}.
 */
@FunctionalInterface
interface CopyAsPictureFlavour {
    /** Twice the map's size: crisp on slides and on high-density screens. */
    double BITMAP_SCALE = 2;

    /** The picture as an image, which JavaFX offers in the platform's own image formats. */
    CopyAsPictureFlavour BITMAP = (content, picture, index) ->
            content.putImage(PageCanvas.image(picture, index, PageCanvas.fittingScale(picture, BITMAP_SCALE)));

    /** Adds this form of the picture to what goes on the clipboard. Called on the JavaFX thread. */
    void addTo(ClipboardContent content, MapPage picture, MapIndex index);
}
