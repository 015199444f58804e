package org.journeycanvas.command;

import org.journeycanvas.model.Stage;

/** A change to one field of a stage. Edits of the same field of the same stage merge into one undo step. */
public sealed interface StageEdit {
    Stage applyTo(Stage stage);

    String description();

    record SetName(String name) implements StageEdit {
        @Override
        public Stage applyTo(Stage stage) {
            return stage.withName(name);
        }

        @Override
        public String description() {
            return "Rename stage";
        }
    }

    record SetDescription(String text) implements StageEdit {
        @Override
        public Stage applyTo(Stage stage) {
            return stage.withDescription(text);
        }

        @Override
        public String description() {
            return "Edit stage description";
        }
    }

    record SetColor(String color) implements StageEdit {
        @Override
        public Stage applyTo(Stage stage) {
            return stage.withColor(color);
        }

        @Override
        public String description() {
            return "Change stage colour";
        }
    }
}
