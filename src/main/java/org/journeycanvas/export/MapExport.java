package org.journeycanvas.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.journeycanvas.export.html.HtmlExporter;
import org.journeycanvas.export.pdf.PdfExporter;
import org.journeycanvas.export.svg.SvgExporter;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.AtomicFileWriter;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.mermaid.MermaidJourneyWriter;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Persona;

/**
 * Exports a map to a file in any format, atomically: a cancelled or failed export leaves no half-written file
 * and never damages one that was there. Cancellation ends the export with a {@link java.util.concurrent
 * .CancellationException}.
 */
public final class MapExport {
    private static final Logger LOG = Logger.getLogger(MapExport.class.getName());

    public void export(JourneyMap map, ExportRequest request, Path target, Progress progress) throws ExportException {
        if (request.personaId() != null && map.persona(request.personaId()).isEmpty()) {
            throw new ExportException(Messages.get(
                    "export.error.noPersona",
                    request.personaId(),
                    String.join(
                            ", ",
                            map.personas().stream()
                                    .map(p -> p.id() + " " + p.name())
                                    .toList())));
        }
        if (writesOneSvgPerPersona(map, request)) {
            exportSvgPerPersona(map, request, target, progress);
            return;
        }
        write(map, request, target, progress);
    }

    /** The files an export writes: the chosen one, or for SVG per persona one beside it for each persona. */
    public static List<Path> targets(JourneyMap map, ExportRequest request, Path target) {
        if (!writesOneSvgPerPersona(map, request)) {
            return List.of(target);
        }
        Set<String> names = new HashSet<>();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < map.personas().size(); i++) {
            files.add(
                    target.resolveSibling(personaFileName(target, map.personas().get(i), i, names)));
        }
        return files;
    }

    /** One SVG per persona, when asked for all personas of a map that has some (else the one file chosen). */
    private static boolean writesOneSvgPerPersona(JourneyMap map, ExportRequest request) {
        return request.format() == ExportFormat.SVG
                && request.pages().perPersona()
                && request.personaId() == null
                && !map.personas().isEmpty();
    }

    /** One SVG per persona, named after the chosen file and the persona: "map-Maya.svg". */
    private void exportSvgPerPersona(JourneyMap map, ExportRequest request, Path target, Progress progress)
            throws ExportException {
        List<Persona> personas = map.personas();
        List<Path> files = targets(map, request, target);
        for (int i = 0; i < personas.size(); i++) {
            Persona persona = personas.get(i);
            int done = i;
            Progress part = new Progress() {
                @Override
                public void update(double fraction) {
                    progress.update((done + fraction) / personas.size());
                }

                @Override
                public boolean isCancelled() {
                    return progress.isCancelled();
                }
            };
            Path file = files.get(i);
            write(map, new ExportRequest(ExportFormat.SVG, persona.id(), 1, false, false), file, part);
        }
    }

    /** How much of a persona's name goes into a file name: file systems refuse names past 255 bytes. */
    private static final int MAX_NAME_IN_FILE = 40;

    /**
     * The chosen file's name with the persona's name (letters, their marks and digits; at most {@link
     * #MAX_NAME_IN_FILE} of them) before the extension.
     */
    static String personaFileName(Path target, Persona persona, int position, Set<String> taken) {
        Path fileName = target.getFileName();
        String name = fileName == null ? "map" : fileName.toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        String slug = persona.name().strip().replaceAll("[^\\p{L}\\p{M}\\p{N}]+", "-");
        if (slug.codePointCount(0, slug.length()) > MAX_NAME_IN_FILE) {
            slug = slug.substring(0, slug.offsetByCodePoints(0, MAX_NAME_IN_FILE));
        }
        slug = slug.replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            slug = String.valueOf(position + 1);
        }
        String candidate = stem + "-" + slug + extension;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = stem + "-" + slug + "-" + n + extension;
        }
        return candidate;
    }

    /** The map, or only the named persona, as a Mermaid journey in UTF-8. */
    private static void writeMermaid(JourneyMap map, String personaId, OutputStream out, Progress progress)
            throws IOException {
        progress.checkCancelled();
        JourneyMap shown = personaId == null
                ? map
                : map.withPersonas(map.personas().stream()
                        .filter(persona -> persona.id().equals(personaId))
                        .toList());
        out.write(MermaidJourneyWriter.write(shown).getBytes(StandardCharsets.UTF_8));
        progress.update(1);
    }

    private void write(JourneyMap map, ExportRequest request, Path target, Progress progress) throws ExportException {
        try {
            AtomicFileWriter.write(target, out -> {
                BufferedOutputStream buffered = new BufferedOutputStream(out, 256 * 1024);
                switch (request.format()) {
                    case PNG ->
                        new PngExporter()
                                .export(
                                        map,
                                        new PngOptions(request.scale(), request.personaId(), request.transparent()),
                                        buffered,
                                        progress);
                    case XLSX -> new ExcelExporter().export(map, request.personaId(), buffered, progress);
                    case PPTX ->
                        new PowerPointExporter()
                                .export(
                                        map,
                                        new PptxOptions(request.personaId(), request.pictures()),
                                        buffered,
                                        progress);
                    case PDF -> new PdfExporter().export(map, request.pages(), request.personaId(), buffered, progress);
                    case SVG -> new SvgExporter().export(map, request.personaId(), buffered, progress);
                    case HTML -> new HtmlExporter().export(map, request.personaId(), buffered, progress);
                    case MERMAID -> writeMermaid(map, request.personaId(), buffered, progress);
                }
                buffered.flush();
            });
        } catch (IOException | OutOfMemoryError e) {
            throw ExportFailure.explain(target, e);
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            // A library's own failure (a font, PDFBox, the XML writer): one message for the user, the details in
            // the log.
            LOG.log(Level.WARNING, "export to " + target + " failed", e);
            throw ExportFailure.explain(target, e);
        }
    }
}
