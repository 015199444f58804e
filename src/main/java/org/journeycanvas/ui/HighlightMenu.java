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
import javafx.scene.control.ToggleGroup;
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
 * sets the view options' highlight, which dims every other card. The items are built again only when the map's
 * owners change; otherwise the one ticked just follows the view options. {@link HighlightEscape} and
 * {@link HighlightAnnouncement} do the key and the status bar.
 */
final class HighlightMenu {
    private final Menu menu;
    private final EditorViewModel editor;
    private ToggleGroup group = new ToggleGroup();
    private List<String> ownersShown;

    private HighlightMenu(Menu menu, EditorViewModel editor) {
        this.menu = menu;
        this.editor = editor;
    }

    /** Fills the View menu's {@code highlightMenu} and keeps it in step with the map and the view options. */
    static void wire(Menu viewMenu, Stage owner, EditorViewModel editor, Consumer<String> status) {
        Menu menu = viewMenu.getItems().stream()
                .filter(item -> "highlightMenu".equals(item.getId()))
                .map(Menu.class::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("MainView.fxml has no highlightMenu"));
        HighlightMenu highlights = new HighlightMenu(menu, editor);
        highlights.rebuildIfOwnersChanged();
        editor.mapProperty().addListener((obs, old, map) -> highlights.rebuildIfOwnersChanged());
        editor.viewOptionsProperty().addListener((obs, old, options) -> highlights.tickCurrent());
        HighlightAnnouncement.install(editor, status);
        if (owner != null) {
            HighlightEscape.install(owner, editor);
        }
    }

    private OpportunityHighlight current() {
        return editor.viewOptionsProperty().get().highlight();
    }

    private void choose(OpportunityHighlight highlight) {
        ViewOptions options = editor.viewOptionsProperty().get();
        editor.viewOptionsProperty().set(options.withHighlight(highlight));
    }

    /** What a highlight brings forward, as its menu item says it. */
    static String describe(OpportunityHighlight highlight) {
        return highlight.status() != null
                ? highlight.status().title()
                : Messages.get("menu.view.highlight.owner", highlight.owner());
    }

    private void rebuildIfOwnersChanged() {
        List<String> owners = owners(editor.getMap());
        if (owners.equals(ownersShown)) {
            return;
        }
        ownersShown = owners;
        group = new ToggleGroup();
        List<MenuItem> items = new ArrayList<>();
        items.add(item("highlightNone", Messages.get("menu.view.highlight.none"), null));
        items.add(new SeparatorMenuItem());
        for (OpportunityStatus value : OpportunityStatus.values()) {
            items.add(item("highlight-" + value.name(), value.title(), new OpportunityHighlight(value, null)));
        }
        if (!owners.isEmpty()) {
            items.add(new SeparatorMenuItem());
        }
        for (String owner : owners) {
            OpportunityHighlight byOwner = new OpportunityHighlight(null, owner);
            items.add(item("highlightOwner-" + owner, describe(byOwner), byOwner));
        }
        menu.getItems().setAll(items);
        tickCurrent();
    }

    /** Ticks the item of the highlight shown (None when there is none, or when its owner has no item). */
    private void tickCurrent() {
        OpportunityHighlight current = current();
        group.selectToggle(group.getToggles().stream()
                .filter(toggle -> sameHighlight((OpportunityHighlight) toggle.getUserData(), current))
                .findFirst()
                .orElse(null));
    }

    private RadioMenuItem item(String id, String text, OpportunityHighlight highlight) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(false);
        item.setUserData(highlight);
        item.setToggleGroup(group);
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
