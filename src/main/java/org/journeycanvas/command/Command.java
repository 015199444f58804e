package org.journeycanvas.command;

import java.util.Optional;
import org.journeycanvas.model.JourneyMap;

/**
 * One change to a map, and the only way a map changes. Commands are immutable values; the
 * {@link CommandStack} keeps the map before and after each one, so undo never needs an inverse.
 */
public interface Command {
    /** What the change is, for the Edit menu: "Move card" (shown as "Undo Move card"). */
    String description();

    /**
     * The map after this change. Throws {@link IllegalArgumentException} when the change does not fit the map
     * (an element it names is not there): that is a programming error, and the map stays as it was.
     */
    JourneyMap apply(JourneyMap map);

    /**
     * One command doing this and then {@code next}, when the two belong to one undo step (typing in one field,
     * nudging with arrow keys); empty when they are separate steps.
     */
    default Optional<Command> mergeWith(Command next) {
        return Optional.empty();
    }
}
