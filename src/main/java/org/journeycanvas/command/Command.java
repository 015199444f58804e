package org.journeycanvas.command;

import java.util.Optional;
import org.journeycanvas.model.JourneyMap;

/**
 * One change to a map, and the only way a map changes. Commands are immutable values; the
 * {@link CommandStack} keeps the map before and after each one, so undo never needs an inverse and a command
 * is only an undo label, a map-to-map function and a rule for merging.
 */
public interface Command {
    /** What the Edit menu calls this change: "Move card" (shown as "Undo Move card"). */
    String undoLabel();

    /**
     * The map after this change. Throws {@link IllegalArgumentException} when the change does not fit the map
     * (an element it names is not there): that is a programming error, and the map stays as it was.
     */
    JourneyMap apply(JourneyMap map);

    /**
     * One command standing for this and then {@code next}, when the two belong to one undo step (typing in one
     * field); empty when they are separate steps. The stack keeps the maps, so the merged command only labels
     * the step.
     */
    default Optional<Command> mergeWith(Command next) {
        return Optional.empty();
    }
}
