package org.journeycanvas.app.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.importing.ColumnMapping;
import org.journeycanvas.io.table.ColumnRole;

/**
 * The {@code --mapping KEY=COLUMN} options: KEY a role ({@code stage}, {@code score}, {@code card-id}), COLUMN a
 * header text, a column letter ({@code C}) or a 1-based number ({@code 3}), or nothing for "no column". They
 * change the mapping guessed from the header. A wrong one is a usage error (its message is the exception's).
 */
final class ColumnOverrides {
    /** One {@code KEY=COLUMN} as written, with its role known. */
    private record Override(String written, ColumnRole role, String column) {}

    private final List<Override> overrides;

    private ColumnOverrides(List<Override> overrides) {
        this.overrides = overrides;
    }

    /** The options' roles, checked before the file is read. */
    static ColumnOverrides parse(List<String> options) {
        List<Override> parsed = new ArrayList<>();
        for (String option : options) {
            int equals = option.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException(Messages.get("cli.import.error.mappingForm", option));
            }
            String key =
                    option.substring(0, equals).strip().toUpperCase(Locale.ROOT).replace('-', '_');
            ColumnRole role = Arrays.stream(ColumnRole.values())
                    .filter(each -> each.name().equals(key))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            Messages.get("cli.import.error.mappingKey", option, roleNames())));
            parsed.add(new Override(option, role, option.substring(equals + 1).strip()));
        }
        return new ColumnOverrides(parsed);
    }

    /** The guessed mapping with the options applied, in their order, to the table's columns. */
    ColumnMapping applyTo(ColumnMapping guessed, List<String> header) {
        ColumnMapping mapping = guessed;
        for (Override override : overrides) {
            Integer column = override.column().isEmpty() ? null : column(override, header);
            mapping = mapping.with(override.role(), column);
        }
        return mapping;
    }

    /** A header text first (a column may well be called "A" or "1"), then a number, then letters. */
    private static int column(Override override, List<String> header) {
        String wanted = override.column();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        int index = -1;
        if (wanted.matches("\\d{1,4}")) {
            index = Integer.parseInt(wanted) - 1;
        } else if (wanted.matches("[A-Za-z]{1,3}")) {
            index = 0;
            for (char letter : wanted.toUpperCase(Locale.ROOT).toCharArray()) {
                index = index * 26 + (letter - 'A' + 1);
            }
            index--;
        }
        if (index < 0 || index >= header.size()) {
            throw new IllegalArgumentException(
                    Messages.get("cli.import.error.mappingColumn", override.written(), wanted, describe(header)));
        }
        return index;
    }

    /** The table's columns as the message lists them: {@code A "Stage", B "Text"}. */
    private static String describe(List<String> header) {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            columns.add(letters(i) + " \"" + header.get(i).strip() + "\"");
        }
        return String.join(", ", columns);
    }

    private static String letters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int rest = index + 1; rest > 0; rest = (rest - 1) / 26) {
            letters.insert(0, (char) ('A' + (rest - 1) % 26));
        }
        return letters.toString();
    }

    /** The keys a user may write: {@code persona, stage, …, card-id}. */
    static String roleNames() {
        return String.join(
                ", ",
                Arrays.stream(ColumnRole.values())
                        .map(role -> role.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .toList());
    }
}
