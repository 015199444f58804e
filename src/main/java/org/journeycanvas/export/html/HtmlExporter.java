package org.journeycanvas.export.html;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.journeycanvas.export.html.HtmlPageData.View;
import org.journeycanvas.export.svg.SvgDrawing;
import org.journeycanvas.export.svg.SvgExporter;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.Progress;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.model.Persona;

/**
 * Exports a map as one self-contained, interactive web page: the map's SVG (and each persona's), the cards'
 * details as JSON and a small script, all inside the one file, so it opens in any browser with no network and no
 * app. Zoom and pan, a persona at a time, the stages one by one with the arrow keys, a card's note on a click.
 */
public final class HtmlExporter {
    private static final String RESOURCES = "/org/journeycanvas/export/html/";

    public void export(JourneyMap map, String personaId, OutputStream out, Progress progress) throws IOException {
        String title = map.title().isBlank() ? Messages.get("export.untitled") : map.title();
        List<View> views = views(map, personaId, progress);
        progress.checkCancelled();
        progress.update(0.4);
        // Split before filling in, so a title that looks like a placeholder stays a title.
        String[] page = resource("page.html").split("\\{\\{drawing}}|\\{\\{templates}}|\\{\\{data}}", -1);
        page[0] = page[0].replace("{{lang}}", Messages.language().toLanguageTag())
                .replace("{{style}}", resource("page.css"))
                .replace("{{title}}", escaped(title));
        page[3] = page[3].replace("{{script}}", resource("page.js"));
        MapIndex index = new MapIndex(map);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        XMLOutputFactory factory = XMLOutputFactory.newDefaultFactory();
        try {
            writer.write(page[0]);
            for (int i = 0; i < views.size(); i++) {
                if (i == 1) {
                    writer.write(page[1]);
                }
                if (i > 0) {
                    // Further drawings wait, inert, until the reader picks their persona.
                    writer.write("<template id=\"view-" + i + "\">");
                }
                XMLStreamWriter xml = factory.createXMLStreamWriter(writer);
                SvgDrawing.write(views.get(i).page(), index, null, true, "v" + i + "-", xml, progress::checkCancelled);
                xml.flush();
                if (i > 0) {
                    writer.write("</template>\n");
                }
                progress.update(0.4 + 0.5 * (i + 1) / views.size());
            }
            if (views.size() == 1) {
                writer.write(page[1]);
            }
            writer.write(page[2]);
            writer.write(HtmlPageData.json(map, title, views));
            writer.write(page[3]);
        } catch (XMLStreamException e) {
            throw SvgExporter.asIoException(e);
        }
        writer.flush();
        progress.update(1);
    }

    /** The whole map, then each persona on its own; or only the persona asked for. */
    private static List<View> views(JourneyMap map, String personaId, Progress progress) {
        List<View> views = new ArrayList<>();
        if (personaId == null) {
            views.add(new View(Messages.get("export.dialog.allPersonas"), SvgDrawing.plan(map, null)));
        }
        if (personaId != null || map.personas().size() > 1) {
            for (Persona persona : map.personas()) {
                if (personaId == null || personaId.equals(persona.id())) {
                    progress.checkCancelled();
                    String name = persona.name().isBlank() ? Messages.get("canvas.unnamedPersona") : persona.name();
                    views.add(new View(name, SvgDrawing.plan(map, persona.id())));
                }
            }
        }
        return views;
    }

    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlExporter.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("the page part " + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
