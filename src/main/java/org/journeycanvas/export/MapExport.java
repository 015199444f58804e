package org.journeycanvas.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.AtomicFileWriter;
import org.journeycanvas.model.JourneyMap;

/**
 * Exports a map to a file in any format, atomically: a cancelled or failed export leaves no half-written file
 * and never damages one that was there. Cancellation ends the export with a {@link java.util.concurrent
 * .CancellationException}.
 */
public final class MapExport {
    public void export(JourneyMap map, ExportRequest request, Path target, ExportProgress progress)
            throws ExportException {
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
                }
                buffered.flush();
            });
        } catch (AccessDeniedException e) {
            throw new ExportException(target + ": " + Messages.get("export.error.denied"));
        } catch (NoSuchFileException e) {
            throw new ExportException(target + ": " + Messages.get("export.error.noFolder"));
        } catch (IOException e) {
            throw new ExportException(target + ": " + Messages.get("export.error.failed", e.getMessage()));
        } catch (OutOfMemoryError e) {
            throw new ExportException(target + ": " + Messages.get("export.error.memory"));
        }
    }
}
