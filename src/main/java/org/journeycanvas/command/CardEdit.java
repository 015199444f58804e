package org.journeycanvas.command;

import java.util.List;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Channel;

/** A change to one field of a card. Edits of the same field of the same card merge into one undo step. */
public sealed interface CardEdit {
    Card applyTo(Card card);

    String description();

    record SetText(String text) implements CardEdit {
        @Override
        public Card applyTo(Card card) {
            return card.withText(text);
        }

        @Override
        public String description() {
            return "Edit card text";
        }
    }

    record SetNote(String note) implements CardEdit {
        @Override
        public Card applyTo(Card card) {
            return card.withNote(note);
        }

        @Override
        public String description() {
            return "Edit card note";
        }
    }

    record SetChannel(Channel channel) implements CardEdit {
        @Override
        public Card applyTo(Card card) {
            return card.withChannel(channel);
        }

        @Override
        public String description() {
            return "Change channel";
        }
    }

    record SetScore(Integer score) implements CardEdit {
        @Override
        public Card applyTo(Card card) {
            return card.withScore(score);
        }

        @Override
        public String description() {
            return "Change emotion score";
        }
    }

    record SetColor(String color) implements CardEdit {
        @Override
        public Card applyTo(Card card) {
            return card.withColor(color);
        }

        @Override
        public String description() {
            return "Change card colour";
        }
    }

    record SetTags(List<String> tags) implements CardEdit {
        public SetTags {
            tags = List.copyOf(tags);
        }

        @Override
        public Card applyTo(Card card) {
            return card.withTags(tags);
        }

        @Override
        public String description() {
            return "Edit card tags";
        }
    }
}
