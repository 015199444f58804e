package org.journeycanvas.ui.inspector;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;

/** A lane's title, moving it within its persona, collapsing and deleting it. */
final class LaneSection {
    @FXML
    private TextField laneTitle;

    @FXML
    private Label laneKind;

    @FXML
    private ToggleButton laneCollapse;

    private final VBox root;
    private final LaneSectionModel model;

    LaneSection(LaneSectionModel model) {
        this.model = model;
        root = FormControls.load(this, "LaneSection.fxml");
        laneTitle.textProperty().bindBidirectional(model.titleProperty());
        laneKind.textProperty().bind(model.summaryProperty());
        laneCollapse.selectedProperty().bindBidirectional(model.collapsedProperty());
        FormControls.finishTypingOnFocusLoss(model, laneTitle);
    }

    VBox root() {
        return root;
    }

    @FXML
    private void onMoveUp() {
        model.moveUp();
    }

    @FXML
    private void onMoveDown() {
        model.moveDown();
    }

    @FXML
    private void onDelete() {
        model.delete();
    }
}
