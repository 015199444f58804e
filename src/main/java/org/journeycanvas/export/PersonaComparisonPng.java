package org.journeycanvas.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.AtomicFileWriter;
import org.journeycanvas.layout.PersonaComparison;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.render.Java2DSurface;
import org.journeycanvas.render.Java2DTextMeasurer;
import org.journeycanvas.render.MapTheme;
import org.journeycanvas.render.PersonaComparisonPainter;

/** The persona comparison as a PNG image, drawn by the same painter as the window, at twice its size. */
public final class PersonaComparisonPng {
    /** The chart is laid out this wide at least, like a window of the usual size. */
    public static final double WIDTH = 960;

    private static final int SCALE = 2;

    private PersonaComparisonPng() {}

    /** Writes the PNG file (atomically); a failure is an {@link ExportException} saying why, as every export's. */
    public static void write(JourneyMap map, PersonaComparison.Curve curve, Path target) throws ExportException {
        try {
            AtomicFileWriter.write(target, out -> write(map, curve, out));
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            // also a failure of Java2D or ImageIO: one message for the user, as every export gives
            throw ExportFailure.explain(target, e);
        }
    }

    public static void write(JourneyMap map, PersonaComparison.Curve curve, OutputStream out) throws IOException {
        PersonaComparison comparison = PersonaComparison.of(
                map, curve, new Java2DTextMeasurer(), WIDTH, Messages.get("export.pptx.unnamedPersona"));
        Rect bounds = comparison.bounds();
        BufferedImage image = new BufferedImage(
                (int) Math.ceil(bounds.width() * SCALE),
                (int) Math.ceil(bounds.height() * SCALE),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(SCALE, SCALE);
            new PersonaComparisonPainter(MapTheme.LIGHT, Messages.get("export.comparison.largestGap"))
                    .paint(comparison, new Java2DSurface(g));
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer");
        }
    }
}
