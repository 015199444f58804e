package org.journeycanvas.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.journeycanvas.command.CommandStack;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.table.ColumnRole;
import org.journeycanvas.io.table.Table;
import org.journeycanvas.io.table.TableRow;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.MapGenerator;
import org.journeycanvas.model.Persona;
import org.journeycanvas.testing.InEnglish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export with every card edited comes back as one undo step applied in about one pass over the map (one command
 * per card made this quadratic: 20,000 edited cards took most of a minute). Not timed: the suite would notice.
 */
@ExtendWith(InEnglish.class)
class ManyChangesTest {
    private static final int CARDS = 20_000;

    @TempDir
    Path folder;

    @Test
    void twentyThousandEditedCardsAreAppliedAsOneUndoStep() throws Exception {
        JourneyMap map = MapGenerator.generate(1, 10, CARDS, 7);
        // the cards sheet as it is read, every text and note edited (built here: writing 20,000 rows with POI
        // would be most of the test's time)
        List<String> header = List.of(
                        ColumnRole.PERSONA,
                        ColumnRole.STAGE,
                        ColumnRole.LANE,
                        ColumnRole.TEXT,
                        ColumnRole.NOTE,
                        ColumnRole.CARD_ID)
                .stream()
                .map(ColumnRole::label)
                .toList();
        List<TableRow> rows = new ArrayList<>();
        Persona persona = map.personas().get(0);
        for (Lane lane : persona.lanes()) {
            for (Card card : lane.cards()) {
                String stage = map.stage(card.stageId()).orElseThrow().name();
                rows.add(new TableRow(
                        rows.size() + 2,
                        List.of(persona.name(), stage, lane.title(), card.text() + " (checked)", "seen", card.id())));
            }
        }
        Table cards = new Table("all.xlsx", "Cards", true, header, rows, List.of());
        Table stages = new Table("all.xlsx", "Overview", true, List.of(), List.of(), List.of());
        ExportedCards edited = new ExportedCards(map.id(), cards, stages, List.of(persona.id()));

        List<MapChange> changes = MapChanges.between(map, edited);
        assertThat(changes).hasSize(2 * CARDS);
        CommandStack stack = new CommandStack(map);
        stack.execute(MapChanges.command(changes));

        assertThat(stack.current().personas().get(0).lanes().stream()
                        .flatMap(lane -> lane.cards().stream())
                        .map(Card::text))
                .hasSize(CARDS)
                .allMatch(text -> text.endsWith(" (checked)"));
        assertThat(stack.undoLabel()).contains("Import changes");
        stack.undo();
        assertThat(stack.current()).isEqualTo(map);
    }

    @Test
    void manyDeletionsAndMovesAreOneStepEachAcceptableAlone() throws Exception {
        JourneyMap map = MapGenerator.generate(1, 4, 600, 3);
        Persona persona = map.personas().get(0);
        Lane first = persona.lanes().get(0);
        Path file;
        try (EditedExport export = EditedExport.of(map, null, folder.resolve("some.xlsx"))) {
            Set<String> ids = first.cards().stream().map(Card::id).collect(Collectors.toSet());
            int id = export.column(ColumnRole.CARD_ID);
            for (Row row : export.cards()) {
                if (ids.contains(row.getCell(id).getStringCellValue())) {
                    // an emptied row is as good as a deleted one
                    row.forEach(Cell::setBlank);
                }
            }
            file = export.save();
        }
        List<MapChange> changes =
                MapChanges.between(map, ExcelRoundTrip.read(file, Progress.NONE).orElseThrow());
        assertThat(changes).hasSize(first.cards().size()).allMatch(MapChange::isDeletion);

        JourneyMap all = MapChanges.command(changes).apply(map);
        JourneyMap one = MapChanges.command(changes.subList(0, 1)).apply(map);

        assertThat(all.lane(first.id()).orElseThrow().cards()).isEmpty();
        assertThat(one.cardCount()).isEqualTo(map.cardCount() - 1);
    }
}
