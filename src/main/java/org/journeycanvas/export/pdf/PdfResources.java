package org.journeycanvas.export.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.journeycanvas.export.vector.VectorFonts;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.model.PhotoUri;
import org.journeycanvas.render.Surface;

/** The fonts, opacities and photos of one document, shared by its pages. */
final class PdfResources {
    private final PDDocument document;
    private final Map<Boolean, PDType0Font> fonts = new HashMap<>();
    private final Map<Double, PDExtendedGraphicsState> opacities = new HashMap<>();
    private final Map<String, PDImageXObject> photos = new HashMap<>();
    private final Map<String, PDImageXObject> pictures = new HashMap<>();

    PdfResources(PDDocument document) {
        this.document = document;
    }

    PDType0Font font(boolean bold) {
        return fonts.computeIfAbsent(bold, b -> {
            try {
                return PDType0Font.load(
                        document,
                        new ByteArrayInputStream(FontTables.withoutGlyphSubstitution(VectorFonts.fontFile(b))),
                        true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    PDExtendedGraphicsState opacity(double alpha) {
        return opacities.computeIfAbsent(alpha, a -> {
            PDExtendedGraphicsState state = new PDExtendedGraphicsState();
            state.setNonStrokingAlphaConstant(a.floatValue());
            state.setStrokingAlphaConstant(a.floatValue());
            return state;
        });
    }

    /** A photo's image, made once per document; null for data that is not a picture. */
    PDImageXObject photo(String dataUri) {
        if (photos.containsKey(dataUri)) {
            return photos.get(dataUri);
        }
        PDImageXObject image = null;
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(PhotoUri.bytes(dataUri)));
            if (decoded != null) {
                image = LosslessFactory.createFromImage(document, decoded);
            }
        } catch (IOException | IllegalArgumentException e) {
            image = null;
        }
        photos.put(dataUri, image);
        return image;
    }

    /**
     * A storyboard picture's image, made once per document; null for data that is not a picture. A JPEG goes into
     * the PDF as it is, without decoding it or growing it into lossless pixels.
     */
    PDImageXObject picture(String dataUri) {
        if (pictures.containsKey(dataUri)) {
            return pictures.get(dataUri);
        }
        PDImageXObject image = null;
        try {
            byte[] bytes = PhotoUri.bytes(dataUri);
            if (dataUri.startsWith("data:image/jpeg")) {
                image = JPEGFactory.createFromByteArray(document, bytes);
            } else {
                BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
                image = decoded == null ? null : LosslessFactory.createFromImage(document, decoded);
            }
        } catch (IOException | IllegalArgumentException e) {
            image = null;
        }
        pictures.put(dataUri, image);
        return image;
    }

    /** Draws a storyboard picture fitted into its frame, in a page's upside-down space; nothing if it is no picture. */
    void drawPicture(PDPageContentStream content, String dataUri, Rect frame) throws IOException {
        PDImageXObject image = picture(dataUri);
        if (image != null) {
            Rect at = Surface.fitted(image.getWidth(), image.getHeight(), frame);
            // Images are drawn upwards from their corner; in this upside-down space, from the bottom left one.
            content.drawImage(image, new Matrix((float) at.width(), 0, 0, (float) -at.height(), (float) at.x(), (float)
                    at.maxY()));
        }
    }
}
