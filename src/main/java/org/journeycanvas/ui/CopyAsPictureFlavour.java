package org.journeycanvas.ui;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import org.journeycanvas.export.pages.MapPage;
import org.journeycanvas.export.svg.SvgDrawing;
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

    String SVG_TYPE = "image/svg+xml";

    /** The picture as an image, which JavaFX offers in the platform's own image formats. */
    CopyAsPictureFlavour BITMAP = (content, picture, index) ->
            content.putImage(PageCanvas.image(picture, index, PageCanvas.fittingScale(picture, BITMAP_SCALE)));

    /**
     * The picture as an SVG document, under the type drawing programs and office suites take it by
     * ({@code image/svg+xml}); where the platform's clipboard does not carry it, the bitmap still pastes.
     */
    CopyAsPictureFlavour SVG = (content, picture, index) -> content.put(
            svgFormat(),
            // Raw bytes: any other object JavaFX would hand to other programs in Java's own serialized form.
            ByteBuffer.wrap(SvgDrawing.document(picture, index, null).getBytes(StandardCharsets.UTF_8)));

    /** The clipboard type of SVG, made once per run (JavaFX refuses a second format of the same name). */
    static DataFormat svgFormat() {
        DataFormat known = DataFormat.lookupMimeType(SVG_TYPE);
        return known != null ? known : new DataFormat(SVG_TYPE);
    }

    /** Adds this form of the picture to what goes on the clipboard. Called on the JavaFX thread. */
    void addTo(ClipboardContent content, MapPage picture, MapIndex index);
}
