package org.journeycanvas.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/** Finds the items of MainView.fxml's menus that classes outside MainView wire by their fx:id. */
public final class MenuItems {
    private MenuItems() {}

    /** The menu's item with this id, of this kind; a missing one is a mistake in MainView.fxml. */
    public static <T extends MenuItem> T byId(Menu menu, String id, Class<T> kind) {
        return menu.getItems().stream()
                .filter(item -> id.equals(item.getId()))
                .map(kind::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("MainView.fxml has no " + id));
    }

    public static MenuItem byId(Menu menu, String id) {
        return byId(menu, id, MenuItem.class);
    }
}
