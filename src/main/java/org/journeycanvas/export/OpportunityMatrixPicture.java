package org.journeycanvas.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.layout.MatrixColouring;
import org.journeycanvas.layout.OpportunityMatrix;
import org.journeycanvas.layout.OpportunityMatrixLayout;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextMeasurer;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.render.Java2DSurface;
import org.journeycanvas.render.Java2DTextMeasurer;
import org.journeycanvas.render.MapTheme;
import org.journeycanvas.render.OpportunityMatrixPainter;
import org.journeycanvas.render.Surface;

/**
 * The opportunity matrix as a picture of its own, under a title: a PNG here, a PDF page through
 * {@code pdf/OpportunityMatrixPdf}, both drawn by the {@link OpportunityMatrixPainter} the window uses.
 */
public final class OpportunityMatrixPicture {
    public static final double WIDTH = 1200;
    public static final double HEIGHT = 760;
    private static final double MARGIN = 24;
    private static final double TITLE_HEIGHT = 40;

    private OpportunityMatrixPicture() {}

    /** The matrix laid out below the title, measured as the surface that draws it measures text. */
    public static OpportunityMatrix layout(
            JourneyMap map, String personaId, MatrixColouring colouring, TextMeasurer measurer) {
        return new OpportunityMatrixLayout(measurer)
                .layout(
                        map,
                        personaId,
                        colouring,
                        new Rect(
                                MARGIN, MARGIN + TITLE_HEIGHT, WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN - TITLE_HEIGHT));
    }

    /** "Opportunity matrix — the map's title", or the first part alone for an untitled map. */
    public static String title(JourneyMap map) {
        return map.title().isBlank()
                ? Messages.get("matrix.title")
                : Messages.get("matrix.title") + " — " + map.title();
    }

    /** Paints the whole picture, background and title included, on a surface of {@link #WIDTH} × {@link #HEIGHT}. */
    public static void paint(JourneyMap map, OpportunityMatrix matrix, Surface surface) {
        MapTheme theme = MapTheme.LIGHT;
        surface.fillRect(new Rect(0, 0, WIDTH, HEIGHT), theme.background());
        surface.text(title(map), MARGIN, MARGIN + 20, TextStyle.STAGE_NAME, theme.text());
        new OpportunityMatrixPainter(theme).paint(matrix, surface, null);
    }

    /** Writes the matrix as a PNG, {@code scale} pixels per unit (2 for a sharp picture on a slide or a screen). */
    public static void writePng(
            JourneyMap map, String personaId, MatrixColouring colouring, double scale, OutputStream out)
            throws IOException {
        OpportunityMatrix matrix = layout(map, personaId, colouring, new Java2DTextMeasurer());
        BufferedImage image = new BufferedImage(
                (int) Math.ceil(WIDTH * scale), (int) Math.ceil(HEIGHT * scale), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            paint(map, matrix, new Java2DSurface(g));
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException(Messages.get("export.error.drawFailed", "PNG"));
        }
    }
}
