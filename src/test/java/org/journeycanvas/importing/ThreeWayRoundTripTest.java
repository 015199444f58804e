package org.journeycanvas.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.table.ColumnRole;
import org.journeycanvas.io.table.TableReadException;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The map may change after its export: the import brings back only what was edited in the workbook, and leaves
 * what the app did since (cards added, edited, deleted) alone.
 */
@ExtendWith(InEnglish.class)
class ThreeWayRoundTripTest {
    @TempDir
    Path folder;

    private final JourneyMap exported = SampleMaps.threeStages();

    /** The map after the export: a card added, one edited, one deleted in the app. */
    private final JourneyMap since = exported.withLanesMapped(lane -> switch (lane.id()) {
        case "l-touch" ->
            lane.withCardsMapped(card -> card.id().equals("c1") ? card.withText("Webinar (in the app)") : card)
                    .withCardsInserted("s3", 0, List.of(Card.of("c9", "s3", "Added in the app")));
        case "l-emo" -> lane.withoutCards(List.of("e1"));
        default -> lane;
    });

    @Test
    void anUneditedExportOfAMapChangedSinceGivesNoChange() throws Exception {
        Path file = EditedExport.export(exported, folder.resolve("unedited.xlsx"));

        assertThat(MapChanges.between(since, read(file))).isEmpty();
    }

    @Test
    void onlyRowsEditedInTheWorkbookChangeTheMapAndNewCardsOfTheMapStay() throws Exception {
        Path file;
        try (EditedExport export = EditedExport.of(exported, null, folder.resolve("edited.xlsx"))) {
            export.cell("Analyst report", ColumnRole.NOTE).setCellValue("Gartner");
            export.deleteRow("Product demo");
            file = export.save();
        }

        List<MapChange> changes = MapChanges.between(since, read(file));

        assertThat(changes)
                .extracting(MapChange::description)
                .containsExactlyInAnyOrder(
                        "Card \"Analyst report\": note \"\" → \"Gartner\"",
                        "Card \"Product demo\" deleted from Dana / Consideration / Touchpoints");
        JourneyMap result = MapChanges.command(changes).apply(since);
        assertThat(result.findCard("c9")).isPresent();
        assertThat(result.findCard("c1").orElseThrow().card().text()).isEqualTo("Webinar (in the app)");
        assertThat(result.findCard("e1")).isEmpty();
    }

    @Test
    void anExportWithoutFingerprintsIsComparedWithTheMapAsBefore() throws Exception {
        Path file;
        try (EditedExport export = EditedExport.of(exported, null, folder.resolve("old.xlsx"))) {
            export.forgetFingerprints();
            file = export.save();
        }

        assertThat(MapChanges.between(since, read(file)))
                .extracting(MapChange::description)
                .contains("Card \"Added in the app\" deleted from Dana / Decision / Touchpoints");
    }

    private static ExportedCards read(Path file) throws TableReadException {
        return ExcelRoundTrip.read(file, Progress.NONE).orElseThrow();
    }
}
