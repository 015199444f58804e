package org.journeycanvas.ui.inspector;

import javafx.fxml.FXML;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** A stage's name, speaker notes and colour. */
final class StageSection {
    @FXML
    private TextField stageName;

    @FXML
    private TextArea stageDescription;

    @FXML
    private ColorPicker stageColor;

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
    }

    VBox root() {
        return root;
    }

    @FXML
    private void onColorReset() {
        model.resetColor();
    }
}
