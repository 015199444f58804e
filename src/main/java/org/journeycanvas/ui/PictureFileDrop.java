package org.journeycanvas.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.MapFormat;
import org.journeycanvas.layout.Point;
import org.journeycanvas.ui.PictureActions.Spot;
import org.journeycanvas.ui.canvas.MapCanvas;

/**
 * Image files dropped on the canvas become storyboard pictures where they land ({@link PictureActions} says
 * where). A drag that holds a map file is left to {@link MapFileDrop}, which opens it wherever it is dropped.
 */
final class PictureFileDrop {
    private PictureFileDrop() {}

    static void install(MapCanvas canvas, PictureImports imports, Consumer<String> status) {
        canvas.setOnDragOver(event -> {
            Dragboard dragboard = event.getDragboard();
            if (dragboard.hasFiles() && !holdsMap(dragboard.getFiles())) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        canvas.setOnDragDropped(event -> {
            Dragboard dragboard = event.getDragboard();
            if (!dragboard.hasFiles() || holdsMap(dragboard.getFiles())) {
                return;
            }
            List<Path> files = dragboard.getFiles().stream().map(File::toPath).toList();
            Point at = canvas.toMap(event.getX(), event.getY());
            Optional<Spot> spot = PictureActions.at(canvas.geometry().hit(at.x(), at.y()));
            if (spot.isPresent()) {
                // Every file is checked by its content: one that is no picture refuses the drop in one message.
                imports.importFiles(files, spot.get());
            } else {
                status.accept(Messages.get("picture.status.notAdded", Messages.get("picture.status.dropOnCell")));
            }
            event.setDropCompleted(spot.isPresent());
            event.consume();
        });
    }

    private static boolean holdsMap(List<File> files) {
        return files.stream().anyMatch(file -> file.getName().endsWith(MapFormat.FILE_EXTENSION));
    }
}
