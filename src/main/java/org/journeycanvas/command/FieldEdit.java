package org.journeycanvas.command;

import java.util.Objects;
import java.util.Optional;
import org.journeycanvas.model.JourneyMap;

/**
 * Sets one field of one element (the map, a stage, persona, lane or card, by id). Successive edits of the same
 * field of the same element are one undo step, so typing a word is undone at once.
 *
 * @param elementId the element's id; ignored for the map's own fields
 */
public record FieldEdit<E, V>(Field<E, V> field, String elementId, V value) implements Command {
    public FieldEdit {
        Objects.requireNonNull(field);
        Objects.requireNonNull(elementId);
    }

    /** Sets a field of the map itself. */
    public static <V> FieldEdit<JourneyMap, V> ofMap(Field<JourneyMap, V> field, V value) {
        return new FieldEdit<>(field, "", value);
    }

    @Override
    public String undoLabel() {
        return field.undoLabel(value);
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        return field.element().replace(map, elementId, element -> field.set(element, value));
    }

    @Override
    public Optional<Command> mergeWith(Command next) {
        return next instanceof FieldEdit<?, ?> other && other.field == field && other.elementId.equals(elementId)
                ? Optional.of(other)
                : Optional.empty();
    }
}
