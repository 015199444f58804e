package org.journeycanvas.ui.compare;

import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.ui.EditorViewModel;
import org.journeycanvas.ui.Selection;
import org.journeycanvas.ui.canvas.CompareMarks;
import org.journeycanvas.ui.canvas.MapCanvas;

/** The conflicts a merge left in the open map, under the canvas: step through them, keep or delete each version. */
final class ConflictsPanel extends VBox {
    private final ConflictsModel model;
    private final EditorViewModel editor;
    private final MapCanvas canvas;
    private final Label title = new Label();
    private final ListView<String> list = new ListView<>();
    private final Button keep = new Button(Messages.get("compare.ui.keepVersion"));
    private final Button delete = new Button(Messages.get("compare.ui.deleteVersion"));
    private boolean following;

    ConflictsPanel(ConflictsModel model, EditorViewModel editor, MapCanvas canvas, Runnable close) {
        this.model = model;
        this.editor = editor;
        this.canvas = canvas;
        setId("conflictsPanel");
        getStyleClass().add("compare-panel");
        setSpacing(6);
        setPadding(new Insets(6, 10, 8, 10));
        title.setId("conflictsTitle");
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        keep.setId("keepVersion");
        keep.setOnAction(event -> model.keepFocused());
        delete.setId("deleteVersion");
        delete.setOnAction(event -> model.deleteFocused());
        Button closeButton = new Button(Messages.get("compare.ui.close"));
        closeButton.setId("conflictsClose");
        closeButton.setOnAction(event -> close.run());
        HBox bar = new HBox(8, title, keep, delete, closeButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getChildren().stream()
                .filter(node -> node instanceof Button)
                .forEach(button -> ((Button) button).setMinWidth(Region.USE_PREF_SIZE));
        title.setMinWidth(0);
        list.setId("conflictsList");
        list.setItems(model.lines());
        list.setPrefHeight(150);
        getChildren().addAll(bar, list);
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (!following && index.intValue() >= 0) {
                model.focus(index.intValue());
            }
        });
        model.focusedProperty().addListener((obs, old, index) -> showFocused());
        model.lines().addListener((ListChangeListener<String>) change -> showFocused());
        showFocused();
    }

    private void showFocused() {
        int index = model.focusedProperty().get();
        following = true;
        try {
            if (index >= 0) {
                list.getSelectionModel().select(index);
            } else {
                list.getSelectionModel().clearSelection();
            }
        } finally {
            following = false;
        }
        int count = model.cardIds().size();
        title.setText(
                count == 0
                        ? Messages.get("compare.ui.conflictsResolved")
                        : Messages.plural("compare.ui.conflicts", count));
        keep.setDisable(index < 0);
        delete.setDisable(index < 0);
        String focusedId = model.focusedCardId().orElse(null);
        canvas.setCompareMarks(new CompareMarks(Set.of(), Set.copyOf(model.cardIds()), List.of(), focusedId));
        model.focusedCardId().flatMap(id -> canvas.geometry().card(id)).ifPresent(box -> {
            editor.select(Selection.cards(List.of(box.cardId()), new Selection.Cell(box.laneId(), box.stageId())));
            canvas.reveal(box.bounds());
        });
    }
}
