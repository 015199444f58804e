package org.journeycanvas.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.Card;

/**
 * The emotion card's "To-be emotion" choice: not set, or a score from -2 to +2. It sets the to-be point that the
 * canvas then lets the user drag; choosing "not set" takes the moment off the to-be curve.
 */
final class FutureScoreChoice {
    /** Stands for "not set" in the list, which a combo box shows more reliably than a null item. */
    static final int NOT_SET = Integer.MIN_VALUE;

    private FutureScoreChoice() {}

    static void bind(ComboBox<Integer> choice, ObjectProperty<Integer> futureScore) {
        List<Integer> choices = new ArrayList<>(List.of(NOT_SET));
        for (int score = Card.MAX_SCORE; score >= Card.MIN_SCORE; score--) {
            choices.add(score);
        }
        choice.getItems().setAll(choices);
        choice.setCellFactory(list -> new ScoreCell());
        choice.setButtonCell(new ScoreCell());
        boolean[] showing = {false};
        choice.setValue(toChoice(futureScore.get()));
        futureScore.addListener((obs, old, score) -> {
            showing[0] = true;
            try {
                choice.setValue(toChoice(score));
            } finally {
                showing[0] = false;
            }
        });
        choice.valueProperty().addListener((obs, old, chosen) -> {
            if (!showing[0] && chosen != null) {
                futureScore.set(chosen == NOT_SET ? null : chosen);
            }
        });
    }

    private static Integer toChoice(Integer score) {
        if (score == null) {
            return NOT_SET;
        }
        return score;
    }

    private static final class ScoreCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer score, boolean empty) {
            super.updateItem(score, empty);
            if (empty || score == null) {
                setText(null);
            } else {
                setText(
                        score == NOT_SET
                                ? Messages.get("inspector.score.notSet")
                                : CardSectionModel.describeScore(score));
            }
        }
    }
}
