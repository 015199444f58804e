package org.journeycanvas.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.table.Table;
import org.journeycanvas.io.table.TableRow;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.testing.MapArbitraries;

/** Any map written as a card table, one row per card, comes back with the same card texts and notes. */
class TableImportProperties {
    private static final List<String> HEADER =
            List.of("Persona", "Stage", "Lane", "Text", "Note", "Tags", "Channel", "Score");

    private Locale before;

    @BeforeProperty
    void speakEnglish() {
        before = Messages.language();
        Messages.use(Locale.ENGLISH);
    }

    @AfterProperty
    void speakAsBefore() {
        Messages.use(before);
    }

    @Property(tries = 200)
    void everyCardWithTextComesBack(@ForAll("mapsWithNamedStages") JourneyMap map) {
        Table table = cardTable(map);
        ColumnMapping mapping = ColumnMapping.guess(table.header());

        TableImport imported = TableMapBuilder.build(
                table, new TableImportOptions(mapping, ScoreScale.MINUS_TWO_TO_TWO, LaneKind.NOTES), Progress.NONE);

        List<String> expected = new ArrayList<>();
        forEachCard(map, (lane, card) -> {
            if (!card.text().isBlank()) {
                expected.add(card.text().strip() + " | " + card.note().strip());
            }
        });
        List<String> actual = new ArrayList<>();
        forEachCard(imported.map(), (lane, card) -> actual.add(card.text() + " | " + card.note()));
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(imported.skipped())
                .allSatisfy(
                        skipped -> assertThat(skipped.reason()).endsWith("the row has no text, so it makes no card"));
    }

    @Provide
    Arbitrary<JourneyMap> mapsWithNamedStages() {
        return MapArbitraries.maps()
                .filter(map ->
                        map.stages().stream().noneMatch(stage -> stage.name().isBlank()));
    }

    /** The map as the Excel export's cards sheet lists it: one row per card. */
    private static Table cardTable(JourneyMap map) {
        List<TableRow> rows = new ArrayList<>();
        for (Persona persona : map.personas()) {
            for (Lane lane : persona.lanes()) {
                for (Card card : lane.cards()) {
                    rows.add(new TableRow(
                            rows.size() + 2,
                            List.of(
                                    persona.name(),
                                    map.stage(card.stageId()).orElseThrow().name(),
                                    lane.title(),
                                    card.text(),
                                    card.note(),
                                    String.join("; ", card.tags()),
                                    card.channel() == null ? "" : card.channel().name(),
                                    card.score() == null ? "" : card.score().toString())));
                }
            }
        }
        return new Table("map.xlsx", "Cards", true, HEADER, rows, List.of());
    }

    private static void forEachCard(JourneyMap map, CardVisitor visitor) {
        for (Persona persona : map.personas()) {
            for (Lane lane : persona.lanes()) {
                for (Card card : lane.cards()) {
                    visitor.visit(lane, card);
                }
            }
        }
    }

    private interface CardVisitor {
        void visit(Lane lane, Card card);
    }
}
