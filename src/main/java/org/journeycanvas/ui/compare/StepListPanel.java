package org.journeycanvas.ui.compare;

import java.util.function.IntConsumer;
import javafx.collections.ObservableList;
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

/**
 * What the compare list and the conflict list share under the canvas: a title, their buttons, Close, and a list
 * whose selected line is the model's focused item (a click focuses a line; the model's focus selects it back).
 */
abstract class StepListPanel extends VBox {
    protected final Label title = new Label();
    private final ListView<String> list = new ListView<>();
    private boolean following;

    /** @param idPrefix "compare" or "conflicts": the panel, title, list and Close button ids start with it */
    StepListPanel(String idPrefix, ObservableList<String> lines, IntConsumer focus, Runnable close) {
        setId(idPrefix + "Panel");
        getStyleClass().add("compare-panel");
        setSpacing(6);
        setPadding(new Insets(6, 10, 8, 10));
        title.setId(idPrefix + "Title");
        title.setMaxWidth(Double.MAX_VALUE);
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);
        list.setId(idPrefix + "List");
        list.setItems(lines);
        list.setPrefHeight(150);
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (!following && index.intValue() >= 0) {
                focus.accept(index.intValue());
            }
        });
        Button closeButton = button(idPrefix + "Close", "compare.ui.close", close);
        HBox bar = new HBox(8, title);
        bar.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(bar, list);
        bar.getChildren().add(closeButton);
    }

    /** Puts the panel's own buttons before Close; each keeps its whole name beside a long title. */
    protected final void addButtons(Button... buttons) {
        HBox bar = (HBox) getChildren().get(0);
        for (Button button : buttons) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        bar.getChildren().addAll(bar.getChildren().size() - 1, java.util.List.of(buttons));
    }

    static Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** Selects the focused line (or none) without taking that for the user's click. */
    protected final void selectQuietly(int index) {
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
    }
}
