package org.journeycanvas.compare;

import org.journeycanvas.command.Command;
import org.journeycanvas.model.JourneyMap;

/**
 * One difference between an older and a newer version of a map, naming its element by id. {@link #takeBack}
 * gives the command that undoes it on the newer map (or on that map after other differences were taken back), as
 * one undo step; it throws {@link IllegalArgumentException} when the difference no longer fits the map (its
 * element is gone, or it was taken back already).
 */
public sealed interface Difference {
    ElementKind kind();

    /** The element's id; empty for the map's own fields. */
    String id();

    Command takeBack(JourneyMap current);

    /** An element the newer map has and the older had not. {@code element} is the newer record. */
    record Added(ElementKind kind, String id, Object element, Place place) implements Difference {
        @Override
        public Command takeBack(JourneyMap current) {
            return TakeBack.added(this, current);
        }
    }

    /** An element the older map had; {@code element} and {@code place} are as they were there. */
    record Removed(ElementKind kind, String id, Object element, Place place, JourneyMap older) implements Difference {
        @Override
        public Command takeBack(JourneyMap current) {
            return TakeBack.removed(this, current);
        }

        @Override
        public String toString() {
            return "Removed[" + kind + " " + id + " at " + place + "]";
        }
    }

    /**
     * An element in another place: a card in another lane, stage or position in its cell; a lane in another
     * persona or position; a stage or persona elsewhere in its list. Only elements whose order among the others
     * changed count as moved, not those that shifted because something was added or removed before them.
     */
    record Moved(ElementKind kind, String id, Object element, Place from, Place to, JourneyMap older)
            implements Difference {
        @Override
        public Command takeBack(JourneyMap current) {
            return TakeBack.moved(this, current);
        }

        @Override
        public String toString() {
            return "Moved[" + kind + " " + id + " from " + from + " to " + to + "]";
        }
    }

    /**
     * One field of an element that both maps have, with its older and newer value. {@code older} gives a lane
     * whose kind is taken back its cards' channels or scores.
     */
    record Changed(
            ElementKind kind,
            String id,
            Object element,
            ComparedField<?, ?> field,
            Object oldValue,
            Object newValue,
            JourneyMap older)
            implements Difference {
        @Override
        public Command takeBack(JourneyMap current) {
            return TakeBack.changed(this, current);
        }

        @Override
        public String toString() {
            return "Changed[" + kind + " " + id + " " + field.name() + ": " + oldValue + " -> " + newValue + "]";
        }
    }
}
