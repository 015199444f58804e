package org.journeycanvas.ui.inspector;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.ConnectorStyle;

/** A connector's cards, label and line style, with Reverse direction and Delete connector. */
final class ConnectorSection {
    @FXML
    private Label fromCaption;

    @FXML
    private Label toCaption;

    @FXML
    private Label labelCaption;

    @FXML
    private Label lineCaption;

    @FXML
    private Button connectorReverse;

    @FXML
    private Button connectorDelete;

    @FXML
    private Label connectorFrom;

    @FXML
    private Label connectorTo;

    @FXML
    private TextField connectorLabel;

    @FXML
    private ToggleButton connectorSolid;

    @FXML
    private ToggleButton connectorDashed;

    private final VBox root;
    private final ConnectorSectionModel model;
    private final ToggleGroup styles = new ToggleGroup();

    ConnectorSection(ConnectorSectionModel model) {
        this.model = model;
        root = FormControls.load(this, "ConnectorSection.fxml");
        setTexts();
        connectorFrom.textProperty().bind(model.fromProperty());
        connectorTo.textProperty().bind(model.toProperty());
        connectorLabel.textProperty().bindBidirectional(model.labelProperty());
        FormControls.finishTypingOnFocusLoss(model, connectorLabel);

        connectorSolid.setUserData(ConnectorStyle.SOLID);
        connectorDashed.setUserData(ConnectorStyle.DASHED);
        connectorSolid.setToggleGroup(styles);
        connectorDashed.setToggleGroup(styles);
        showStyle(model.styleProperty().get());
        model.styleProperty().addListener((obs, old, style) -> showStyle(style));
        styles.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                // pressing the chosen style again keeps it chosen
                showStyle(model.styleProperty().get());
            } else {
                model.styleProperty().set((ConnectorStyle) toggle.getUserData());
            }
        });
    }

    VBox root() {
        return root;
    }

    /**
     * The texts come from the connectors' own block of the bundles rather than from %keys in the FXML (those are
     * kept in the bundles' editing section).
     */
    private void setTexts() {
        fromCaption.setText(Messages.get("inspector.connector.from"));
        toCaption.setText(Messages.get("inspector.connector.to"));
        labelCaption.setText(Messages.get("inspector.connector.label"));
        connectorLabel.setPromptText(Messages.get("inspector.connector.labelPrompt"));
        lineCaption.setText(Messages.get("inspector.connector.line"));
        connectorSolid.setText(Messages.get("inspector.connector.solid"));
        connectorDashed.setText(Messages.get("inspector.connector.dashed"));
        connectorReverse.setText(Messages.get("inspector.connector.reverse"));
        connectorDelete.setText(Messages.get("inspector.connector.delete"));
    }

    private void showStyle(ConnectorStyle style) {
        styles.selectToggle(style == ConnectorStyle.DASHED ? connectorDashed : connectorSolid);
    }

    @FXML
    private void onReverse() {
        model.reverse();
    }

    @FXML
    private void onDelete() {
        model.delete();
    }
}
