package org.journeycanvas.ui.importing;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.control.MenuItem;
import org.journeycanvas.command.Command;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.importing.StageFiguresImport;
import org.journeycanvas.io.table.TableReadException;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.ui.DialogService;
import org.journeycanvas.ui.EditorViewModel;

/**
 * File → Import Stage Figures…: a CSV or Excel export of an analytics tool read in the background, its figures
 * set on the open map's stages as one undo step. A file that cannot be taken says why, cell by cell, and changes
 * nothing.
 */
public final class StageFiguresActions {
    private final EditorViewModel editor;
    private final DialogService dialogs;
    private final Executor reads;
    private final Consumer<String> status;
    private Path lastFolder;

    /** @param reads where the file is read (the window's read worker) */
    public StageFiguresActions(EditorViewModel editor, DialogService dialogs, Executor reads, Consumer<String> status) {
        this.editor = editor;
        this.dialogs = dialogs;
        this.reads = reads;
        this.status = status;
    }

    public void attachTo(MenuItem item) {
        item.setOnAction(event -> importFigures());
    }

    /** Asks for the file and imports its figures. */
    public void importFigures() {
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
                progress -> StageFiguresImport.command(StageFiguresImport.read(file, progress), open),
                command -> apply(command, name),
                failure -> {
                    status.accept(Messages.get("import.ui.failed", name));
                    dialogs.showError(
                            Messages.get("import.ui.error", name),
                            failure instanceof TableReadException
                                    ? failure.getMessage()
                                    : Messages.get("error.unexpected", String.valueOf(failure)));
                },
                () -> status.accept(Messages.get("import.ui.cancelled")));
    }

    /** Applies the figures as one undo step; a stage deleted while the file was read makes it fail whole. */
    private void apply(Command command, String name) {
        try {
            editor.execute(command);
            status.accept(Messages.get("import.figures.done", name));
        } catch (IllegalArgumentException gone) {
            dialogs.showError(Messages.get("import.ui.error", name), gone.getMessage());
        }
    }
}
