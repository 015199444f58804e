package org.journeycanvas.export.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.journeycanvas.export.OpportunityMatrixPicture;
import org.journeycanvas.export.vector.VectorTextMeasurer;
import org.journeycanvas.layout.MatrixColouring;
import org.journeycanvas.layout.OpportunityMatrix;
import org.journeycanvas.model.JourneyMap;

/** The opportunity matrix as a one-page vector PDF, A4 landscape, its text searchable like the map's PDF. */
public final class OpportunityMatrixPdf {
    private OpportunityMatrixPdf() {}

    public static void write(JourneyMap map, String personaId, MatrixColouring colouring, OutputStream out)
            throws IOException {
        OpportunityMatrix matrix = OpportunityMatrixPicture.layout(map, personaId, colouring, new VectorTextMeasurer());
        PDRectangle a4 = PDRectangle.A4;
        float width = a4.getHeight();
        float height = a4.getWidth();
        double scale = Math.min(width / OpportunityMatrixPicture.WIDTH, height / OpportunityMatrixPicture.HEIGHT);
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(OpportunityMatrixPicture.title(map));
            document.getDocumentInformation().setCreator("Journey Canvas");
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            PdfResources resources = new PdfResources(document);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                PdfSurface surface = new PdfSurface(content, resources, height, () -> {});
                surface.transform(
                        scale,
                        (width - OpportunityMatrixPicture.WIDTH * scale) / 2,
                        (height - OpportunityMatrixPicture.HEIGHT * scale) / 2);
                OpportunityMatrixPicture.paint(map, matrix, surface);
                surface.restore();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            document.save(out);
        }
    }
}
