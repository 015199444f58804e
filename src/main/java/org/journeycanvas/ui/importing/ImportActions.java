package org.journeycanvas.ui.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.journeycanvas.command.AddMapContentCommand;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.importing.MapChange;
import org.journeycanvas.importing.MapChanges;
import org.journeycanvas.io.FileLimits;
import org.journeycanvas.io.mermaid.MermaidFormatException;
import org.journeycanvas.io.table.TableReadException;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.ui.DialogService;
import org.journeycanvas.ui.DialogService.ImportTarget;
import org.journeycanvas.ui.DocumentFiles;
import org.journeycanvas.ui.EditorViewModel;

/**
 * File → Import…: the file, read in the background with progress and Cancel, then the step its content
 * needs: the list of changes for an edited export of the open map, the mapping step for a table, the choice
 * of where it goes for a Mermaid journey. What is imported becomes a new unsaved map, or joins the open map
 * as one undo step. A file that cannot be read is one message, and nothing changes.
 */
public final class ImportActions {
    private final Window owner;
    private final EditorViewModel editor;
    private final DocumentFiles files;
    private final DialogService dialogs;
    private final Executor reads;
    private final Consumer<String> status;
    private Path lastFolder;

    /** @param reads where files are read and previews built (the window's read worker) */
    public ImportActions(
            Window owner,
            EditorViewModel editor,
            DocumentFiles files,
            DialogService dialogs,
            Executor reads,
            Consumer<String> status) {
        this.owner = owner;
        this.editor = editor;
        this.files = files;
        this.dialogs = dialogs;
        this.reads = reads;
        this.status = status;
    }

    /** Makes the menu item start an import. */
    public void attachTo(MenuItem item) {
        item.setOnAction(event -> importFile());
    }

    /** Asks for the file and imports it. */
    public void importFile() {
        dialogs.chooseFileToImport(lastFolder).ifPresent(file -> {
            lastFolder = file.toAbsolutePath().getParent();
            read(file);
        });
    }

    private void read(Path file) {
        String name = String.valueOf(file.getFileName());
        JourneyMap open = editor.getMap();
        status.accept(Messages.get("import.ui.reading", name));
        BackgroundWork.start(
                dialogs,
                reads,
                Messages.get("import.ui.reading", name),
                progress -> ImportReader.read(file, open, progress),
                source -> {
                    status.accept(Messages.get("status.ready"));
                    next(source);
                },
                failure -> {
                    status.accept(Messages.get("import.ui.failed", name));
                    dialogs.showError(Messages.get("import.ui.error", name), describe(failure));
                },
                () -> status.accept(Messages.get("import.ui.cancelled")));
    }

    private void next(ImportSource source) {
        if (source instanceof ImportSource.Changes changes) {
            offer(changes);
        } else if (source instanceof ImportSource.Tabular table) {
            MappingModel model = new MappingModel(table.source(), table.table(), reads, Platform::runLater);
            String name = table.source().fileName();
            new MappingDialog(owner, model, (built, target) -> place(built.map(), target, undoTable(), name)).show();
        } else if (source instanceof ImportSource.Mermaid mermaid) {
            dialogs.askWhereToImport(mermaid.fileName())
                    .ifPresent(target ->
                            place(mermaid.map(), target, Messages.get("import.ui.undoMermaid"), mermaid.fileName()));
        }
    }

    private static String undoTable() {
        return Messages.get("import.ui.undo");
    }

    private void offer(ImportSource.Changes changes) {
        if (changes.changes().isEmpty()) {
            dialogs.showInformation(
                    Messages.get("import.ui.changes.noneHeader"),
                    Messages.get("import.ui.changes.none", changes.fileName()));
            return;
        }
        new ChangesDialog(owner, changes.fileName(), changes.changes(), dialogs, accepted -> apply(changes, accepted))
                .show();
    }

    private void apply(ImportSource.Changes changes, List<MapChange> accepted) {
        try {
            editor.execute(MapChanges.command(accepted));
            status.accept(Messages.plural("import.ui.changes.applied", accepted.size()));
        } catch (IllegalArgumentException e) {
            // The map changed while the list was open, so a change no longer fits it.
            dialogs.showError(
                    Messages.get("import.ui.error", changes.fileName()), Messages.get("import.ui.changes.stale"));
        }
    }

    private void place(JourneyMap imported, ImportTarget target, String undoLabel, String fileName) {
        String done = Messages.get("import.ui.imported", fileName);
        if (target == ImportTarget.NEW_MAP) {
            files.openImported(imported, done);
        } else {
            AddMapContentCommand add = new AddMapContentCommand(undoLabel, imported);
            Optional<String> tooLarge = FileLimits.DEFAULT.exceededBy(add.apply(editor.getMap()));
            if (tooLarge.isPresent()) {
                // the app would refuse to open the map once saved
                dialogs.showError(Messages.get("import.ui.error", fileName), tooLarge.get());
                return;
            }
            editor.execute(add);
            status.accept(done);
        }
    }

    private static String describe(Throwable failure) {
        return failure instanceof TableReadException
                        || failure instanceof MermaidFormatException
                        || failure instanceof ImportReader.ImportProblem
                ? failure.getMessage()
                : Messages.get("error.unexpected", String.valueOf(failure));
    }
}
