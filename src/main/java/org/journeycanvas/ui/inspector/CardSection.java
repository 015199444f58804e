package org.journeycanvas.ui.inspector;

import java.io.ByteArrayInputStream;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.Channel;
import org.journeycanvas.model.PhotoUri;
import org.journeycanvas.render.Icons;

/** Every field of one card: picture (storyboard), text, channel (touchpoints), score (emotions), note, tags, colour. */
final class CardSection {
    private static final double PICTURE_WIDTH = 240;

    @FXML
    private VBox pictureRow;

    @FXML
    private VBox pictureBox;

    @FXML
    private Label pictureLabel;

    @FXML
    private Button cardPictureChoose;

    @FXML
    private Button cardPictureRemove;

    @FXML
    private TextArea cardText;

    @FXML
    private VBox channelRow;

    @FXML
    private ComboBox<Channel> cardChannel;

    @FXML
    private VBox scoreRow;

    @FXML
    private ToggleButton scoreMinus2;

    @FXML
    private ToggleButton scoreMinus1;

    @FXML
    private ToggleButton scoreZero;

    @FXML
    private ToggleButton scorePlus1;

    @FXML
    private ToggleButton scorePlus2;

    @FXML
    private Label scoreLabel;

    @FXML
    private ComboBox<Integer> cardFutureScore;

    @FXML
    private TextArea cardNote;

    @FXML
    private TextField cardTags;

    @FXML
    private ColorPicker cardColor;

    private final VBox root;
    private final CardSectionModel model;
    private final ToggleGroup scoreGroup = new ToggleGroup();
    private boolean showingScore;

    CardSection(CardSectionModel model) {
        this.model = model;
        root = FormControls.load(this, "CardSection.fxml");
        cardText.textProperty().bindBidirectional(model.textProperty());
        cardNote.textProperty().bindBidirectional(model.noteProperty());
        cardTags.textProperty().bindBidirectional(model.tagsProperty());
        cardColor.valueProperty().bindBidirectional(model.colorProperty());
        FormControls.finishTypingOnFocusLoss(model, cardText, cardNote, cardTags);
        FormControls.tabMovesFocus(cardText, cardNote);

        cardChannel.getItems().setAll(Channel.values());
        cardChannel.setCellFactory(list -> new ChannelCell());
        cardChannel.setButtonCell(new ChannelCell());
        cardChannel.valueProperty().bindBidirectional(model.channelProperty());
        showOnlyWhen(channelRow, model.hasChannelProperty());

        ToggleButton[] scores = {scoreMinus2, scoreMinus1, scoreZero, scorePlus1, scorePlus2};
        for (int i = 0; i < scores.length; i++) {
            int score = i - 2;
            scores[i].setToggleGroup(scoreGroup);
            scores[i].setUserData(score);
            scores[i].setGraphic(FormControls.glyph(Icons.score(score), 18));
            scores[i].setTooltip(new Tooltip(CardSectionModel.describeScore(score)));
        }
        model.scoreProperty().addListener((obs, old, score) -> showScore(score));
        scoreGroup.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (!showingScore) {
                model.scoreProperty().set(toggle == null ? null : (Integer) toggle.getUserData());
            }
        });
        scoreLabel.textProperty().bind(model.scoreTextProperty());
        showOnlyWhen(scoreRow, model.hasScoreProperty());
        FutureScoreChoice.bind(cardFutureScore, model.futureScoreProperty());
        cardFutureScore.setTooltip(new Tooltip(Messages.get("inspector.card.futureScoreTip")));

        // Texts set here, not in the FXML: the storyboard's keys live in the bundles' pictures section.
        pictureLabel.setText(Messages.get("inspector.card.picture"));
        cardPictureChoose.setText(Messages.get("inspector.card.choosePicture"));
        cardPictureRemove.setText(Messages.get("inspector.card.removePicture"));
        showOnlyWhen(pictureRow, model.hasPictureProperty());
        model.pictureProperty().addListener((obs, old, picture) -> showPicture(picture));
        showPicture(model.pictureProperty().get());
    }

    /** The picture as a preview of the panel's width, or a hint that says how to add one. */
    private void showPicture(String dataUri) {
        Image image = null;
        if (dataUri != null) {
            try {
                image = new Image(new ByteArrayInputStream(PhotoUri.bytes(dataUri)), PICTURE_WIDTH, 0, true, true);
            } catch (IllegalArgumentException e) {
                image = null;
            }
        }
        if (image == null || image.isError()) {
            Label hint = new Label(Messages.get("inspector.card.noPicture"));
            hint.setWrapText(true);
            hint.getStyleClass().add("inspector-hint");
            hint.setGraphic(FormControls.glyph(Icons.emptyPicture(), 24));
            pictureBox.getChildren().setAll(hint);
        } else {
            ImageView view = new ImageView(image);
            view.setId("cardPicture");
            pictureBox.getChildren().setAll(view);
        }
        cardPictureRemove.setDisable(dataUri == null);
    }

    @FXML
    private void onChoosePicture() {
        model.choosePicture();
    }

    @FXML
    private void onRemovePicture() {
        model.removePicture();
    }

    VBox root() {
        return root;
    }

    /** Presses the button of the model's score without taking that for the user's choice. */
    private void showScore(Integer score) {
        showingScore = true;
        try {
            scoreGroup.selectToggle(scoreGroup.getToggles().stream()
                    .filter(toggle -> toggle.getUserData().equals(score))
                    .findFirst()
                    .orElse(null));
        } finally {
            showingScore = false;
        }
    }

    private static void showOnlyWhen(VBox row, javafx.beans.value.ObservableBooleanValue condition) {
        row.visibleProperty().bind(condition);
        row.managedProperty().bind(condition);
    }

    @FXML
    private void onColorReset() {
        model.resetColor();
    }

    /** A channel with its icon, in the channel picker. */
    private static final class ChannelCell extends ListCell<Channel> {
        @Override
        protected void updateItem(Channel channel, boolean empty) {
            super.updateItem(channel, empty);
            setText(empty || channel == null ? null : channel.label());
            setGraphic(empty || channel == null ? null : FormControls.glyph(Icons.channel(channel), 16));
        }
    }
}
