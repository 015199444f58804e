package org.journeycanvas.command;

import java.util.List;
import org.journeycanvas.model.Persona;

/** A change to one field of a persona. Edits of the same field of the same persona merge into one undo step. */
public sealed interface PersonaEdit {
    Persona applyTo(Persona persona);

    String description();

    record SetName(String name) implements PersonaEdit {
        @Override
        public Persona applyTo(Persona persona) {
            return persona.withName(name);
        }

        @Override
        public String description() {
            return "Rename persona";
        }
    }

    record SetRole(String role) implements PersonaEdit {
        @Override
        public Persona applyTo(Persona persona) {
            return persona.withRole(role);
        }

        @Override
        public String description() {
            return "Edit persona role";
        }
    }

    record SetQuote(String quote) implements PersonaEdit {
        @Override
        public Persona applyTo(Persona persona) {
            return persona.withQuote(quote);
        }

        @Override
        public String description() {
            return "Edit persona quote";
        }
    }

    record SetDescription(String text) implements PersonaEdit {
        @Override
        public Persona applyTo(Persona persona) {
            return persona.withDescription(text);
        }

        @Override
        public String description() {
            return "Edit persona description";
        }
    }

    record SetGoals(List<String> goals) implements PersonaEdit {
        public SetGoals {
            goals = List.copyOf(goals);
        }

        @Override
        public Persona applyTo(Persona persona) {
            return persona.withGoals(goals);
        }

        @Override
        public String description() {
            return "Edit persona goals";
        }
    }

    record SetColor(String color) implements PersonaEdit {
        @Override
        public Persona applyTo(Persona persona) {
            return persona.withColor(color);
        }

        @Override
        public String description() {
            return "Change persona colour";
        }
    }

    record SetPhoto(String photo) implements PersonaEdit {
        @Override
        public Persona applyTo(Persona persona) {
            return persona.withPhoto(photo);
        }

        @Override
        public String description() {
            return photo == null ? "Remove persona photo" : "Set persona photo";
        }
    }
}
