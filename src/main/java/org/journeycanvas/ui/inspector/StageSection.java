package org.journeycanvas.ui.inspector;

import javafx.fxml.FXML;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.journeycanvas.model.TimeSpent;

/** A stage's name, speaker notes, colour and measured figures. */
final class StageSection {
    @FXML
    private TextField stageName;

    @FXML
    private TextArea stageDescription;

    @FXML
    private ColorPicker stageColor;

    @FXML
    private TextField figureEntered;

    @FXML
    private TextField figureConversion;

    @FXML
    private TextField figureCsat;

    @FXML
    private TextField figureNps;

    @FXML
    private TextField figureTime;

    @FXML
    private ComboBox<TimeSpent.Unit> figureTimeUnit;

    @FXML
    private Label figuresProblem;

    private final VBox root;
    private final StageSectionModel model;

    StageSection(StageSectionModel model) {
        this.model = model;
        root = FormControls.load(this, "StageSection.fxml");
        stageName.textProperty().bindBidirectional(model.nameProperty());
        stageDescription.textProperty().bindBidirectional(model.descriptionProperty());
        stageColor.valueProperty().bindBidirectional(model.colorProperty());
        FormControls.finishTypingOnFocusLoss(model, stageName, stageDescription);
        FormControls.tabMovesFocus(stageDescription);
        bindFigures(model.figures());
    }

    /** Each figure is taken when Enter is pressed in its field or the field is left; a problem shows below them. */
    private void bindFigures(StageFiguresForm form) {
        TextField[] fields = {figureEntered, figureConversion, figureCsat, figureNps, figureTime};
        figureEntered.textProperty().bindBidirectional(form.enteredProperty());
        figureConversion.textProperty().bindBidirectional(form.conversionProperty());
        figureCsat.textProperty().bindBidirectional(form.csatProperty());
        figureNps.textProperty().bindBidirectional(form.npsProperty());
        figureTime.textProperty().bindBidirectional(form.timeProperty());
        for (TextField field : fields) {
            field.setOnAction(event -> model.commitFigures());
            field.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    model.commitFigures();
                }
            });
        }
        figureTimeUnit.getItems().setAll(TimeSpent.Unit.values());
        figureTimeUnit.setConverter(new StringConverter<>() {
            @Override
            public String toString(TimeSpent.Unit unit) {
                return unit == null ? "" : unit.symbol();
            }

            @Override
            public TimeSpent.Unit fromString(String text) {
                return null;
            }
        });
        figureTimeUnit.valueProperty().bindBidirectional(form.timeUnitProperty());
        figureTimeUnit.setOnAction(event -> model.commitFigures());
        figuresProblem.textProperty().bind(form.problemProperty());
        figuresProblem.visibleProperty().bind(form.problemProperty().isNotEmpty());
        figuresProblem.managedProperty().bind(figuresProblem.visibleProperty());
    }

    VBox root() {
        return root;
    }

    @FXML
    private void onColorReset() {
        model.resetColor();
    }
}
