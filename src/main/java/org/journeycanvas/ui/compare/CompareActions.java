package org.journeycanvas.ui.compare;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Pane;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.MapFileException;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.ui.DialogService;
import org.journeycanvas.ui.EditorViewModel;
import org.journeycanvas.ui.canvas.CompareMarks;
import org.journeycanvas.ui.canvas.MapCanvas;

/**
 * File → Compare with…: reads another version of the map in the background and shows the differences from it
 * to the open map under the canvas (one comparison at a time). Also what the changed-on-disk bar's Compare opens,
 * and, when a map a merge left conflicts in is opened, the list of those conflicts.
 */
public final class CompareActions {
    private final EditorViewModel editor;
    private final MapCanvas canvas;
    private final Pane host;
    private final DialogService dialogs;
    private final Executor reads;
    private final Consumer<String> status;
    /** What is open under the canvas (a comparison or a merge's conflicts), and how to close it; or null. */
    private javafx.scene.Node panel;

    private Runnable closePanel;

    public CompareActions(
            EditorViewModel editor,
            MapCanvas canvas,
            Pane host,
            DialogService dialogs,
            Executor reads,
            Consumer<String> status) {
        this.editor = editor;
        this.canvas = canvas;
        this.host = host;
        this.dialogs = dialogs;
        this.reads = reads;
        this.status = status;
        // another document makes a comparison with the old one meaningless; a merged one may bring conflicts
        editor.documentProperty().addListener((obs, old, document) -> {
            close();
            Platform.runLater(this::showConflictsIfAny);
        });
    }

    public void attachTo(MenuItem item) {
        item.setOnAction(event -> compareWithFile());
    }

    /** Asks for a map file and compares the open map with it. */
    public void compareWithFile() {
        Path folder = editor.getFile().map(Path::getParent).orElse(null);
        dialogs.chooseMapToOpen(folder).ifPresent(this::read);
    }

    /** Compares the open map with another version of it, named for the title of the list. */
    public void compareWith(JourneyMap other, String name) {
        close();
        CompareModel model = new CompareModel(editor, other, name);
        show(new ComparePanel(model, editor, canvas, this::close), model::close);
        status.accept(Messages.get("compare.ui.status", name));
    }

    /** Lists the conflicts a merge left in the open map, if it has any, to resolve one by one. */
    public void showConflictsIfAny() {
        if (panel == null && ConflictsModel.hasConflicts(editor.getMap())) {
            ConflictsModel model = new ConflictsModel(editor);
            show(new ConflictsPanel(model, editor, canvas, this::close), model::close);
            status.accept(
                    Messages.plural("compare.ui.conflicts", model.cardIds().size()));
        }
    }

    /** Ends the comparison or the conflict list: the list and the marks go. */
    public void close() {
        if (panel != null) {
            closePanel.run();
            host.getChildren().remove(panel);
            canvas.setCompareMarks(CompareMarks.NONE);
            panel = null;
            closePanel = null;
        }
    }

    private void show(javafx.scene.Node newPanel, Runnable closeModel) {
        panel = newPanel;
        closePanel = closeModel;
        host.getChildren().add(panel);
    }

    private void read(Path file) {
        String name = String.valueOf(file.getFileName());
        Task<JourneyMap> reading = new Task<>() {
            @Override
            protected JourneyMap call() throws MapFileException {
                return new MapFileReader().read(file);
            }
        };
        reading.setOnSucceeded(event -> compareWith(reading.getValue(), name));
        reading.setOnFailed(event -> dialogs.showError(
                Messages.get("compare.ui.readFailed", name),
                reading.getException() instanceof MapFileException
                        ? reading.getException().getMessage()
                        : Messages.get("error.unexpected", String.valueOf(reading.getException()))));
        reads.execute(reading);
    }
}
