package org.journeycanvas.ui.inspector;

import java.util.Arrays;
import java.util.List;
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

/** Every field of one card; the channel only for touchpoints and the score only for emotions. */
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
    private final ReadOnlyStringWrapper scoreText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasChannel = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasScore = new ReadOnlyBooleanWrapper();
    private String cardId;

    public CardSectionModel(EditorActions actions) {
        super(actions);
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
            scoreText.set(
                    card.score() == null ? Messages.get("inspector.score.notRated") : describeScore(card.score()));
        });
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

    public ReadOnlyStringProperty scoreTextProperty() {
        return scoreText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasChannelProperty() {
        return hasChannel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasScoreProperty() {
        return hasScore.getReadOnlyProperty();
    }
}
