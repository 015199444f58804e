package org.journeycanvas.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.MapFileException;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.io.MapFileWriter;
import org.journeycanvas.io.MapFormat;
import org.journeycanvas.io.RecoveryStore;
import org.journeycanvas.model.JourneyMap;

/**
 * Offers back the maps that earlier runs left unsaved, newest first: restore one into the window, save it
 * elsewhere, discard it, or keep it for later. Files are read and written off the JavaFX thread.
 */
final class RecoveryOffer {
    private final RecoveryStore recovery;
    private final EditorViewModel editor;
    private final DialogService dialogs;
    private final WindowWorkers workers;
    private final Consumer<String> status;

    RecoveryOffer(
            RecoveryStore recovery,
            EditorViewModel editor,
            DialogService dialogs,
            WindowWorkers workers,
            Consumer<String> status) {
        this.recovery = recovery;
        this.editor = editor;
        this.dialogs = dialogs;
        this.workers = workers;
        this.status = status;
    }

    /** Reads the abandoned copies in the background, then asks about each; completes when all were answered. */
    CompletableFuture<Void> offer() {
        return CompletableFuture.supplyAsync(this::readAbandoned, workers.reads())
                .thenAcceptAsync(this::askAbout, Platform::runLater);
    }

    /** A recovered copy, or why it cannot be read. */
    private record Recovered(RecoveryStore.Entry entry, JourneyMap map, String problem) {}

    private List<Recovered> readAbandoned() {
        List<Recovered> found = new ArrayList<>();
        for (RecoveryStore.Entry entry : recovery.abandoned()) {
            try {
                found.add(new Recovered(entry, new MapFileReader().read(entry.file()), null));
            } catch (MapFileException e) {
                found.add(new Recovered(entry, null, e.getMessage()));
            }
        }
        return found;
    }

    private void askAbout(List<Recovered> found) {
        boolean restored = false;
        for (Recovered recovered : found) {
            if (recovered.map() == null) {
                dialogs.showError(Messages.get("error.readRecovered"), recovered.problem());
                continue;
            }
            RecoveryStore.Entry entry = recovered.entry();
            switch (dialogs.askRecovery(entry, !restored)) {
                case RESTORE -> {
                    Path original = entry.originalFile().isEmpty() ? null : Path.of(entry.originalFile());
                    editor.openUnsaved(recovered.map(), original);
                    workers.saves().execute(() -> recovery.discard(entry));
                    restored = true;
                    status.accept(Messages.get("status.recovered"));
                }
                case SAVE_ELSEWHERE ->
                    dialogs.chooseWhereToSave(
                                    (entry.title().isBlank() ? Messages.get("file.recovered") : entry.title())
                                            + MapFormat.FILE_EXTENSION,
                                    null)
                            .ifPresent(file -> workers.saves().execute(() -> saveElsewhere(recovered, file)));
                case DISCARD -> workers.saves().execute(() -> recovery.discard(entry));
                case LATER -> {}
            }
        }
    }

    private void saveElsewhere(Recovered recovered, Path file) {
        try {
            new MapFileWriter().write(recovered.map(), file);
            recovery.discard(recovered.entry());
        } catch (MapFileException e) {
            Platform.runLater(() -> dialogs.showError(Messages.get("error.saveRecovered"), e.getMessage()));
        }
    }
}
