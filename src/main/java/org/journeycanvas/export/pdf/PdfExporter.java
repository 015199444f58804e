package org.journeycanvas.export.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.journeycanvas.export.pages.MapPage;
import org.journeycanvas.export.pages.PageOptions;
import org.journeycanvas.export.pages.PagePainter;
import org.journeycanvas.export.pages.PagePlanner;
import org.journeycanvas.export.vector.VectorTextMeasurer;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.Progress;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapLayout;
import org.journeycanvas.layout.TextWrapper;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapIndex;

/**
 * Exports a map as a vector PDF through Apache PDFBox: the pages that {@link PagePlanner} lays out, each drawn by
 * the map painter on a {@link PdfSurface}. Page content goes to a scratch file past a few megabytes, so a huge
 * map exports in bounded memory.
 */
public final class PdfExporter {
    private static final long MEMORY_BEFORE_SCRATCH_FILE = 16L * 1024 * 1024;

    public void export(JourneyMap map, PageOptions options, String personaId, OutputStream out, Progress progress)
            throws IOException {
        MapLayout layout = new MapLayout(new TextWrapper(new VectorTextMeasurer()), LayoutStyle.DEFAULT);
        List<MapPage> pages = new PagePlanner(layout).plan(map, options, personaId);
        progress.update(0.1);
        MapIndex index = new MapIndex(map);
        PagePainter painter = new PagePainter();
        try (PDDocument document =
                new PDDocument(MemoryUsageSetting.setupMixed(MEMORY_BEFORE_SCRATCH_FILE).streamCache)) {
            describe(document, map);
            PdfResources resources = new PdfResources(document);
            for (int i = 0; i < pages.size(); i++) {
                progress.checkCancelled();
                MapPage page = pages.get(i);
                PDPage pdfPage = new PDPage(new PDRectangle((float) page.width(), (float) page.height()));
                document.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    painter.paint(
                            page, index, new PdfSurface(content, resources, page.height(), progress::checkCancelled));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                progress.update(0.1 + 0.8 * (i + 1) / pages.size());
            }
            progress.checkCancelled();
            document.save(out);
        }
        progress.update(1);
    }

    /** The title, subject and author a PDF reader shows, and a window title taken from the document's. */
    private static void describe(PDDocument document, JourneyMap map) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(map.title().isBlank() ? Messages.get("export.untitled") : map.title());
        if (!map.description().isBlank()) {
            info.setSubject(map.description());
        }
        // A map records no author; like office programs, the PDF names the person who exported it.
        String user = System.getProperty("user.name", "");
        if (!user.isBlank()) {
            info.setAuthor(user);
        }
        info.setCreator("Journey Canvas");
        info.setCreationDate(Calendar.getInstance());
        document.getDocumentCatalog().setLanguage(Messages.language().toLanguageTag());
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }
}
