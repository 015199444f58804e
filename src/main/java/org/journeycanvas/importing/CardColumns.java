package org.journeycanvas.importing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.table.ColumnRole;
import org.journeycanvas.io.table.Table;
import org.journeycanvas.io.table.TableReadException;
import org.journeycanvas.io.table.TableRow;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Channel;

/**
 * The cells of the export's cards sheet as card values, found by their header in any language and in any order.
 * It takes what other programs write: a score as 1, 1.0, +1 or −1, a channel by its label in any language.
 */
final class CardColumns {
    /** Without these the rows cannot be matched to the map's cards; the others may be missing (then unchanged). */
    private static final List<ColumnRole> REQUIRED =
            List.of(ColumnRole.CARD_ID, ColumnRole.PERSONA, ColumnRole.STAGE, ColumnRole.LANE, ColumnRole.TEXT);

    private final Table table;
    private final ColumnMapping mapping;

    private CardColumns(Table table, ColumnMapping mapping) {
        this.table = table;
        this.mapping = mapping;
    }

    static CardColumns of(Table cards) throws TableReadException {
        ColumnMapping mapping = ColumnMapping.guess(cards.header());
        for (ColumnRole role : REQUIRED) {
            if (mapping.column(role).isEmpty()) {
                throw cards.problem(Messages.get("import.roundTrip.problem.noColumn", role.label()));
            }
        }
        return new CardColumns(cards, mapping);
    }

    Table table() {
        return table;
    }

    boolean has(ColumnRole role) {
        return mapping.column(role).isPresent();
    }

    /** The cell exactly as written, so that an unchanged text compares equal; "" when the sheet has no such column. */
    String text(TableRow row, ColumnRole role) {
        OptionalInt column = mapping.column(role);
        return column.isEmpty() ? "" : row.cell(column.getAsInt());
    }

    /** A name or an id: trimmed. */
    String name(TableRow row, ColumnRole role) {
        return text(row, role).strip();
    }

    TableReadException problem(TableRow row, ColumnRole role, String problem) {
        return table.problemAt(row, mapping.column(role).orElse(0), problem);
    }

    /** Tags split at "," or ";", as a table import splits them. */
    List<String> tags(TableRow row) {
        return Stream.of(text(row, ColumnRole.TAGS).split("[,;]"))
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .toList();
    }

    /** The channel by its label in any language or its name in files; null when the cell is empty. */
    Channel channel(TableRow row) throws TableReadException {
        String cell = name(row, ColumnRole.CHANNEL);
        if (cell.isEmpty()) {
            return null;
        }
        Optional<Channel> channel = KnownNames.channel(cell);
        if (channel.isPresent()) {
            return channel.get();
        }
        String known = Stream.of(Channel.values()).map(Channel::label).collect(Collectors.joining(", "));
        throw problem(row, ColumnRole.CHANNEL, Messages.get("import.roundTrip.problem.channel", cell, known));
    }

    /** The score, a whole number from −2 to +2 however it is written; null when the cell is empty. */
    Integer score(TableRow row) throws TableReadException {
        String cell = name(row, ColumnRole.SCORE);
        if (cell.isEmpty()) {
            return null;
        }
        String plain = cell.replace('\u2212', '-').replace(',', '.');
        plain = plain.startsWith("+") ? plain.substring(1) : plain;
        try {
            BigDecimal value = new BigDecimal(plain);
            if (value.stripTrailingZeros().scale() <= 0
                    && value.compareTo(BigDecimal.valueOf(Card.MIN_SCORE)) >= 0
                    && value.compareTo(BigDecimal.valueOf(Card.MAX_SCORE)) <= 0) {
                return value.intValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // not a number: said below, with the cell
        }
        throw problem(row, ColumnRole.SCORE, Messages.get("import.roundTrip.problem.score", cell));
    }
}
