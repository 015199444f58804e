package org.journeycanvas.ui;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.journeycanvas.export.ExportFormat;
import org.journeycanvas.export.ExportRequest;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.Persona;

/**
 * File → Export…: the format, all personas or one, and each format's options (PDF's pages among them), starting
 * from the last choices.
 */
final class ExportDialog extends Dialog<ExportRequest> {
    ExportDialog(Window owner, ExportRequest last, List<Persona> personas) {
        initOwner(owner);
        setTitle(Messages.get("export.dialog.title"));
        setHeaderText(Messages.get("export.dialog.header"));
        ButtonType export = new ButtonType(Messages.get("export.dialog.export"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane()
                .getButtonTypes()
                .addAll(
                        export,
                        new ButtonType(Messages.get("dialog.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));

        ToggleGroup formats = new ToggleGroup();
        VBox formatBox = new VBox(6);
        for (ExportFormat format : ExportFormat.values()) {
            RadioButton option =
                    new RadioButton(Messages.get("export.dialog.formatOption", format.label(), format.extension()));
            option.setId("format-" + format.extension());
            option.setUserData(format);
            option.setToggleGroup(formats);
            option.setSelected(format == last.format());
            formatBox.getChildren().add(option);
        }
        ChoiceBox<Persona> scope = new ChoiceBox<>();
        scope.setId("exportScope");
        scope.getItems().add(null);
        scope.getItems().addAll(personas);
        scope.setConverter(new StringConverter<>() {
            @Override
            public String toString(Persona persona) {
                return persona == null ? Messages.get("export.dialog.allPersonas") : persona.name();
            }

            @Override
            public Persona fromString(String text) {
                return null;
            }
        });
        scope.setValue(personas.stream()
                .filter(p -> p.id().equals(last.personaId()))
                .findFirst()
                .orElse(null));
        ChoiceBox<Integer> scale = new ChoiceBox<>(FXCollections.observableArrayList(1, 2, 3, 4));
        scale.setId("exportScale");
        scale.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value + "×";
            }

            @Override
            public Integer fromString(String text) {
                return Integer.valueOf(text.replace("×", ""));
            }
        });
        scale.setValue(last.scale());
        CheckBox transparent = new CheckBox(Messages.get("export.dialog.transparent"));
        transparent.setId("exportTransparent");
        transparent.setSelected(last.transparent());
        CheckBox pictures = new CheckBox(Messages.get("export.dialog.pictures"));
        pictures.setId("exportPictures");
        pictures.setSelected(last.pictures());
        PageOptionsControls pages = new PageOptionsControls(last.pages());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(8, 4, 4, 4));
        // The labels keep their width; long options wrap instead.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints options = new ColumnConstraints();
        options.setMaxWidth(460);
        grid.getColumnConstraints().addAll(labels, options);
        grid.addRow(0, new Label(Messages.get("export.dialog.format")), formatBox);
        grid.addRow(1, new Label(Messages.get("export.dialog.personas")), scope);
        Label scaleLabel = new Label(Messages.get("export.dialog.scale"));
        grid.addRow(2, scaleLabel, scale);
        grid.add(transparent, 1, 3);
        grid.add(pictures, 1, 4);
        pages.addTo(grid, 5);
        getDialogPane().setContent(grid);

        Runnable enable = () -> {
            ExportFormat format = (ExportFormat) formats.getSelectedToggle().getUserData();
            scale.setDisable(format != ExportFormat.PNG);
            transparent.setDisable(format != ExportFormat.PNG);
            pictures.setDisable(format != ExportFormat.PPTX);
            pages.applyTo(format == ExportFormat.PDF, format == ExportFormat.SVG);
            // Mermaid is text: a scale, a background, pictures and pages mean nothing there, so they go away.
            boolean drawing = format != ExportFormat.MERMAID;
            for (Node option : List.of(scaleLabel, scale, transparent, pictures)) {
                option.setVisible(drawing);
                option.setManaged(drawing);
            }
            pages.setShown(drawing);
            // The dialog keeps its size on its own: it grows and shrinks with the options shown.
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        };
        formats.selectedToggleProperty().addListener((obs, old, value) -> enable.run());
        enable.run();
        setResultConverter(button -> button != export
                ? null
                : new ExportRequest(
                        (ExportFormat) formats.getSelectedToggle().getUserData(),
                        scope.getValue() == null ? null : scope.getValue().id(),
                        scale.getValue(),
                        transparent.isSelected(),
                        pictures.isSelected(),
                        pages.value()));
    }
}
