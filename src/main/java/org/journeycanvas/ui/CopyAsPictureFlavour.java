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
 * The forms of the picture that Edit → Copy as Picture puts on the clipboard. Each draws the same part of the map
 * with the page painter: the bitmap on a JavaFX canvas, laid out as the screen shows it; the SVG on its exporter's
 * surface, laid out with the widths of the font it names, so its text fits its cards.
 */
enum CopyAsPictureFlavour {
    /** The picture as an image, which JavaFX offers in the platform's own image formats. */
    BITMAP(false) {
        @Override
        void addTo(ClipboardContent content, MapPage picture, MapIndex index) {
            content.putImage(PageCanvas.image(picture, index, PageCanvas.fittingScale(picture, BITMAP_SCALE)));
        }
    },
    /**
     * The picture as an SVG document, under the type drawing programs and office suites take it by
     * ({@code image/svg+xml}); where the platform's clipboard does not carry it, the bitmap still pastes.
     */
    SVG(true) {
        @Override
        void addTo(ClipboardContent content, MapPage picture, MapIndex index) {
            // Raw bytes: any other object JavaFX would hand to other programs in Java's own serialized form.
            byte[] svg = SvgDrawing.document(picture, index, null).getBytes(StandardCharsets.UTF_8);
            content.put(svgFormat(), ByteBuffer.wrap(svg));
        }
    };

    /** Twice the map's size: crisp on slides and on high-density screens. */
    static final double BITMAP_SCALE = 2;

    static final String SVG_TYPE = "image/svg+xml";

    private final boolean vectorLayout;

    CopyAsPictureFlavour(boolean vectorLayout) {
        this.vectorLayout = vectorLayout;
    }

    /** Whether its picture is laid out with vector output's text widths rather than the screen's. */
    boolean vectorLayout() {
        return vectorLayout;
    }

    /** The clipboard type of SVG, made once per run (JavaFX refuses a second format of the same name). */
    static DataFormat svgFormat() {
        DataFormat known = DataFormat.lookupMimeType(SVG_TYPE);
        return known != null ? known : new DataFormat(SVG_TYPE);
    }

    /** Adds this form of the picture to what goes on the clipboard. Called on the JavaFX thread. */
    abstract void addTo(ClipboardContent content, MapPage picture, MapIndex index);
}
