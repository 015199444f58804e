package org.journeycanvas.export.html;

import java.io.IOException;
import java.io.OutputStream;
import org.journeycanvas.export.ExportProgress;
import org.journeycanvas.model.JourneyMap;

/** Exports a map as one self-contained, interactive HTML file. */
public final class HtmlExporter {
    public void export(JourneyMap map, String personaId, OutputStream out, ExportProgress progress) throws IOException {
        throw new UnsupportedOperationException("HTML export is not written yet");
    }
}
