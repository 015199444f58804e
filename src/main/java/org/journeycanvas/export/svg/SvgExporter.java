package org.journeycanvas.export.svg;

import java.io.IOException;
import java.io.OutputStream;
import org.journeycanvas.export.ExportProgress;
import org.journeycanvas.model.JourneyMap;

/** Exports a map, or one persona, as one SVG file drawn by the map painter, its text as text. */
public final class SvgExporter {
    public void export(JourneyMap map, String personaId, OutputStream out, ExportProgress progress) throws IOException {
        throw new UnsupportedOperationException("SVG export is not written yet");
    }
}
