package org.journeycanvas.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.journeycanvas.export.ExportException;
import org.journeycanvas.export.ExportFormat;
import org.journeycanvas.export.ExportRequest;
import org.journeycanvas.export.MapExport;
import org.journeycanvas.export.pages.PageOptions;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.Settings;
import org.journeycanvas.model.JourneyMap;

/**
 * File → Export…: asks what and where, remembers the choices, and runs the export off the UI thread with a
 * progress bar and Cancel. The file is written atomically, so a cancelled or failed export changes nothing.
 */
public final class ExportActions {
    private final EditorViewModel editor;
    private final DialogService dialogs;
    private final AppSettings settings;
    private final Executor exports;
    private final Consumer<String> status;
    private final Exporter exporter;

    /** The page choices of the last export in this window (the other choices are kept in the settings). */
    private PageOptions lastPages = PageOptions.WHOLE_MAP;

    /** Writes one export file; the app's is {@link MapExport}, a test's may be one it controls. */
    @FunctionalInterface
    interface Exporter {
        void export(JourneyMap map, ExportRequest request, Path target, Progress progress) throws ExportException;
    }

    /** Exports run on {@code exports}, a worker of their own, so that one under way never holds up a save. */
    public ExportActions(
            EditorViewModel editor,
            DialogService dialogs,
            AppSettings settings,
            Executor exports,
            Consumer<String> status) {
        this(editor, dialogs, settings, exports, status, new MapExport()::export);
    }

    ExportActions(
            EditorViewModel editor,
            DialogService dialogs,
            AppSettings settings,
            Executor exports,
            Consumer<String> status,
            Exporter exporter) {
        this.editor = editor;
        this.dialogs = dialogs;
        this.settings = settings;
        this.exports = exports;
        this.status = status;
        this.exporter = exporter;
    }

    public void export() {
        JourneyMap map = editor.getMap();
        dialogs.askExport(lastRequest(), map.personas()).ifPresent(request -> {
            String base = editor.getFile()
                    .map(file -> file.getFileName().toString().replaceFirst("\\.journey$", ""))
                    .orElse(DocumentFiles.baseName(map));
            String folder = settings.get().exportFolder();
            dialogs.chooseExportTarget(
                            base + "." + request.format().extension(),
                            request.format(),
                            folder.isEmpty() ? null : Path.of(folder))
                    .ifPresent(target -> {
                        Path parent = target.toAbsolutePath().getParent();
                        settings.update(current -> current.withExport(
                                request.format().extension(),
                                request.scale(),
                                request.transparent(),
                                request.pictures(),
                                parent == null ? "" : parent.toString()));
                        lastPages = request.pages();
                        // The file chooser asked about the file chosen; one SVG per persona writes others beside it.
                        List<Path> targets = MapExport.targets(map, request, target);
                        List<String> existing = targets.stream()
                                .filter(file -> !file.equals(target) && Files.exists(file))
                                .map(DocumentFiles::name)
                                .toList();
                        if (existing.isEmpty() || dialogs.askToReplace(existing)) {
                            run(map, request, target, targets);
                        }
                    });
        });
    }

    private void run(JourneyMap map, ExportRequest request, Path target, List<Path> written) {
        // Cancel is a request the export checks between steps: it then stops, the atomic write removes its
        // temporary file, and only then is the user told, so nothing is left behind when the dialog closes.
        AtomicBoolean cancelRequested = new AtomicBoolean();
        Task<Void> exporting = new Task<>() {
            @Override
            protected Void call() throws ExportException {
                exporter.export(map, request, target, new Progress() {
                    @Override
                    public void update(double fraction) {
                        updateProgress(fraction, 1);
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancelRequested.get();
                    }
                });
                return null;
            }
        };
        DialogService.ProgressHandle progress = dialogs.showProgress(
                Messages.get("status.exporting", DocumentFiles.name(target)), () -> cancelRequested.set(true));
        exporting.progressProperty().addListener((obs, old, value) -> progress.update(value.doubleValue()));
        status.accept(Messages.get("status.exporting", DocumentFiles.name(target)));
        exporting.setOnSucceeded(event -> {
            progress.close();
            status.accept(Messages.get(
                    "status.exported",
                    String.join(", ", written.stream().map(DocumentFiles::name).toList())));
        });
        exporting.setOnFailed(event -> {
            progress.close();
            Throwable failure = exporting.getException();
            if (failure instanceof CancellationException) {
                status.accept(Messages.get("status.exportCancelled"));
                return;
            }
            status.accept(Messages.get("status.exportFailed"));
            dialogs.showError(
                    Messages.get("error.export", DocumentFiles.name(target)),
                    failure instanceof ExportException
                            ? failure.getMessage()
                            : Messages.get("error.unexpected", String.valueOf(failure)));
        });
        exports.execute(exporting);
    }

    private ExportRequest lastRequest() {
        Settings saved = settings.get();
        ExportFormat format = ExportFormat.PNG;
        for (ExportFormat each : ExportFormat.values()) {
            if (each.extension().equals(saved.exportFormat())) {
                format = each;
            }
        }
        return new ExportRequest(
                format, null, saved.exportScale(), saved.exportTransparent(), saved.exportPictures(), lastPages);
    }
}
