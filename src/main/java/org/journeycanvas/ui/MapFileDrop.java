package org.journeycanvas.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;
import org.journeycanvas.io.MapFormat;

/** A map file dropped anywhere on the window opens (other files are refused while they are dragged over it). */
final class MapFileDrop {
    private MapFileDrop() {}

    static void install(Scene scene, Consumer<Path> open) {
        scene.setOnDragOver(event -> {
            if (mapFile(event.getDragboard().getFiles()).isPresent()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            Optional<Path> file = mapFile(event.getDragboard().getFiles());
            file.ifPresent(open);
            event.setDropCompleted(file.isPresent());
            event.consume();
        });
    }

    private static Optional<Path> mapFile(List<File> dropped) {
        return dropped.stream()
                .map(File::toPath)
                .filter(path -> path.getFileName().toString().endsWith(MapFormat.FILE_EXTENSION))
                .findFirst();
    }
}
