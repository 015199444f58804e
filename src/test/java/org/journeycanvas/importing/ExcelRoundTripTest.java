package org.journeycanvas.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.journeycanvas.command.CommandStack;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.table.ColumnRole;
import org.journeycanvas.io.table.TableReadException;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Channel;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;
import org.journeycanvas.templates.BundledTemplate;
import org.journeycanvas.templates.TemplateCatalog;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.journeycanvas.testing.UserCancelled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An Excel export edited elsewhere comes back into its map as exactly the edits made, and nothing else. */
@ExtendWith(InEnglish.class)
class ExcelRoundTripTest {
    @TempDir
    Path folder;

    private final JourneyMap sample = SampleMaps.threeStages();

    @ParameterizedTest
    @EnumSource(BundledTemplate.class)
    void everyTemplateComesBackWithoutAChange(BundledTemplate bundled) throws Exception {
        TemplateCatalog catalog = new TemplateCatalog(folder.resolve("user"));
        JourneyMap map = catalog.read(catalog.find(bundled.id()).orElseThrow());
        Path file = EditedExport.export(map, folder.resolve(bundled.id() + ".xlsx"));

        assertThat(MapChanges.between(map, read(file))).isEmpty();
    }

    @Test
    void aWorkbookThatIsNoExportIsNotTakenForOne() throws Exception {
        Path file = folder.resolve("plain.xlsx");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = java.nio.file.Files.newOutputStream(file)) {
            book.createSheet("Interviews").createRow(0).createCell(0).setCellValue("Stage");
            book.write(out);
        }
        assertThat(ExcelRoundTrip.read(file, Progress.NONE)).isEmpty();
    }

    @Test
    void editsMadeElsewhereComeBackAsExactlyThoseChangesAndOneUndoStep() throws Exception {
        Path file;
        try (EditedExport export = EditedExport.of(sample, null, folder.resolve("edited.xlsx"))) {
            export.cell("Industry webinar", ColumnRole.TEXT).setCellValue("Industry webinar (recorded)");
            export.cell("Curious", ColumnRole.SCORE).setCellValue(-2.0);
            export.addRow(
                    List.of(ColumnRole.PERSONA, ColumnRole.STAGE, ColumnRole.LANE, ColumnRole.TEXT, ColumnRole.SCORE),
                    "Dana",
                    "Decision",
                    "Emotions",
                    "Relieved",
                    2);
            export.deleteRow("Product demo");
            export.renameStage("Consideration", "Evaluation");
            export.sortRowsByTextDescending();
            file = export.save();
        }

        List<MapChange> changes = MapChanges.between(sample, read(file));

        assertThat(changes)
                .extracting(MapChange::description)
                .containsExactlyInAnyOrder(
                        "Stage \"Consideration\" renamed \"Evaluation\"",
                        "Card \"Industry webinar\": text \"Industry webinar\" → \"Industry webinar (recorded)\"",
                        "Card \"Curious\": score +1 → -2",
                        "New card \"Relieved\" in Dana / Decision / Emotions",
                        "Card \"Product demo\" deleted from Dana / Evaluation / Touchpoints");
        assertThat(changes).filteredOn(MapChange::isDeletion).hasSize(1);

        CommandStack stack = new CommandStack(sample);
        stack.execute(MapChanges.command(changes));
        JourneyMap result = stack.current();
        Card relieved = result.lane("l-emo").orElseThrow().cardsAt("s3").get(0);
        JourneyMap expected = sample.withStages(
                        List.of(Stage.of("s1", "Awareness"), Stage.of("s2", "Evaluation"), Stage.of("s3", "Decision")))
                .withLanesMapped(lane -> switch (lane.id()) {
                    case "l-touch" ->
                        lane.withoutCards(Set.of("c3"))
                                .withCardsMapped(card ->
                                        card.id().equals("c1") ? card.withText("Industry webinar (recorded)") : card);
                    case "l-emo" ->
                        lane.withCardsMapped(card -> card.withScore(-2))
                                .withCardsInserted(
                                        "s3",
                                        0,
                                        List.of(new Card(
                                                relieved.id(), "s3", "Relieved", "", null, 2, null, List.of())));
                    default -> lane;
                });
        assertThat(result).isEqualTo(expected);
        assertThat(stack.undoLabel()).contains("Import changes");
        stack.undo();
        assertThat(stack.current()).isEqualTo(sample);
    }

    @Test
    void changesCanBeAcceptedOneByOneAndADeletionOnlyWhenChosen() throws Exception {
        Path file;
        try (EditedExport export = EditedExport.of(sample, null, folder.resolve("partly.xlsx"))) {
            export.cell("Analyst report", ColumnRole.TAGS).setCellValue("analyst, print");
            export.deleteRow("Industry webinar");
            file = export.save();
        }
        List<MapChange> changes = MapChanges.between(sample, read(file));
        List<MapChange> withoutDeletions =
                changes.stream().filter(change -> !change.isDeletion()).toList();

        JourneyMap result = MapChanges.command(withoutDeletions).apply(sample);

        assertThat(result.findCard("c1")).isPresent();
        assertThat(result.findCard("c2").orElseThrow().card().tags()).containsExactly("analyst", "print");
    }

    @Test
    void aCardMovedToANewStageAndAnUnknownLaneGetsThatLaneInTheSameStep() throws Exception {
        Path file;
        try (EditedExport export = EditedExport.of(sample, null, folder.resolve("moved.xlsx"))) {
            export.cell("Analyst report", ColumnRole.STAGE).setCellValue("Decision");
            export.cell("Analyst report", ColumnRole.LANE).setCellValue("Research");
            export.cell("Analyst report", ColumnRole.CHANNEL).setCellValue("");
            file = export.save();
        }
        List<MapChange> changes = MapChanges.between(sample, read(file));

        assertThat(changes)
                .extracting(MapChange::description)
                .containsExactly("Card \"Analyst report\" moved: Dana / Awareness / Touchpoints"
                        + " → Dana / Decision / Research (new lane)");
        JourneyMap result = MapChanges.command(changes).apply(sample);
        Lane research = result.personas().get(0).lanes().stream()
                .filter(lane -> lane.title().equals("Research"))
                .findFirst()
                .orElseThrow();
        assertThat(research.kind()).isEqualTo(LaneKind.NOTES);
        assertThat(research.cards())
                .extracting(Card::id, Card::stageId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c2", "s3"));
        assertThat(research.cards().get(0).channel()).isNull();
    }

    @Test
    void movedColumnsAndNumbersWrittenAsTextAreNoChange() throws Exception {
        JourneyMap commaTag = sample.withLanesMapped(lane -> lane.withCardsMapped(
                card -> card.id().equals("c1") ? card.withTags(List.of("fleet, large", "webinar")) : card));
        Path file;
        try (EditedExport export = EditedExport.of(commaTag, null, folder.resolve("columns.xlsx"))) {
            export.swapColumns(ColumnRole.TEXT, ColumnRole.SCORE);
            export.swapColumns(ColumnRole.CARD_ID, ColumnRole.PERSONA);
            file = export.save();
        }
        assertThat(MapChanges.between(commaTag, read(file))).isEmpty();
    }

    @Test
    void aCopiedRowIsANewCardBesideTheOriginal() throws Exception {
        Path file;
        try (EditedExport export = EditedExport.of(sample, null, folder.resolve("copied.xlsx"))) {
            export.copyRow("Product demo")
                    .getCell(export.column(ColumnRole.TEXT))
                    .setCellValue("Second demo");
            file = export.save();
        }
        List<MapChange> changes = MapChanges.between(sample, read(file));

        assertThat(changes)
                .extracting(MapChange::description)
                .containsExactly("New card \"Second demo\" in Dana / Consideration / Touchpoints");
        JourneyMap result = MapChanges.command(changes).apply(sample);
        assertThat(result.lane("l-touch").orElseThrow().cardsAt("s2"))
                .extracting(Card::text, Card::channel)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Product demo", Channel.DEMO),
                        org.assertj.core.groups.Tuple.tuple("Second demo", Channel.DEMO));
    }

    @Test
    void anExportOfOnePersonaDeletesNothingOfTheOthers() throws Exception {
        Persona sam = Persona.of(
                "p2",
                "Sam",
                List.of(new Lane("l-sam", LaneKind.ACTIONS, "Actions", List.of(Card.of("a1", "s1", "Calls sales")))));
        List<Persona> personas = new ArrayList<>(sample.personas());
        personas.add(sam);
        JourneyMap two = sample.withPersonas(personas);
        Path file;
        try (EditedExport export = EditedExport.of(two, "p1", folder.resolve("dana.xlsx"))) {
            export.deleteRow("Curious");
            file = export.save();
        }

        List<MapChange> changes = MapChanges.between(two, read(file));

        assertThat(changes)
                .extracting(MapChange::description)
                .containsExactly("Card \"Curious\" deleted from Dana / Awareness / Emotions");
    }

    @Test
    void aGermanExportComesBackIntoAnEnglishWindow() throws Exception {
        Messages.use(Locale.GERMAN);
        Path file;
        try (EditedExport export = EditedExport.of(sample, null, folder.resolve("deutsch.xlsx"))) {
            export.cell("Product demo", ColumnRole.CHANNEL).setCellValue("Website");
            export.cell("Curious", ColumnRole.SCORE).setCellValue("−1");
            file = export.save();
        }
        Messages.use(Locale.ENGLISH);

        List<MapChange> changes = MapChanges.between(sample, read(file));

        assertThat(changes)
                .extracting(MapChange::description)
                .containsExactlyInAnyOrder(
                        "Card \"Product demo\": channel Demo → Website", "Card \"Curious\": score +1 → -1");
    }

    @Test
    void aScoreThatIsNoNumberIsNamedWithItsCellAndChangesNothing() throws Exception {
        Path file;
        try (EditedExport export = EditedExport.of(sample, null, folder.resolve("high.xlsx"))) {
            export.cell("Curious", ColumnRole.SCORE).setCellValue("high");
            file = export.save();
        }
        ExportedCards edited = read(file);

        assertThatThrownBy(() -> MapChanges.between(sample, edited))
                .isInstanceOf(TableReadException.class)
                .hasMessage("Cards!H4: score \"high\" is not a number from −2 to +2");
    }

    @Test
    void aScoreOutsideTheScaleOrAChannelOfNoKnownNameIsRefusedToo() throws Exception {
        Path file;
        try (EditedExport export = EditedExport.of(sample, null, folder.resolve("three.xlsx"))) {
            export.cell("Curious", ColumnRole.SCORE).setCellValue(3.0);
            file = export.save();
        }
        assertThatThrownBy(() -> MapChanges.between(sample, read(file)))
                .hasMessage("Cards!H4: score \"3\" is not a number from −2 to +2");

        Path fax;
        try (EditedExport export = EditedExport.of(sample, null, folder.resolve("fax.xlsx"))) {
            export.cell("Product demo", ColumnRole.CHANNEL).setCellValue("Fax");
            fax = export.save();
        }
        assertThatThrownBy(() -> MapChanges.between(sample, read(fax)))
                .hasMessageStartingWith("Cards!G5: channel \"Fax\" is not one Journey Canvas knows: Website, ");
    }

    @Test
    void aStageOrPersonaOfNoKnownNameAndAMissingIdColumnAreNamedWhereTheyAre() throws Exception {
        Path later;
        try (EditedExport export = EditedExport.of(sample, null, folder.resolve("later.xlsx"))) {
            export.cell("Analyst report", ColumnRole.STAGE).setCellValue("Later");
            export.cell("Curious", ColumnRole.SCORE).setCellValue("");
            export.cell("Curious", ColumnRole.PERSONA).setCellValue("Robin");
            later = export.save();
        }
        assertThatThrownBy(() -> MapChanges.between(sample, read(later)))
                .hasMessage("Cards!B3: the map has no stage named \"Later\"");

        Path noIds;
        try (EditedExport export = EditedExport.of(sample, null, folder.resolve("noids.xlsx"))) {
            int ids = export.column(ColumnRole.CARD_ID);
            for (var row : export.cards()) {
                row.removeCell(row.getCell(ids));
            }
            noIds = export.save();
        }
        assertThatThrownBy(() -> MapChanges.between(sample, read(noIds)))
                .hasMessage("Cards: the sheet has no column \"Card id\", which an edited export needs to come back");
    }

    @Test
    void aScoreOnACardThatCannotHaveOneIsNamedWithItsCell() throws Exception {
        Path file;
        try (EditedExport export = EditedExport.of(sample, null, folder.resolve("scored.xlsx"))) {
            export.cell("Product demo", ColumnRole.SCORE).setCellValue(1.0);
            file = export.save();
        }
        assertThatThrownBy(() -> MapChanges.between(sample, read(file)))
                .hasMessage("Cards!H5: only an emotion card has a score, and this card is in the lane \"Touchpoints\"");
    }

    @Test
    void rowsHiddenByAFilterAreStillCards() throws Exception {
        Path file;
        try (EditedExport export = EditedExport.of(sample, null, folder.resolve("filtered.xlsx"))) {
            export.rowOf("Curious").setZeroHeight(true);
            file = export.save();
        }
        assertThat(MapChanges.between(sample, read(file))).isEmpty();
    }

    @Test
    void aFormulaLookingTextStaysTextBothWaysAndAFormulaNeverComesIn() throws Exception {
        JourneyMap formulaText = sample.withLanesMapped(
                lane -> lane.withCardsMapped(card -> card.id().equals("c1") ? card.withText("=SUM(A1)") : card));
        Path file;
        try (EditedExport export = EditedExport.of(formulaText, null, folder.resolve("formula.xlsx"))) {
            Cell text = export.cell("=SUM(A1)", ColumnRole.TEXT);
            assertThat(text.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(text.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(MapChanges.between(formulaText, read(export.save()))).isEmpty();

            Cell formula = export.cell("Analyst report", ColumnRole.TEXT);
            formula.setCellFormula("HYPERLINK(\"http://evil\",\"x\")");
            formula.setCellValue("x"); // the value the other program computed and saved with the formula
            file = export.save();
        }
        JourneyMap result =
                MapChanges.command(MapChanges.between(formulaText, read(file))).apply(formulaText);

        assertThat(result.findCard("c1").orElseThrow().card().text()).isEqualTo("=SUM(A1)");
        assertThat(result.findCard("c2").orElseThrow().card().text()).isEqualTo("x");
    }

    @Test
    void readingStopsWhenTheUserCancelsAndReportsItsProgress() throws Exception {
        Path file = EditedExport.export(sample, folder.resolve("cancelled.xlsx"));

        assertThatThrownBy(() -> ExcelRoundTrip.read(file, UserCancelled.progress()))
                .isInstanceOf(java.util.concurrent.CancellationException.class);

        List<Double> reported = new ArrayList<>();
        ExcelRoundTrip.read(file, new Progress() {
            @Override
            public void update(double fraction) {
                reported.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(reported).isSorted().last().isEqualTo(1.0);
    }

    @Test
    void anExportOfAnotherMapIsRefused() throws Exception {
        Path file = EditedExport.export(sample, folder.resolve("other.xlsx"));
        JourneyMap other = new JourneyMap("m2", sample.title(), "", sample.stages(), sample.personas());

        assertThatThrownBy(() -> MapChanges.between(other, read(file)))
                .isInstanceOf(TableReadException.class)
                .hasMessage("Cards: this workbook was exported from another map, not from the open one");
    }

    @Test
    void storyboardPicturesComeBackUntouchedWhenTheirCaptionsAreEdited() throws Exception {
        JourneyMap story = SampleMaps.withStoryboard();
        Path file;
        try (EditedExport export = EditedExport.of(story, null, folder.resolve("story.xlsx"))) {
            export.cell("Dana watches the webinar on her laptop", ColumnRole.TEXT)
                    .setCellValue("Dana watches the recorded webinar");
            file = export.save();
        }

        List<MapChange> changes = MapChanges.between(story, read(file));
        JourneyMap result = MapChanges.command(changes).apply(story);

        assertThat(changes).hasSize(1);
        Card card = result.findCard("sb1").orElseThrow().card();
        assertThat(card.text()).isEqualTo("Dana watches the recorded webinar");
        assertThat(card.picture())
                .isEqualTo(story.findCard("sb1").orElseThrow().card().picture());
        assertThat(MapChanges.between(story, read(EditedExport.export(story, folder.resolve("same.xlsx")))))
                .isEmpty();
    }

    private static ExportedCards read(Path file) throws TableReadException {
        return ExcelRoundTrip.read(file, Progress.NONE).orElseThrow();
    }
}
