package org.journeycanvas.ui;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/** File → Open Recent: the maps opened or saved last, newest first, each with its folder. */
final class RecentFilesMenu {
    private final Menu menu;
    private final DocumentFiles files;

    RecentFilesMenu(Menu menu, DocumentFiles files) {
        this.menu = menu;
        this.files = files;
        files.recentFiles().addListener((ListChangeListener<String>) change -> fill());
        fill();
    }

    private void fill() {
        menu.getItems().clear();
        for (String file : files.recentFiles()) {
            MenuItem item = new MenuItem(
                    Path.of(file).getFileName() + "  —  " + Path.of(file).getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> files.open(Path.of(file)));
            menu.getItems().add(item);
        }
        menu.setDisable(files.recentFiles().isEmpty());
    }
}
