package org.journeycanvas.ui.matrix;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.journeycanvas.command.Field;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.MatrixColouring;
import org.journeycanvas.layout.MatrixRating;
import org.journeycanvas.layout.ViewOptions;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.model.Opportunity;
import org.journeycanvas.ui.AppTheme;
import org.journeycanvas.ui.EditorActions;
import org.journeycanvas.ui.EditorViewModel;
import org.journeycanvas.ui.MenuItems;
import org.journeycanvas.ui.Selection;
import org.journeycanvas.ui.canvas.MapCanvas;

/**
 * View → Opportunity Matrix: a window beside the editor plotting the map's opportunities on impact × effort. It
 * follows the editor's map as it changes (an edit, an undo, another map opened) and its persona filter; dragging a
 * dot to another cell is one undoable change of that card's impact and effort, clicking a dot selects the card and
 * scrolls the map to it. Ctrl+Z and Ctrl+Y undo and redo here as in the editor; Esc closes the window.
 */
public final class MatrixWindow {
    private final Stage stage = new Stage();
    private final MapCanvas mapCanvas;
    private final EditorViewModel editor;
    private final EditorActions actions;
    private final MatrixCanvas canvas;
    private final ChangeListener<JourneyMap> mapListener;
    private final ChangeListener<ViewOptions> optionsListener;
    private final ChangeListener<Selection> selectionListener;

    private MatrixWindow(Window owner, EditorViewModel editor, MapCanvas mapCanvas, MatrixExports exports) {
        this.mapCanvas = mapCanvas;
        this.editor = editor;
        this.actions = new EditorActions(editor);
        // in the app's theme when the window opens, like the map
        canvas = new MatrixCanvas(AppTheme.current().mapTheme(), this::reveal, this::rate);
        BorderPane root = new BorderPane(canvas);
        root.setTop(toolBar(exports));
        Label hint = new Label(Messages.get("matrix.hint"));
        hint.setPadding(new Insets(4, 10, 6, 10));
        hint.getStyleClass().add("matrix-hint");
        root.setBottom(hint);
        Scene scene = new Scene(root, 1040, 700);
        if (owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        keys(scene);
        stage.setScene(scene);
        stage.initOwner(owner);
        mapListener = (obs, old, map) -> show();
        optionsListener = (obs, old, options) -> show();
        selectionListener = (obs, old, selection) -> canvas.setSelected(singleCard(selection));
        editor.mapProperty().addListener(mapListener);
        editor.viewOptionsProperty().addListener(optionsListener);
        editor.selectionProperty().addListener(selectionListener);
        stage.setOnHidden(event -> {
            editor.mapProperty().removeListener(mapListener);
            editor.viewOptionsProperty().removeListener(optionsListener);
            editor.selectionProperty().removeListener(selectionListener);
        });
        show();
        canvas.setSelected(singleCard(editor.getSelection()));
    }

    private static String singleCard(Selection selection) {
        return selection instanceof Selection.Cards cards ? cards.single() : null;
    }

    /** Opens the window for the editor, or brings the open one to the front. */
    static MatrixWindow open(
            MatrixWindow current, Window owner, EditorViewModel editor, MapCanvas mapCanvas, MatrixExports exports) {
        if (current != null && current.stage.isShowing()) {
            current.stage.toFront();
            current.stage.requestFocus();
            return current;
        }
        MatrixWindow window = new MatrixWindow(owner, editor, mapCanvas, exports);
        window.stage.show();
        return window;
    }

    Stage stage() {
        return stage;
    }

    private ToolBar toolBar(MatrixExports exports) {
        Label colourBy = new Label(Messages.get("matrix.colourBy"));
        ToggleGroup group = new ToggleGroup();
        HBox toggles = new HBox();
        for (MatrixColouring colouring : MatrixColouring.values()) {
            ToggleButton button = new ToggleButton(Messages.get("matrix.colourBy." + colouring.name()));
            button.setId("matrix-colour-" + colouring.name());
            button.setToggleGroup(group);
            button.setSelected(colouring == MatrixColouring.PERSONA);
            button.setOnAction(event -> {
                // a toggle group lets the chosen button be pressed off: keep one chosen
                button.setSelected(true);
                canvas.setColouring(colouring);
            });
            toggles.getChildren().add(button);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button png = new Button(Messages.get("matrix.exportPng"));
        png.setId("matrix-export-png");
        png.setOnAction(event -> exports.exportPng(editor.getMap(), canvas.personaId(), canvas.colouring()));
        Button pdf = new Button(Messages.get("matrix.exportPdf"));
        pdf.setId("matrix-export-pdf");
        pdf.setOnAction(event -> exports.exportPdf(editor.getMap(), canvas.personaId(), canvas.colouring()));
        return new ToolBar(colourBy, toggles, spacer, png, pdf);
    }

    private void keys(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), editor::undo);
        Runnable redo = editor::redo;
        scene.getAccelerators()
                .put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), redo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), redo);
    }

    private void show() {
        JourneyMap map = editor.getMap();
        canvas.show(map, editor.viewOptionsProperty().get().onlyPersonaId());
        String name = map.title().isBlank() ? Messages.get("export.untitled") : map.title();
        stage.setTitle(Messages.get("matrix.window.title", name));
    }

    /** A dot dropped in another cell: that impact and effort, one undo step. */
    private void rate(String cardId, MatrixRating rating) {
        Card card = MapIndex.of(editor.getMap()).card(cardId);
        if (card == null || card.opportunity() == null) {
            return;
        }
        Opportunity rated = card.opportunity().withImpact(rating.impact()).withEffort(rating.effort());
        actions.setField(Field.CARD_OPPORTUNITY, cardId, rated);
    }

    /** A dot clicked: its card selected in the editor and scrolled into view on the map. */
    private void reveal(String cardId) {
        CardBox box = mapCanvas.geometry().card(cardId).orElse(null);
        if (box == null) {
            editor.select(Selection.cards(List.of(cardId), null));
            return;
        }
        editor.select(Selection.cards(List.of(cardId), new Selection.Cell(box.laneId(), box.stageId())));
        mapCanvas.reveal(box.bounds());
    }

    /** Wires View → Opportunity Matrix (the item {@code opportunityMatrixItem} of MainView.fxml). */
    public static void wire(
            javafx.scene.control.Menu viewMenu,
            Stage owner,
            EditorViewModel editor,
            MapCanvas mapCanvas,
            org.journeycanvas.ui.DialogService dialogs,
            org.journeycanvas.ui.WindowWorkers workers,
            Consumer<String> status) {
        javafx.scene.control.MenuItem item = MenuItems.byId(viewMenu, "opportunityMatrixItem");
        MatrixExports exports = new MatrixExports(editor, dialogs, workers.exports(), status);
        MatrixWindow[] current = new MatrixWindow[1];
        item.setOnAction(event -> current[0] = open(current[0], owner, editor, mapCanvas, exports));
    }
}
