package org.journeycanvas.export.svg;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.journeycanvas.export.pages.MapPage;
import org.journeycanvas.export.pages.PageOptions;
import org.journeycanvas.export.pages.PagePainter;
import org.journeycanvas.export.pages.PagePlanner;
import org.journeycanvas.export.vector.VectorTextMeasurer;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapLayout;
import org.journeycanvas.layout.TextWrapper;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapIndex;

/**
 * A map, or one persona, as one {@code <svg>} element: laid out with the vector fonts' measurements on one page
 * sized to the map, and painted by the page painter (and so the map painter) onto an {@link SvgSurface}. The SVG
 * file and the web page both draw their maps here.
 */
public final class SvgDrawing {
    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    static final String XLINK_NAMESPACE = "http://www.w3.org/1999/xlink";

    private SvgDrawing() {}

    /** The one page the map, or the persona ({@code personaId}, or null for all), is drawn on. */
    public static MapPage plan(JourneyMap map, String personaId) {
        MapLayout layout = new MapLayout(new TextWrapper(new VectorTextMeasurer()), LayoutStyle.DEFAULT);
        List<MapPage> pages = new PagePlanner(layout).plan(map, PageOptions.WHOLE_MAP, personaId);
        return pages.get(0);
    }

    /** A page as a whole SVG document in a string: the vector form of a picture copied to the clipboard. */
    public static String document(MapPage page, MapIndex index, String title) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            write(page, index, title, false, "j", xml, () -> {});
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            // Only the output can fail, and a string cannot.
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    /**
     * Writes the page as an {@code <svg>} element.
     *
     * @param title    the file's title, or null inside a web page (whose own title it would only repeat)
     * @param inHtml   true: inside a web page, which needs no namespaces and links with {@code href}
     * @param idPrefix starts every id in the drawing
     * @param tick     called every so often while drawing, to check for Cancel
     */
    public static void write(
            MapPage page,
            MapIndex index,
            String title,
            boolean inHtml,
            String idPrefix,
            XMLStreamWriter xml,
            Runnable tick)
            throws XMLStreamException {
        xml.writeStartElement("svg");
        if (!inHtml) {
            xml.writeDefaultNamespace(SVG_NAMESPACE);
            xml.writeNamespace("xlink", XLINK_NAMESPACE);
            xml.writeAttribute("version", "1.1");
        }
        String width = SvgNumbers.format(page.width());
        String height = SvgNumbers.format(page.height());
        xml.writeAttribute("width", width);
        xml.writeAttribute("height", height);
        xml.writeAttribute("viewBox", "0 0 " + width + " " + height);
        if (title != null) {
            xml.writeStartElement("title");
            xml.writeCharacters(XmlText.clean(title));
            xml.writeEndElement();
        }
        SvgSurface surface = new SvgSurface(xml, idPrefix, inHtml ? "href" : "xlink:href", tick);
        try {
            new PagePainter().paint(page, index, surface);
        } catch (SvgWriteException e) {
            throw (XMLStreamException) e.getCause();
        }
        xml.writeEndElement();
    }
}
