package org.journeycanvas.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.layout.OpportunityHighlight;
import org.journeycanvas.layout.ViewOptions;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.OpportunityStatus;
import org.journeycanvas.model.Persona;

/**
 * View → Highlight Opportunities: None, each status, and each owner the map's opportunities name. Choosing one
 * sets the view options' highlight, which dims every other card; the status bar says so, and Escape or None takes
 * it away. The owners are read again whenever the map changes.
 */
final class HighlightMenu {
    private final Menu menu;
    private final EditorViewModel editor;
    private final Consumer<String> status;
    private boolean showing;

    private HighlightMenu(Menu menu, EditorViewModel editor, Consumer<String> status) {
        this.menu = menu;
        this.editor = editor;
        this.status = status;
    }

    /** Fills the View menu's {@code highlightMenu} and keeps it in step with the map and the view options. */
    static void wire(Menu viewMenu, Stage owner, EditorViewModel editor, Consumer<String> status) {
        Menu menu = viewMenu.getItems().stream()
                .filter(item -> "highlightMenu".equals(item.getId()))
                .map(Menu.class::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("MainView.fxml has no highlightMenu"));
        HighlightMenu highlights = new HighlightMenu(menu, editor, status);
        highlights.rebuild();
        editor.mapProperty().addListener((obs, old, map) -> highlights.rebuild());
        editor.viewOptionsProperty().addListener((obs, old, options) -> {
            highlights.rebuild();
            if (old == null || !java.util.Objects.equals(old.highlight(), options.highlight())) {
                highlights.announce(options.highlight());
            }
        });
        if (owner != null) {
            owner.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                boolean typing =
                        owner.getScene() != null && owner.getScene().getFocusOwner() instanceof TextInputControl;
                if (event.getCode() == KeyCode.ESCAPE && !typing && highlights.current() != null) {
                    // Not consumed: a drag under way is cancelled by the same key as well.
                    highlights.choose(null);
                }
            });
        }
    }

    private OpportunityHighlight current() {
        return editor.viewOptionsProperty().get().highlight();
    }

    private void choose(OpportunityHighlight highlight) {
        ViewOptions options = editor.viewOptionsProperty().get();
        editor.viewOptionsProperty().set(options.withHighlight(highlight));
    }

    private void announce(OpportunityHighlight highlight) {
        status.accept(
                highlight == null
                        ? Messages.get("status.highlight.off")
                        : Messages.get("status.highlight.on", describe(highlight)));
    }

    /** What a highlight brings forward, as its menu item says it. */
    static String describe(OpportunityHighlight highlight) {
        return highlight.status() != null
                ? highlight.status().title()
                : Messages.get("menu.view.highlight.owner", highlight.owner());
    }

    private void rebuild() {
        if (showing) {
            return;
        }
        showing = true;
        try {
            ToggleGroup group = new ToggleGroup();
            OpportunityHighlight current = current();
            List<MenuItem> items = new ArrayList<>();
            items.add(item("highlightNone", Messages.get("menu.view.highlight.none"), null, current, group));
            items.add(new SeparatorMenuItem());
            for (OpportunityStatus value : OpportunityStatus.values()) {
                items.add(item(
                        "highlight-" + value.name(),
                        value.title(),
                        new OpportunityHighlight(value, null),
                        current,
                        group));
            }
            List<String> owners = owners(editor.getMap());
            if (!owners.isEmpty()) {
                items.add(new SeparatorMenuItem());
            }
            for (String owner : owners) {
                OpportunityHighlight byOwner = new OpportunityHighlight(null, owner);
                items.add(item("highlightOwner-" + owner, describe(byOwner), byOwner, current, group));
            }
            menu.getItems().setAll(items);
        } finally {
            showing = false;
        }
    }

    private RadioMenuItem item(
            String id, String text, OpportunityHighlight highlight, OpportunityHighlight current, ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(false);
        item.setToggleGroup(group);
        item.setSelected(sameHighlight(highlight, current));
        item.setOnAction(event -> choose(highlight));
        return item;
    }

    private static boolean sameHighlight(OpportunityHighlight a, OpportunityHighlight b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.status() == b.status()
                && (a.owner() == null ? b.owner() == null : a.owner().equalsIgnoreCase(b.owner()));
    }

    /** The owners the map's opportunities name, each once (ignoring case), sorted as people read them. */
    static List<String> owners(JourneyMap map) {
        Map<String, String> owners = new TreeMap<>();
        for (Persona persona : map.personas()) {
            for (Lane lane : persona.lanes()) {
                if (lane.kind() != LaneKind.OPPORTUNITIES) {
                    continue;
                }
                for (Card card : lane.cards()) {
                    if (card.opportunity() != null
                            && !card.opportunity().owner().isBlank()) {
                        String owner = card.opportunity().owner().strip();
                        owners.putIfAbsent(owner.toLowerCase(Locale.ROOT), owner);
                    }
                }
            }
        }
        return List.copyOf(owners.values());
    }
}
