package org.journeycanvas.export.pdf;

import java.io.IOException;
import java.io.OutputStream;
import org.journeycanvas.export.ExportProgress;
import org.journeycanvas.export.pages.PageOptions;
import org.journeycanvas.model.JourneyMap;

/** Exports a map as a vector PDF. */
public final class PdfExporter {
    public void export(JourneyMap map, PageOptions pages, String personaId, OutputStream out, ExportProgress progress)
            throws IOException {
        throw new UnsupportedOperationException("PDF export is not written yet");
    }
}
