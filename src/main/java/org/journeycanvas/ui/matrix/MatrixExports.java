package org.journeycanvas.ui.matrix;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.journeycanvas.export.ExportFailure;
import org.journeycanvas.export.ExportFormat;
import org.journeycanvas.export.OpportunityMatrixPicture;
import org.journeycanvas.export.pdf.OpportunityMatrixPdf;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.AtomicFileWriter;
import org.journeycanvas.layout.MatrixColouring;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.ui.DialogService;
import org.journeycanvas.ui.EditorViewModel;
import org.journeycanvas.ui.FileNames;

/**
 * The matrix window's Export PNG… and Export PDF…: the file is chosen, then written in the background on the
 * window's export thread (atomically, so a failed export leaves no half file); a failure is one message.
 */
final class MatrixExports {
    /** Pixels per unit of the PNG: sharp on a slide or a high-resolution screen. */
    private static final double PNG_SCALE = 2;

    private final EditorViewModel editor;
    private final DialogService dialogs;
    private final Executor exports;
    private final Consumer<String> status;

    MatrixExports(EditorViewModel editor, DialogService dialogs, Executor exports, Consumer<String> status) {
        this.editor = editor;
        this.dialogs = dialogs;
        this.exports = exports;
        this.status = status;
    }

    void exportPng(JourneyMap map, String personaId, MatrixColouring colouring) {
        export(
                ExportFormat.PNG,
                target -> AtomicFileWriter.write(
                        target, out -> OpportunityMatrixPicture.writePng(map, personaId, colouring, PNG_SCALE, out)));
    }

    void exportPdf(JourneyMap map, String personaId, MatrixColouring colouring) {
        export(
                ExportFormat.PDF,
                target -> AtomicFileWriter.write(
                        target, out -> OpportunityMatrixPdf.write(map, personaId, colouring, out)));
    }

    interface Writer {
        void write(Path target) throws IOException;
    }

    /** Asks for the file, then writes it on the export thread; package-private for the test of a failing writer. */
    void export(ExportFormat format, Writer writer) {
        Path folder =
                editor.getFile().map(Path::toAbsolutePath).map(Path::getParent).orElse(null);
        dialogs.chooseExportTarget(suggestedName() + "." + format.extension(), format, folder)
                .ifPresent(target -> exports.execute(() -> {
                    try {
                        writer.write(target);
                        Platform.runLater(() ->
                                status.accept(Messages.get("matrix.exported", String.valueOf(target.getFileName()))));
                    } catch (IOException | RuntimeException | OutOfMemoryError e) {
                        String reason = ExportFailure.explain(target, e).getMessage();
                        Platform.runLater(() -> dialogs.showError(Messages.get("matrix.exportFailed"), reason));
                    }
                }));
    }

    /** The map file's name, or else its title, followed by the matrix's name. */
    private String suggestedName() {
        String base = editor.getFile()
                .map(file -> file.getFileName().toString().replaceFirst("\\.journey$", ""))
                .orElse(FileNames.cleaned(editor.getMap().title()));
        String matrix = Messages.get("matrix.title");
        return base.isEmpty() ? matrix : base + " - " + matrix;
    }
}
