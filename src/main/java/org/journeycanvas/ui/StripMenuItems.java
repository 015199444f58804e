package org.journeycanvas.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import org.journeycanvas.layout.ViewOptions;

/**
 * View → Funnel and View → Journey Health: show or hide the strips under the stage headers. They are view
 * options (never saved in the map, never undone); the items follow the options, which a newly opened map resets.
 */
final class StripMenuItems {
    private StripMenuItems() {}

    /** Binds the View menu's items {@code funnelStripItem} and {@code healthStripItem}. */
    static void bind(Menu viewMenu, EditorViewModel editor) {
        bind(
                MenuItems.byId(viewMenu, "funnelStripItem", CheckMenuItem.class),
                MenuItems.byId(viewMenu, "healthStripItem", CheckMenuItem.class),
                editor);
    }

    private static void bind(CheckMenuItem funnel, CheckMenuItem health, EditorViewModel editor) {
        showOptions(funnel, health, editor.viewOptionsProperty().get());
        editor.viewOptionsProperty().addListener((obs, old, options) -> showOptions(funnel, health, options));
        // Each choice turns the option over (the item's own tick then follows the options), however it was chosen.
        funnel.setOnAction(event -> {
            ViewOptions options = editor.viewOptionsProperty().get();
            editor.viewOptionsProperty().set(options.withFunnel(!options.showsFunnel()));
        });
        health.setOnAction(event -> {
            ViewOptions options = editor.viewOptionsProperty().get();
            editor.viewOptionsProperty().set(options.withHealth(!options.showsHealth()));
        });
    }

    private static void showOptions(CheckMenuItem funnel, CheckMenuItem health, ViewOptions options) {
        funnel.setSelected(options.showsFunnel());
        health.setSelected(options.showsHealth());
    }
}
