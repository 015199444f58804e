package org.journeycanvas.importing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.journeycanvas.io.table.ColumnRole;

/** Which 0-based column of a table holds each {@link ColumnRole}; a role may have no column. */
public record ColumnMapping(Map<ColumnRole, Integer> columns) {
    public ColumnMapping {
        columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
    }

    /** The columns guessed from a header row, in any of the interface's languages, case and spacing ignored. */
    public static ColumnMapping guess(List<String> header) {
        throw new UnsupportedOperationException("not yet");
    }

    public OptionalInt column(ColumnRole role) {
        Integer column = columns.get(role);
        return column == null ? OptionalInt.empty() : OptionalInt.of(column);
    }

    /** This mapping with {@code role} in {@code column}, or without a column when it is null. */
    public ColumnMapping with(ColumnRole role, Integer column) {
        Map<ColumnRole, Integer> changed = new EnumMap<>(ColumnRole.class);
        changed.putAll(columns);
        if (column == null) {
            changed.remove(role);
        } else {
            changed.put(role, column);
        }
        return new ColumnMapping(changed);
    }
}
