package org.journeycanvas.ui.importing;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.importing.MapChange;
import org.journeycanvas.ui.DialogService;

/**
 * The changes an edited Excel export of the open map brings, each with a check box (all checked); a card
 * deleted in the workbook is marked and removed only after the user confirms how many go. Apply hands the
 * checked changes on, to be made as one undo step.
 */
final class ChangesDialog {
    /** A change and whether the user keeps it. */
    record Item(MapChange change, BooleanProperty accepted) {
        Item(MapChange change) {
            this(change, new SimpleBooleanProperty(true));
        }
    }

    private final Stage window = new Stage();
    private final List<Item> items;

    /** {@code onApply} gets the checked changes (never none) after the dialog closed. */
    ChangesDialog(
            Window owner,
            String fileName,
            List<MapChange> changes,
            DialogService dialogs,
            Consumer<List<MapChange>> onApply) {
        items = changes.stream().map(Item::new).toList();
        window.initOwner(owner);
        window.initModality(Modality.WINDOW_MODAL);
        window.setTitle(Messages.get("import.ui.changes.title", fileName));

        Label heading = new Label(Messages.plural("import.ui.changes.header", changes.size()));
        heading.setWrapText(true);
        ListView<Item> list = new ListView<>();
        list.setId("importChanges");
        list.getItems().setAll(items);
        list.setCellFactory(view -> new ChangeCell());
        VBox.setVgrow(list, Priority.ALWAYS);

        Button apply = new Button(Messages.get("import.ui.changes.apply"));
        apply.setId("importApply");
        apply.setDefaultButton(true);
        apply.setOnAction(event -> {
            List<MapChange> accepted = items.stream()
                    .filter(item -> item.accepted().get())
                    .map(Item::change)
                    .toList();
            long deletions = accepted.stream().filter(MapChange::isDeletion).count();
            if (deletions > 0
                    && !dialogs.askToConfirm(
                            Messages.plural("import.ui.confirmDelete.header", deletions),
                            Messages.get("import.ui.confirmDelete.content"),
                            Messages.get("import.ui.confirmDelete.remove"))) {
                return;
            }
            window.close();
            if (!accepted.isEmpty()) {
                onApply.accept(accepted);
            }
        });
        Button cancel = new Button(Messages.get("dialog.button.cancel"));
        cancel.setId("importChangesCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> window.close());
        ButtonBar.setButtonData(apply, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(apply, cancel);

        VBox root = new VBox(10, heading, list, buttons);
        root.setId("importChangesDialog");
        root.setPadding(new Insets(14));
        Scene scene = new Scene(root, 720, 520);
        // A focused check box would take Enter for itself; in this dialog Enter always applies (Space ticks).
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                apply.fire();
            }
        });
        window.setScene(scene);
        window.setOnShown(event -> list.requestFocus());
    }

    void show() {
        window.show();
    }

    Stage window() {
        return window;
    }

    /** A change with its check box; a deletion in the danger colour with a mark before it. */
    private static final class ChangeCell extends CheckBoxListCell<Item> {
        ChangeCell() {
            super(Item::accepted, new StringConverter<>() {
                @Override
                public String toString(Item item) {
                    return item == null
                            ? ""
                            : item.change().isDeletion()
                                    ? Messages.get(
                                            "import.ui.changes.deletion",
                                            item.change().description())
                                    : item.change().description();
                }

                @Override
                public Item fromString(String text) {
                    throw new UnsupportedOperationException("the list is not editable");
                }
            });
        }

        @Override
        public void updateItem(Item item, boolean empty) {
            super.updateItem(item, empty);
            boolean deletion = !empty && item != null && item.change().isDeletion();
            setStyle(deletion ? "-fx-text-fill: -color-danger-fg; -fx-font-weight: bold;" : "");
            getStyleClass().remove("import-deletion");
            if (deletion) {
                getStyleClass().add("import-deletion");
            }
        }
    }
}
