package org.journeycanvas.ui.importing;

import java.util.function.BiConsumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.importing.ScoreScale;
import org.journeycanvas.importing.SkippedRow;
import org.journeycanvas.importing.TableImport;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.ui.DialogService.ImportTarget;

/**
 * The mapping step of importing a table: the sheet or encoding, the first rows with each column's role, the
 * score scale, the kind of unknown lanes, a live preview of what the import makes and skips, and whether it
 * makes a new map or goes into the open one. Enter imports, Esc cancels.
 */
final class MappingDialog {
    private final Stage window = new Stage();
    private final MappingModel model;
    private final Label counts = new Label();
    private final VBox notes = new VBox(2);
    private final Label skippedHeading = new Label();
    private final ListView<String> skipped = new ListView<>();
    private final TablePreviewGrid grid;
    private boolean following;

    /** {@code onImport} gets the previewed map and where it goes, after the dialog closed. */
    MappingDialog(Window owner, MappingModel model, BiConsumer<TableImport, ImportTarget> onImport) {
        this.model = model;
        this.grid = new TablePreviewGrid(model);
        window.initOwner(owner);
        window.initModality(Modality.WINDOW_MODAL);
        window.setTitle(Messages.get("import.ui.mapping.title", model.source().fileName()));

        VBox root = new VBox(10);
        root.setId("importMapping");
        root.setPadding(new Insets(14));
        if (model.source().hasChoice()) {
            root.getChildren().add(sourceChoice());
        }
        Label heading = new Label(Messages.get("import.ui.mapping.header"));
        heading.setWrapText(true);
        VBox.setVgrow(grid.node(), Priority.ALWAYS);
        grid.node().setPrefHeight(280);
        root.getChildren().addAll(heading, grid.node(), options(), new Separator(), preview(), target());

        Button importButton = new Button(Messages.get("import.ui.button.import"));
        importButton.setId("importButton");
        importButton.setDefaultButton(true);
        importButton.disableProperty().bind(model.canImportProperty().not());
        importButton.setOnAction(event -> {
            TableImport result = model.previewProperty().get();
            ImportTarget target = model.targetProperty().get();
            window.close();
            onImport.accept(result, target);
        });
        Button cancel = new Button(Messages.get("dialog.button.cancel"));
        cancel.setId("importCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> window.close());
        ButtonBar.setButtonData(importButton, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(importButton, cancel);
        root.getChildren().add(buttons);

        model.previewProperty().addListener((obs, old, now) -> showPreview());
        model.statusProperty().addListener((obs, old, now) -> showPreview());
        showPreview();
        window.setScene(new Scene(root, 1000, 780));
        window.setMinWidth(720);
        window.setMinHeight(600);
        window.setOnShown(event -> grid.node().requestFocus());
    }

    void show() {
        window.show();
    }

    Stage window() {
        return window;
    }

    private HBox sourceChoice() {
        ComboBox<String> choices =
                new ComboBox<>(FXCollections.observableArrayList(model.source().choices()));
        choices.setId("importSourceChoice");
        choices.getSelectionModel().select(model.choiceProperty().get());
        choices.getSelectionModel()
                .selectedIndexProperty()
                .addListener((obs, old, index) -> model.choiceProperty().set(index.intValue()));
        Label label = new Label(model.source().choiceLabel());
        label.setLabelFor(choices);
        HBox row = new HBox(8, label, choices);
        row.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        return row;
    }

    private GridPane options() {
        ComboBox<ScoreScale> scale = new ComboBox<>(FXCollections.observableArrayList(ScoreScale.values()));
        scale.setId("importScale");
        scale.setConverter(named(each -> Messages.get("import.ui.scale." + each.name())));
        Label assumed = new Label();
        assumed.setId("importAssumedScale");
        assumed.getStyleClass().add("text-muted");
        Runnable showScale = () -> {
            following = true;
            scale.setValue(model.scale());
            following = false;
            assumed.setText(Messages.get(
                    "import.ui.scale.assumed",
                    Messages.get("import.ui.scale."
                            + model.assumedScaleProperty().get().name())));
        };
        model.assumedScaleProperty().addListener((obs, old, now) -> showScale.run());
        model.chosenScaleProperty().addListener((obs, old, now) -> showScale.run());
        scale.valueProperty().addListener((obs, old, chosen) -> {
            if (!following && chosen != null) {
                model.chosenScaleProperty().set(chosen);
            }
        });
        showScale.run();

        ComboBox<LaneKind> laneKind = new ComboBox<>(FXCollections.observableArrayList(LaneKind.values()));
        laneKind.setId("importLaneKind");
        laneKind.setConverter(named(LaneKind::title));
        laneKind.valueProperty().bindBidirectional(model.unknownLaneKindProperty());

        GridPane options = new GridPane();
        options.setHgap(8);
        options.setVgap(6);
        options.addRow(0, labelFor(scale, "import.ui.scale"), scale, assumed);
        options.addRow(1, labelFor(laneKind, "import.ui.unknownLanes"), laneKind);
        return options;
    }

    private VBox preview() {
        Label heading = new Label(Messages.get("import.ui.preview.heading"));
        heading.getStyleClass().add("title-4");
        counts.setId("importCounts");
        counts.setWrapText(true);
        notes.setId("importNotes");
        skippedHeading.setId("importSkippedHeading");
        skipped.setId("importSkipped");
        skipped.setPrefHeight(110);
        skipped.setFocusTraversable(false);
        return new VBox(6, heading, counts, notes, skippedHeading, skipped);
    }

    private HBox target() {
        ToggleGroup group = new ToggleGroup();
        RadioButton newMap = new RadioButton(Messages.get("import.ui.target.new"));
        newMap.setId("importNewMap");
        RadioButton thisMap = new RadioButton(Messages.get("import.ui.target.add"));
        thisMap.setId("importAddToMap");
        newMap.setToggleGroup(group);
        thisMap.setToggleGroup(group);
        group.selectToggle(model.targetProperty().get() == ImportTarget.NEW_MAP ? newMap : thisMap);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.targetProperty().set(now == newMap ? ImportTarget.NEW_MAP : ImportTarget.THIS_MAP);
            }
        });
        return new HBox(16, newMap, thisMap);
    }

    private void showPreview() {
        TableImport built = model.previewProperty().get();
        notes.getChildren().clear();
        if (built == null) {
            counts.setText(model.statusProperty().get());
            skippedHeading.setText("");
            skipped.getItems().clear();
            return;
        }
        String status = model.statusProperty().get();
        counts.setText(status.isEmpty() ? MappingModel.counts(built.map()) : status);
        for (String note : built.notes()) {
            Label line = new Label(note);
            line.setWrapText(true);
            notes.getChildren().add(line);
        }
        skippedHeading.setText(
                Messages.plural("import.ui.skipped", built.skipped().size()));
        skipped.getItems()
                .setAll(built.skipped().stream().map(SkippedRow::reason).toList());
    }

    private static Label labelFor(javafx.scene.Node control, String key) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(control);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static <T> StringConverter<T> named(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("the list is not editable");
            }
        };
    }
}
