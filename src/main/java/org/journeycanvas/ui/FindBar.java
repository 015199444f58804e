package org.journeycanvas.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.CardSearch;
import org.journeycanvas.ui.canvas.MapCanvas;

/**
 * Find (Ctrl+F): highlights every card whose text, note or tags match and steps through them with Enter,
 * Shift+Enter or the arrows, selecting and scrolling to each. Esc closes it.
 */
public final class FindBar extends HBox {
    private final EditorViewModel editor;
    private final MapCanvas canvas;
    private final TextField field = new TextField();
    private final Label count = new Label();
    private List<String> matches = List.of();
    private int current = -1;

    public FindBar(EditorViewModel editor, MapCanvas canvas) {
        this.editor = editor;
        this.canvas = canvas;
        setId("findBar");
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        field.setId("findField");
        field.setPromptText(Messages.get("find.prompt"));
        field.setPrefColumnCount(24);
        count.setId("findCount");
        Button previous = new Button(Messages.get("find.previous"));
        Button next = new Button(Messages.get("find.next"));
        Button close = new Button(Messages.get("find.close"));
        previous.setOnAction(event -> step(false));
        next.setOnAction(event -> step(true));
        close.setOnAction(event -> close());
        getChildren().addAll(new Label(Messages.get("find.label")), field, previous, next, count, close);
        field.textProperty().addListener((obs, old, text) -> search());
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.DOWN) {
                step(!event.isShiftDown());
                event.consume();
            } else if (event.getCode() == KeyCode.UP) {
                step(false);
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                close();
                event.consume();
            }
        });
        editor.mapProperty().addListener((obs, old, map) -> {
            if (isVisible()) {
                search();
            }
        });
        setVisible(false);
        setManaged(false);
    }

    public void open() {
        setVisible(true);
        setManaged(true);
        field.requestFocus();
        field.selectAll();
        search();
    }

    public void close() {
        setVisible(false);
        setManaged(false);
        canvas.setHighlighted(java.util.Set.of());
        canvas.requestFocus();
    }

    private void search() {
        matches = CardSearch.matching(editor.getMap(), field.getText());
        matches = matches.stream()
                .filter(id -> canvas.geometry().card(id).isPresent())
                .toList();
        current = -1;
        canvas.setHighlighted(java.util.Set.copyOf(matches));
        count.setText(field.getText().isBlank() ? "" : Messages.plural("find.matches", matches.size()));
    }

    private void step(boolean forward) {
        if (matches.isEmpty()) {
            return;
        }
        current = Math.floorMod(current + (forward ? 1 : -1), matches.size());
        String cardId = matches.get(current);
        canvas.geometry().card(cardId).ifPresent(box -> {
            editor.select(Selection.cards(List.of(cardId), new Selection.Cell(box.laneId(), box.stageId())));
            canvas.reveal(box.bounds());
        });
        count.setText(Messages.get("find.position", current + 1, matches.size()));
    }
}
