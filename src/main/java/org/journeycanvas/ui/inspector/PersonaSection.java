package org.journeycanvas.ui.inspector;

import java.io.ByteArrayInputStream;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.PhotoUri;
import org.journeycanvas.render.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** A persona's photo, name, role, quote, description, goals and colour; its lanes and its place in the map. */
final class PersonaSection {
    private static final double PHOTO_SIZE = 56;

    @FXML
    private VBox photoBox;

    @FXML
    private Button personaPhotoRemove;

    @FXML
    private TextField personaName;

    @FXML
    private TextField personaRole;

    @FXML
    private TextArea personaQuote;

    @FXML
    private TextArea personaDescription;

    @FXML
    private TextArea personaGoals;

    @FXML
    private ColorPicker personaColor;

    @FXML
    private MenuButton addLaneButton;

    private final VBox root;
    private final PersonaSectionModel model;

    PersonaSection(PersonaSectionModel model) {
        this.model = model;
        root = FormControls.load(this, "PersonaSection.fxml");
        personaName.textProperty().bindBidirectional(model.nameProperty());
        personaRole.textProperty().bindBidirectional(model.roleProperty());
        personaQuote.textProperty().bindBidirectional(model.quoteProperty());
        personaDescription.textProperty().bindBidirectional(model.descriptionProperty());
        personaGoals.textProperty().bindBidirectional(model.goalsProperty());
        personaColor.valueProperty().bindBidirectional(model.colorProperty());
        FormControls.finishTypingOnFocusLoss(
                model, personaName, personaRole, personaQuote, personaDescription, personaGoals);
        FormControls.tabMovesFocus(personaQuote, personaDescription, personaGoals);
        model.photoProperty().addListener((obs, old, photo) -> showPhoto(photo));
        showPhoto(model.photoProperty().get());
        for (LaneKind kind : LaneKind.values()) {
            MenuItem item = new MenuItem(kind.title(), FormControls.glyph(Icons.laneKind(kind), 16));
            item.setOnAction(event -> model.addLane(kind));
            addLaneButton.getItems().add(item);
        }
        MenuItem blueprint = new MenuItem(Messages.get("inspector.persona.blueprintLanes"));
        blueprint.setId("addBlueprintLanes");
        blueprint.setOnAction(event -> model.addBlueprintLanes());
        addLaneButton.getItems().addAll(new SeparatorMenuItem(), blueprint);
    }

    VBox root() {
        return root;
    }

    /** Puts the cursor in the name, all of it selected, ready to be typed over (after adding a persona). */
    void focusName() {
        personaName.requestFocus();
        personaName.selectAll();
    }

    private void showPhoto(String dataUri) {
        photoBox.getChildren().setAll(photoView(dataUri));
        personaPhotoRemove.setDisable(dataUri == null);
    }

    private static Node photoView(String dataUri) {
        byte[] image;
        try {
            image = dataUri == null ? null : PhotoUri.bytes(dataUri);
        } catch (IllegalArgumentException e) {
            image = null;
        }
        if (image == null) {
            return FormControls.glyph(MaterialDesignA.ACCOUNT_CIRCLE_OUTLINE.getCode(), PHOTO_SIZE);
        }
        ImageView view = new ImageView(new Image(new ByteArrayInputStream(image), PHOTO_SIZE, PHOTO_SIZE, true, true));
        view.setId("personaPhoto");
        view.setClip(new Circle(PHOTO_SIZE / 2, PHOTO_SIZE / 2, PHOTO_SIZE / 2));
        return view;
    }

    @FXML
    private void onChoosePhoto() {
        model.choosePhoto();
    }

    @FXML
    private void onRemovePhoto() {
        model.removePhoto();
    }

    @FXML
    private void onColorReset() {
        model.resetColor();
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
