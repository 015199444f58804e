package org.journeycanvas.ui.compare;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.journeycanvas.compare.Difference;
import org.journeycanvas.compare.DifferenceText;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.ui.EditorViewModel;
import org.journeycanvas.ui.Selection;
import org.journeycanvas.ui.canvas.CompareMarks;
import org.journeycanvas.ui.canvas.MapCanvas;

/**
 * The list of differences under the map while comparing: step through them (the canvas shows and selects each),
 * take one back, or close the comparison.
 */
final class ComparePanel extends VBox {
    private final CompareModel model;
    private final MapCanvas canvas;
    private final EditorViewModel editor;
    private final Label title = new Label();
    private final ListView<String> list = new ListView<>();
    private final Button takeBack = new Button(Messages.get("compare.ui.takeBack"));
    private boolean following;

    ComparePanel(CompareModel model, EditorViewModel editor, MapCanvas canvas, Runnable close) {
        this.model = model;
        this.editor = editor;
        this.canvas = canvas;
        setId("comparePanel");
        getStyleClass().add("compare-panel");
        setSpacing(6);
        setPadding(new Insets(6, 10, 8, 10));
        Button previous = button("comparePrevious", "compare.ui.previous", model::previous);
        Button next = button("compareNext", "compare.ui.next", model::next);
        takeBack.setId("compareTakeBack");
        takeBack.setOnAction(event -> {
            if (!model.takeBackFocused()) {
                title.setText(Messages.get("compare.ui.cannotTakeBack"));
            }
        });
        Button closeButton = button("compareClose", "compare.ui.close", close);
        title.setId("compareTitle");
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox bar = new HBox(8, title, previous, next, takeBack, closeButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getChildren().stream()
                .filter(node -> node instanceof Button)
                .forEach(button -> ((Button) button).setMinWidth(Region.USE_PREF_SIZE));
        title.setMinWidth(0);
        list.setId("compareList");
        list.setItems(model.lines());
        list.setPrefHeight(150);
        getChildren().addAll(bar, list);

        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (!following && index.intValue() >= 0) {
                model.focus(index.intValue());
            }
        });
        model.focusedProperty().addListener((obs, old, index) -> showFocused());
        model.lines().addListener((javafx.collections.ListChangeListener<String>) change -> showFocused());
        editor.viewOptionsProperty().addListener((obs, old, options) -> showFocused());
        showFocused();
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** Brings list, title, canvas marks and selection in line with the focused difference. */
    private void showFocused() {
        int index = model.focusedProperty().get();
        following = true;
        try {
            if (index >= 0) {
                list.getSelectionModel().select(index);
                list.scrollTo(index);
            } else {
                list.getSelectionModel().clearSelection();
            }
        } finally {
            following = false;
        }
        title.setText(Messages.get(
                "compare.ui.title",
                model.otherName(),
                DifferenceText.summary(model.differences().size())));
        takeBack.setDisable(index < 0);
        CompareMarks marks = model.marks(canvas.geometry());
        canvas.setCompareMarks(marks);
        model.focusedDifference().ifPresent(difference -> reveal(difference, marks));
    }

    private void reveal(Difference difference, CompareMarks marks) {
        String id = difference.id();
        canvas.geometry().card(id).ifPresent(box -> {
            editor.select(Selection.cards(List.of(id), new Selection.Cell(box.laneId(), box.stageId())));
            canvas.reveal(box.bounds());
        });
        marks.ghosts().stream()
                .filter(ghost -> ghost.cardId().equals(id))
                .findFirst()
                .ifPresent(ghost -> canvas.reveal(ghost.bounds()));
        canvas.geometry().stage(id).ifPresent(stage -> canvas.reveal(stage.header()));
        canvas.geometry().lane(id).ifPresent(lane -> canvas.reveal(lane.label()));
        canvas.geometry().personas().stream()
                .filter(band -> band.personaId().equals(id))
                .findFirst()
                .ifPresent(band -> canvas.reveal(new Rect(
                        band.header().x(),
                        band.header().y(),
                        band.header().width(),
                        band.header().height())));
    }
}
