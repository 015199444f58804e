package org.journeycanvas.ui.comparison;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.journeycanvas.export.ExportException;
import org.journeycanvas.export.ExportFormat;
import org.journeycanvas.export.PersonaComparisonPng;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.layout.PersonaComparison;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.ui.DialogService;
import org.journeycanvas.ui.EditorViewModel;
import org.journeycanvas.ui.FileNames;

/**
 * The comparison window's Export PNG…: the file is chosen, then written in the background on the window's export
 * thread (atomically, by {@link PersonaComparisonPng}); a failure is one message, success a status line.
 */
final class ComparisonExports {
    private final EditorViewModel editor;
    private final DialogService dialogs;
    private final Executor exports;
    private final Consumer<String> status;

    ComparisonExports(EditorViewModel editor, DialogService dialogs, Executor exports, Consumer<String> status) {
        this.editor = editor;
        this.dialogs = dialogs;
        this.exports = exports;
        this.status = status;
    }

    void exportPng(JourneyMap map, PersonaComparison.Curve curve) {
        String suggested = FileNames.cleaned(Messages.get("comparison.title", PersonaComparisonWindow.mapName(map)))
                + "." + ExportFormat.PNG.extension();
        Path folder = editor.getFile().map(Path::getParent).orElse(null);
        dialogs.chooseExportTarget(suggested, ExportFormat.PNG, folder)
                .ifPresent(target -> exports.execute(() -> {
                    try {
                        PersonaComparisonPng.write(map, curve, target);
                        Platform.runLater(() -> status.accept(
                                Messages.get("comparison.exported", String.valueOf(target.getFileName()))));
                    } catch (ExportException e) {
                        Platform.runLater(
                                () -> dialogs.showError(Messages.get("comparison.exportFailed"), e.getMessage()));
                    }
                }));
    }
}
