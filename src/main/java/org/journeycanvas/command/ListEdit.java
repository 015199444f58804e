package org.journeycanvas.command;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;

/**
 * Adds, moves or deletes one element of a list in the map — a stage, a persona, a lane — as one undo step.
 *
 * @param <E> the element's record type
 */
public record ListEdit<E>(String undoLabel, ElementList<E> list, Change<E> change) implements Command {
    /** What happens to the list. */
    public sealed interface Change<E> {
        /** Puts a new element at a position (0 = first; the list's size = last). */
        record Insert<E>(E element, int index) implements Change<E> {}

        /** Moves an element so that it ends up at {@code toIndex}, counted after it is taken out. */
        record Move<E>(String id, int toIndex) implements Change<E> {}

        /** Takes an element out. */
        record Remove<E>(String id) implements Change<E> {}
    }

    public static <E> ListEdit<E> insert(ElementList<E> list, E element, int index) {
        return new ListEdit<>(
                Messages.get("undo.add." + list.elementName()), list, new Change.Insert<>(element, index));
    }

    public static <E> ListEdit<E> move(ElementList<E> list, String id, int toIndex) {
        return new ListEdit<>(Messages.get("undo.move." + list.elementName()), list, new Change.Move<>(id, toIndex));
    }

    public static <E> ListEdit<E> remove(ElementList<E> list, String id) {
        return new ListEdit<>(Messages.get("undo.delete." + list.elementName()), list, new Change.Remove<>(id));
    }

    /** Adds a lane where its kind usually goes: after the last lane whose kind comes before it or is the same. */
    public static ListEdit<Lane> addLaneInUsualPlace(Persona persona, Lane lane) {
        return new ListEdit<>(
                Messages.get("undo.addLane." + lane.kind().name()),
                ElementList.lanesOf(persona.id()),
                new Change.Insert<>(lane, usualPlace(persona.lanes(), lane.kind())));
    }

    /** Where a lane of a kind usually goes among lanes: after the last of the same or an earlier kind. */
    static int usualPlace(List<Lane> lanes, LaneKind kind) {
        int index = 0;
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i).kind().ordinal() <= kind.ordinal()) {
                index = i + 1;
            }
        }
        return index;
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        List<E> elements = new ArrayList<>(list.in(map));
        if (change instanceof Change.Insert<E> insert) {
            checkPosition(insert.index(), elements.size());
            elements.add(insert.index(), insert.element());
            return list.with(map, elements, null);
        }
        if (change instanceof Change.Move<E> move) {
            E element = elements.remove(indexOf(elements, move.id()));
            checkPosition(move.toIndex(), elements.size());
            elements.add(move.toIndex(), element);
            return list.with(map, elements, null);
        }
        Change.Remove<E> remove = (Change.Remove<E>) change;
        E removed = elements.remove(indexOf(elements, remove.id()));
        return list.with(map, elements, removed);
    }

    private int indexOf(List<E> elements, String id) {
        for (int i = 0; i < elements.size(); i++) {
            if (list.idOf(elements.get(i)).equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no " + list.elementName() + " \"" + id + "\"");
    }

    private void checkPosition(int index, int size) {
        if (index < 0 || index > size) {
            throw new IllegalArgumentException("no " + list.elementName() + " position " + index);
        }
    }
}
