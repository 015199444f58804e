package org.journeycanvas.ui.inspector;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The map's title and description, and Add persona; shown when nothing is selected. */
final class MapSection {
    @FXML
    private TextField mapTitle;

    @FXML
    private TextArea mapDescription;

    @FXML
    private Label mapSummary;

    private final VBox root;
    private final Runnable addPersona;

    MapSection(MapSectionModel model, Runnable addPersona) {
        this.addPersona = addPersona;
        root = FormControls.load(this, "MapSection.fxml");
        mapTitle.textProperty().bindBidirectional(model.titleProperty());
        mapDescription.textProperty().bindBidirectional(model.descriptionProperty());
        mapSummary.textProperty().bind(model.summaryProperty());
        FormControls.finishTypingOnFocusLoss(model, mapTitle, mapDescription);
        FormControls.tabMovesFocus(mapDescription);
    }

    VBox root() {
        return root;
    }

    @FXML
    private void onAddPersona() {
        addPersona.run();
    }
}
