package org.journeycanvas.export.svg;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.journeycanvas.export.pages.MapPage;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.Progress;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapIndex;

/** Exports a map, or one persona, as one SVG file drawn by the map painter, its text as text. */
public final class SvgExporter {
    public void export(JourneyMap map, String personaId, OutputStream out, Progress progress) throws IOException {
        progress.update(0.05);
        MapPage page = SvgDrawing.plan(map, personaId);
        progress.checkCancelled();
        progress.update(0.3);
        String title = map.title().isBlank() ? Messages.get("export.untitled") : map.title();
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(writer);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            SvgDrawing.write(page, new MapIndex(map), title, false, "j", xml, progress::checkCancelled);
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw SvgExporter.asIoException(e);
        }
        writer.flush();
        progress.update(1);
    }

    /** The stream writer wraps the output's own failure (a full disk, say); that is what the user should read. */
    public static IOException asIoException(XMLStreamException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e.getNestedException();
        return cause instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
}
