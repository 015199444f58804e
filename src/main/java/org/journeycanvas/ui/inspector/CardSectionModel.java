package org.journeycanvas.ui.inspector;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.paint.Color;
import org.journeycanvas.command.Field;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Channel;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.ui.EditorActions;

/** Every field of one card; the channel only for touchpoints, the score only for emotions, the picture only for a storyboard. */
public final class CardSectionModel extends SectionModel {
    private static final String[] SCORE_KEYS = {
        "inspector.score.veryNegative",
        "inspector.score.negative",
        "inspector.score.neutral",
        "inspector.score.positive",
        "inspector.score.veryPositive"
    };

    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final ObjectProperty<Color> color = new SimpleObjectProperty<>(Color.TRANSPARENT);
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> score = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> futureScore = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper scoreText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasChannel = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasScore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasPicture = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper picture = new ReadOnlyStringWrapper();
    private final Consumer<String> pictureChooser;
    private String cardId;

    public CardSectionModel(EditorActions actions) {
        this(actions, cardId -> {});
    }

    /** @param pictureChooser asks for a storyboard card's picture and puts it on the card with that id */
    public CardSectionModel(EditorActions actions, Consumer<String> pictureChooser) {
        super(actions);
        this.pictureChooser = pictureChooser;
        onUserChange(text, value -> actions.typeInField(Field.CARD_TEXT, cardId, value));
        onUserChange(note, value -> actions.typeInField(Field.CARD_NOTE, cardId, value));
        onUserChange(tags, value -> actions.typeInField(Field.CARD_TAGS, cardId, splitTags(value)));
        onColorPicked(color, hex -> actions.setField(Field.CARD_COLOR, cardId, hex));
        onUserChange(channel, value -> {
            if (value != null) {
                actions.setField(Field.CARD_CHANNEL, cardId, value);
            }
        });
        onUserChange(score, value -> actions.setField(Field.CARD_SCORE, cardId, value));
        onUserChange(futureScore, value -> actions.setField(Field.CARD_FUTURE_SCORE, cardId, value));
    }

    public void show(JourneyMap.CardPlace place) {
        Card card = place.card();
        fill(() -> {
            cardId = card.id();
            text.set(card.text());
            note.set(card.note());
            // Typing "a, b," must not lose its comma: the field changes only when it means other tags.
            if (!splitTags(tags.get()).equals(card.tags())) {
                tags.set(String.join(", ", card.tags()));
            }
            color.set(colorOf(card.color()));
            hasChannel.set(place.lane().kind() == LaneKind.TOUCHPOINTS);
            channel.set(card.channel());
            hasScore.set(place.lane().kind() == LaneKind.EMOTIONS);
            score.set(card.score());
            futureScore.set(card.futureScore());
            hasPicture.set(place.lane().kind() == LaneKind.STORYBOARD);
            picture.set(card.picture());
            scoreText.set(
                    card.score() == null ? Messages.get("inspector.score.notRated") : describeScore(card.score()));
        });
    }

    /** Asks for a picture file for this storyboard card; it replaces the card's picture once imported. */
    public void choosePicture() {
        pictureChooser.accept(cardId);
    }

    public void removePicture() {
        actions.setField(Field.CARD_PICTURE, cardId, null);
    }

    /** Gives the card back the colour of its kind. */
    public void resetColor() {
        actions.setField(Field.CARD_COLOR, cardId, null);
    }

    /** A score as people say it: "Positive (+1)". */
    public static String describeScore(int score) {
        String signed = (score > 0 ? "+" : "") + score;
        return Messages.get("inspector.score.described", Messages.get(SCORE_KEYS[score - Card.MIN_SCORE]), signed);
    }

    static List<String> splitTags(String text) {
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .toList();
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** The tags as typed: comma-separated. */
    public StringProperty tagsProperty() {
        return tags;
    }

    public ObjectProperty<Color> colorProperty() {
        return color;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    /** The emotion's score from -2 to +2, or null when not rated. */
    public ObjectProperty<Integer> scoreProperty() {
        return score;
    }

    /** The emotion's to-be score from -2 to +2 (the to-be curve), or null when not set. */
    public ObjectProperty<Integer> futureScoreProperty() {
        return futureScore;
    }

    public ReadOnlyStringProperty scoreTextProperty() {
        return scoreText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasChannelProperty() {
        return hasChannel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasScoreProperty() {
        return hasScore.getReadOnlyProperty();
    }

    /** Whether the card is a storyboard card, which has a picture (or room for one). */
    public ReadOnlyBooleanProperty hasPictureProperty() {
        return hasPicture.getReadOnlyProperty();
    }

    /** The storyboard card's picture, a data URI, or null when it has none. */
    public ReadOnlyStringProperty pictureProperty() {
        return picture.getReadOnlyProperty();
    }
}
