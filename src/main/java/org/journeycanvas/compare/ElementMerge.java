package org.journeycanvas.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Merges one element field by field: a field changed on one side takes that change, the same change on both sides
 * is taken once, and a field changed differently on both is a conflict. Where the element sits (a card's lane
 * and stage, a lane's persona) is merged the same way, as one more value.
 *
 * @param <E> the element's record type
 */
final class ElementMerge<E> {
    /** Stands for "no such element" as a field's base value: nothing equals it. */
    private static final Object ABSENT = new Object();

    /**
     * What one element becomes. {@code element} takes ours where fields conflict; {@code theirs} (null when no field
     * conflicts) takes theirs there. {@code deletedOnOneSide} marks an element edited on one side and deleted on the
     * other, kept with its edit.
     */
    record Outcome<E>(
            E element,
            Object place,
            E theirs,
            List<ComparedField<E, ?>> conflicting,
            boolean movedOnBothSides,
            boolean deletedOnOneSide) {}

    private final List<ComparedField<E, ?>> fields;

    ElementMerge(List<ComparedField<E, ?>> fields) {
        this.fields = fields;
    }

    /** The element's outcome from its three versions (null where a side has none); null when it is deleted. */
    Outcome<E> merge(E base, E ours, E theirs, Object basePlace, Object ourPlace, Object theirPlace) {
        if (ours == null && theirs == null) {
            return null;
        }
        if (base != null && (ours == null || theirs == null)) {
            E kept = ours != null ? ours : theirs;
            Object keptPlace = ours != null ? ourPlace : theirPlace;
            if (sameFields(base, kept) && Objects.equals(basePlace, keptPlace)) {
                return null;
            }
            return new Outcome<>(kept, keptPlace, null, List.of(), false, true);
        }
        if (ours == null || theirs == null) {
            E added = ours != null ? ours : theirs;
            return new Outcome<>(added, ours != null ? ourPlace : theirPlace, null, List.of(), false, false);
        }
        E merged = ours;
        E theirVersion = ours;
        List<ComparedField<E, ?>> conflicting = new ArrayList<>();
        for (ComparedField<E, ?> field : fields) {
            Object baseValue = base == null ? ABSENT : field.valueIn(base);
            Object ourValue = field.valueIn(ours);
            Object theirValue = field.valueIn(theirs);
            if (!Objects.equals(ourValue, theirValue)
                    && !Objects.equals(ourValue, baseValue)
                    && !Objects.equals(theirValue, baseValue)) {
                conflicting.add(field);
                theirVersion = field.with(theirVersion, theirValue);
                continue;
            }
            Object value = Objects.equals(ourValue, baseValue) ? theirValue : ourValue;
            merged = field.with(merged, value);
            theirVersion = field.with(theirVersion, value);
        }
        Object baseOfPlace = base == null ? ABSENT : basePlace;
        boolean moved = !Objects.equals(ourPlace, theirPlace)
                && !Objects.equals(ourPlace, baseOfPlace)
                && !Objects.equals(theirPlace, baseOfPlace);
        Object place = Objects.equals(ourPlace, baseOfPlace) ? theirPlace : ourPlace;
        return new Outcome<>(merged, place, conflicting.isEmpty() ? null : theirVersion, conflicting, moved, false);
    }

    /** Whether two versions of an element have the same compared fields (their content is merged separately). */
    boolean sameFields(E one, E other) {
        return fields.stream().allMatch(field -> Objects.equals(field.valueIn(one), field.valueIn(other)));
    }
}
