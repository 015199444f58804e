package org.journeycanvas.importing;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.journeycanvas.io.table.ColumnRole;

/** Which 0-based column of a table holds each {@link ColumnRole}; a role may have no column. */
public record ColumnMapping(Map<ColumnRole, Integer> columns) {
    public ColumnMapping {
        columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
    }

    /**
     * The columns guessed from a header row, in any of the interface's languages, case and spacing ignored. A
     * header cell names a role when it is the role's column label ({@code import.column.ROLE}) or one of its other
     * words ({@code import.guess.ROLE}) in any language, compared without case, accents, spaces or punctuation.
     * Each column gets at most one role and each role at most one column; the leftmost column wins, and a word
     * two roles share goes to the first role in {@link ColumnRole}'s order that is still free.
     */
    public static ColumnMapping guess(List<String> header) {
        Map<ColumnRole, Set<String>> words = headerWords();
        Map<ColumnRole, Integer> guessed = new EnumMap<>(ColumnRole.class);
        for (int column = 0; column < header.size(); column++) {
            String cell = LocalizedWords.normalized(header.get(column));
            if (cell.isEmpty()) {
                continue;
            }
            for (ColumnRole role : ColumnRole.values()) {
                if (!guessed.containsKey(role) && words.get(role).contains(cell)) {
                    guessed.put(role, column);
                    break;
                }
            }
        }
        return new ColumnMapping(guessed);
    }

    private static Map<ColumnRole, Set<String>> headerWords() {
        Map<ColumnRole, Set<String>> words = new EnumMap<>(ColumnRole.class);
        for (ColumnRole role : ColumnRole.values()) {
            Set<String> normalized = new HashSet<>();
            for (String text : LocalizedWords.texts("import.column." + role.name())) {
                normalized.add(LocalizedWords.normalized(text));
            }
            for (String word : LocalizedWords.wordLists("import.guess." + role.name())) {
                normalized.add(LocalizedWords.normalized(word));
            }
            normalized.remove("");
            words.put(role, normalized);
        }
        return words;
    }

    public OptionalInt column(ColumnRole role) {
        Integer column = columns.get(role);
        return column == null ? OptionalInt.empty() : OptionalInt.of(column);
    }

    /**
     * This mapping with {@code role} in {@code column}, or without a column when it is null. A column has one
     * role, so the role it had before is dropped.
     */
    public ColumnMapping with(ColumnRole role, Integer column) {
        Map<ColumnRole, Integer> changed = new EnumMap<>(ColumnRole.class);
        changed.putAll(columns);
        if (column == null) {
            changed.remove(role);
        } else {
            changed.values().removeIf(column::equals);
            changed.put(role, column);
        }
        return new ColumnMapping(changed);
    }
}
