package org.journeycanvas.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Every element of a map by id, as its {@link MapIndex} keeps them: a table filled by a full check of the map
 * ({@link MapChecks}), or the table of the map an edit started from with the edit's changes laid over it
 * ({@link EditChecks}). An edit of a large map replaces a lane or two, so laying its changes over costs what those
 * lanes hold, where filling a new table cost every element of the map on every edit.
 *
 * <p>Immutable once made. Changes pile up from edit to edit; when they outgrow a share of the table they are
 * folded into a new one, so a lookup stays two hash lookups at most.
 */
final class ElementTable {
    /** Stands among the changes for an element an edit took out. */
    private static final Object GONE = new Object();
    /** Changes are folded into a new table beyond this many, or beyond this share of the table's elements. */
    private static final int FOLD_AT_LEAST = 64;

    private static final int FOLD_SHARE = 16;

    private final Map<String, Object> base;
    private final Map<String, Object> changes;
    private final boolean linked;

    /**
     * A table of all the elements.
     *
     * @param linked whether an opportunity of the map may link to pain points, which an edit of pain points must
     *     then check again
     */
    ElementTable(Map<String, Object> elements, boolean linked) {
        this(elements, Map.of(), linked);
    }

    private ElementTable(Map<String, Object> base, Map<String, Object> changes, boolean linked) {
        this.base = base;
        this.changes = changes;
        this.linked = linked;
    }

    /** The element with this id, or null. */
    Object get(String id) {
        Object changed = changes.get(id);
        if (changed == null) {
            return base.get(id);
        }
        return changed == GONE ? null : changed;
    }

    boolean linked() {
        return linked;
    }

    /** Starts an edit of this table, which is left as it is. */
    Edit edit() {
        return new Edit();
    }

    /** Changes to a table, each id claimed by one element at most; {@link #done} gives the table after them. */
    final class Edit {
        private final Map<String, Object> edits = new HashMap<>();

        /** Takes the element with this id out; a later claim may put another element under the id. */
        void remove(String id) {
            edits.put(id, GONE);
        }

        /** Puts an element under its id; false when an element that was not taken out already has it. */
        boolean claim(String id, Object element) {
            Object edited = edits.get(id);
            if (edited == GONE) {
                if (ElementTable.this.get(id) == element) {
                    edits.remove(id); // put back as it was: nothing to lay over
                } else {
                    edits.put(id, element);
                }
                return true;
            }
            if (edited != null || ElementTable.this.get(id) != null) {
                return false;
            }
            edits.put(id, element);
            return true;
        }

        /** The element with this id as the edit has left it so far. */
        Object get(String id) {
            Object edited = edits.get(id);
            if (edited == null) {
                return ElementTable.this.get(id);
            }
            return edited == GONE ? null : edited;
        }

        ElementTable done() {
            Map<String, Object> laidOver = new HashMap<>(changes);
            laidOver.putAll(edits);
            if (laidOver.size() <= Math.max(FOLD_AT_LEAST, base.size() / FOLD_SHARE)) {
                return new ElementTable(base, laidOver, linked);
            }
            Map<String, Object> folded = new HashMap<>(base);
            laidOver.forEach((id, element) -> {
                if (element == GONE) {
                    folded.remove(id);
                } else {
                    folded.put(id, element);
                }
            });
            return new ElementTable(folded, linked);
        }
    }
}
