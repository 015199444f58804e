package org.journeycanvas.ui;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.layout.CellBox;
import org.journeycanvas.layout.DropTarget;
import org.journeycanvas.layout.DropTargets;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.ui.canvas.CanvasGestures;
import org.journeycanvas.ui.canvas.MapCanvas;
import org.journeycanvas.ui.canvas.PaletteItem;

/**
 * The Insert menu: the palette's items (Alt+1 to Alt+9, top to bottom) into or beside the selected cell, ready
 * to type, a new persona, and a connector between the two selected cards.
 */
final class InsertMenu {
    private final EditorViewModel editor;
    private final EditorActions actions;
    private final MapCanvas canvas;
    private final CanvasGestures gestures;
    private final Consumer<String> status;

    InsertMenu(
            Menu menu,
            EditorViewModel editor,
            EditorActions actions,
            MapCanvas canvas,
            CanvasGestures gestures,
            Consumer<Boolean> addPersona,
            Consumer<String> status) {
        this.editor = editor;
        this.actions = actions;
        this.canvas = canvas;
        this.gestures = gestures;
        this.status = status;
        PaletteItem[] items = PaletteItem.values();
        for (int i = 0; i < items.length; i++) {
            PaletteItem item = items[i];
            MenuItem menuItem = new MenuItem(item.label());
            menuItem.setId("insert-" + item.key());
            if (i < 9) {
                // Alt and the item's place in the palette, top to bottom (Ctrl with a digit is zoom).
                menuItem.setAccelerator(
                        new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (i + 1)), KeyCombination.ALT_DOWN));
            }
            menuItem.setOnAction(event -> insert(item));
            menu.getItems().add(menuItem);
        }
        menu.getItems().add(new SeparatorMenuItem());
        MenuItem persona = new MenuItem(Messages.get("menu.insert.persona"));
        persona.setId("insertPersona");
        persona.setAccelerator(
                new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        persona.setOnAction(event -> addPersona.accept(false));
        MenuItem blueprintPersona = new MenuItem(Messages.get("menu.insert.blueprintPersona"));
        blueprintPersona.setId("insertBlueprintPersona");
        blueprintPersona.setOnAction(event -> addPersona.accept(true));
        menu.getItems().addAll(persona, blueprintPersona, new SeparatorMenuItem(), connectItem());
    }

    /**
     * Connects the two selected cards, from the first chosen to the second; only with exactly two selected.
     * Ctrl+Shift+K ("link"): free in every menu, and Ctrl+K alone is left for a future hyperlink.
     */
    private MenuItem connectItem() {
        MenuItem connect = new MenuItem(Messages.get("menu.insert.connectCards"));
        connect.setId("connectCards");
        connect.setAccelerator(
                new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        connect.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> editor.getSelection().cardIds().size() != 2, editor.selectionProperty()));
        connect.setOnAction(event -> actions.connectSelectedCards());
        return connect;
    }

    /** Inserts a stage after the selected one, or a card in (or beside) the selected cell. */
    private void insert(PaletteItem item) {
        MapGeometry geometry = canvas.geometry();
        Selection selection = editor.getSelection();
        if (item.isStage()) {
            int index = selection instanceof Selection.OfStage stage
                    ? editor.getMap().stageIndex(stage.stageId()) + 1
                    : editor.getMap().stages().size();
            actions.addStage(new DropTarget.StageInsert(index, null)).ifPresent(gestures::renameStage);
            return;
        }
        Selection.Cell cell = selection.pasteCell();
        Optional<CellBox> box = cell == null ? firstCell(geometry) : geometry.cell(cell.laneId(), cell.stageId());
        if (box.isEmpty()) {
            status.accept(Messages.get("status.insertNeedsCell"));
            return;
        }
        DropTarget target = DropTargets.forCard(
                geometry, box.get().bounds().centerX(), box.get().bounds().maxY() - 1, item.kind(), Set.of());
        actions.addCard(item.kind(), target, 0).ifPresent(gestures::editCard);
    }

    private static Optional<CellBox> firstCell(MapGeometry geometry) {
        return geometry.personas().stream()
                .flatMap(p -> p.lanes().stream())
                .flatMap(lane -> lane.cells().stream())
                .findFirst();
    }
}
