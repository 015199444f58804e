package org.journeycanvas.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
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
import org.journeycanvas.model.Spaces;
import org.journeycanvas.model.Stage;
import org.journeycanvas.testing.MapArbitraries;

/**
 * Any map written as a card table, one row per card, comes back with every card in its persona, stage and lane
 * kind, with the same text, note, score, channel and tags.
 */
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
        for (Persona persona : map.personas()) {
            for (Lane lane : persona.lanes()) {
                for (Card card : lane.cards()) {
                    if (!Spaces.isBlank(card.text())) {
                        expected.add(
                                described(persona, map.stage(card.stageId()).orElseThrow(), lane, card, true));
                    }
                }
            }
        }
        List<String> actual = new ArrayList<>();
        JourneyMap result = imported.map();
        for (Persona persona : result.personas()) {
            for (Lane lane : persona.lanes()) {
                for (Card card : lane.cards()) {
                    actual.add(described(persona, result.stage(card.stageId()).orElseThrow(), lane, card, false));
                }
            }
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(imported.skipped())
                .allSatisfy(
                        skipped -> assertThat(skipped.reason()).endsWith("the row has no text, so it makes no card"));
    }

    @Provide
    Arbitrary<JourneyMap> mapsWithNamedStages() {
        return MapArbitraries.maps()
                .filter(map -> map.stages().stream().noneMatch(stage -> Spaces.isBlank(stage.name())))
                // a row without a persona takes the one above it, as grouped rows do
                .filter(map -> map.personas().stream().noneMatch(persona -> Spaces.isBlank(persona.name())));
    }

    /**
     * Where a card is and what it holds, as the import should bring it back: persona and stage by their names
     * compared as the import compares them, the lane by its kind, the tags as the tags cell splits them.
     */
    private static String described(Persona persona, Stage stage, Lane lane, Card card, boolean written) {
        List<String> tags = written
                ? List.copyOf(new LinkedHashSet<>(
                        Arrays.stream(String.join("; ", card.tags()).split("[;,]"))
                                .map(Spaces::strip)
                                .filter(tag -> !tag.isEmpty())
                                .toList()))
                : card.tags();
        return String.join(
                " | ",
                MapDraft.nameKey(persona.name()),
                MapDraft.nameKey(stage.name()),
                lane.kind().name(),
                written ? Spaces.strip(card.text()) : card.text(),
                written ? Spaces.strip(card.note()) : card.note(),
                String.valueOf(card.score()),
                String.valueOf(card.channel()),
                String.valueOf(tags));
    }

    /** The map as the Excel export's cards sheet lists it: one row per card, each lane named by its kind. */
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
                                    lane.kind().name(),
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
}
