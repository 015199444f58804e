package org.journeycanvas.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.journeycanvas.render.Java2DFonts;

/**
 * Icons as small PNG pictures, for slides: the icon font is not installed where the slides are opened, so a
 * glyph would show as a box. Each icon is drawn once per colour.
 */
final class GlyphPictures {
    private static final int SIZE = 96;

    private final Map<String, byte[]> pictures = new HashMap<>();

    byte[] png(int codePoint, Color color) {
        return pictures.computeIfAbsent(codePoint + "/" + color.getRGB(), key -> draw(codePoint, color));
    }

    private byte[] draw(int codePoint, Color color) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setFont(Java2DFonts.icons(SIZE));
            g.setColor(color);
            g.drawString(
                    new String(Character.toChars(codePoint)),
                    0,
                    g.getFontMetrics().getAscent());
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
