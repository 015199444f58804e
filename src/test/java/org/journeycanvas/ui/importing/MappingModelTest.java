package org.journeycanvas.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import org.journeycanvas.importing.ScoreScale;
import org.journeycanvas.importing.TableImport;
import org.journeycanvas.io.table.ColumnRole;
import org.journeycanvas.io.table.Table;
import org.journeycanvas.io.table.TableRow;
import org.journeycanvas.testing.InEnglish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InEnglish.class)
class MappingModelTest {
    private static final Executor AT_ONCE = Runnable::run;

    private static Table table(String... lines) {
        List<String> header = Arrays.asList(lines[0].split(",", -1));
        List<TableRow> rows = new java.util.ArrayList<>();
        for (int index = 1; index < lines.length; index++) {
            rows.add(new TableRow(index + 1, Arrays.asList(lines[index].split(",", -1))));
        }
        return new Table("interviews.csv", "interviews", false, header, rows, List.of());
    }

    private static final Table INTERVIEWS = table(
            "Persona,Stage,Lane,Text,Score",
            "Dana,Awareness,Emotions,Curious,4",
            "Dana,Awareness,Actions,Reads a review,",
            "Sam,Purchase,Emotions,Relieved,5",
            "Sam,Purchase,Emotions,Annoyed,1");

    private static TableSource source(Table... tables) {
        return new TableSource(
                "interviews.csv",
                "Encoding:",
                List.of("Automatic", "UTF-8", "Windows-1252"),
                0,
                (choice, progress) -> tables[choice]);
    }

    @Test
    void guessesTheColumnsFromTheHeaderAndPreviewsTheMap() {
        MappingModel model = new MappingModel(source(INTERVIEWS), INTERVIEWS, AT_ONCE, AT_ONCE);

        assertThat(model.roleOf(0)).isEqualTo(ColumnRole.PERSONA);
        assertThat(model.roleOf(3)).isEqualTo(ColumnRole.TEXT);
        TableImport preview = model.previewProperty().get();
        assertThat(preview).isNotNull();
        assertThat(MappingModel.counts(preview.map())).isEqualTo("2 personas, 2 stages, 3 lanes, 4 cards");
        assertThat(model.canImportProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEmpty();
    }

    @Test
    void aRoleGivenToAnotherColumnLeavesTheOneThatHadIt() {
        MappingModel model = new MappingModel(source(INTERVIEWS), INTERVIEWS, AT_ONCE, AT_ONCE);

        model.assign(2, ColumnRole.TEXT);

        assertThat(model.roleOf(2)).isEqualTo(ColumnRole.TEXT);
        assertThat(model.roleOf(3)).as("the text column before").isNull();
        assertThat(model.mappingProperty().get().column(ColumnRole.LANE)).isEmpty();
    }

    @Test
    void aTableWithoutRowsOfTextCannotBeImportedAndTheDialogSaysWhy() {
        Table headerOnly = table("Persona,Stage,Text");
        MappingModel model = new MappingModel(source(headerOnly), headerOnly, AT_ONCE, AT_ONCE);

        assertThat(model.canImportProperty().get()).isFalse();
        assertThat(model.statusProperty().get())
                .isEqualTo("No row of this table has a card text, so there is nothing to import.");
    }

    @Test
    void withoutATextColumnThereIsNothingToImportAndTheDialogSaysWhy() {
        MappingModel model = new MappingModel(source(INTERVIEWS), INTERVIEWS, AT_ONCE, AT_ONCE);

        model.assign(3, null);

        assertThat(model.previewProperty().get()).isNull();
        assertThat(model.canImportProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Choose the column that holds the cards’ text.");
    }

    @Test
    void theScaleIsAssumedFromTheScoresUntilTheUserChoosesOne() {
        MappingModel model = new MappingModel(source(INTERVIEWS), INTERVIEWS, AT_ONCE, AT_ONCE);
        assertThat(model.assumedScaleProperty().get()).isEqualTo(ScoreScale.ONE_TO_FIVE);
        assertThat(model.scale()).isEqualTo(ScoreScale.ONE_TO_FIVE);
        assertThat(model.previewProperty().get().skipped()).isEmpty();

        model.chosenScaleProperty().set(ScoreScale.MINUS_TWO_TO_TWO);

        assertThat(model.scale()).isEqualTo(ScoreScale.MINUS_TWO_TO_TWO);
        assertThat(model.previewProperty().get().skipped())
                .as("4 and 5 are not scores from −2 to +2")
                .extracting(each -> each.rowNumber())
                .containsExactly(2, 4);
    }

    @Test
    void anotherEncodingReadsTheTableAgainAndGuessesAgain() {
        Table other = table("Phase,Karte", "Kauf,Erleichtert");
        MappingModel model = new MappingModel(source(INTERVIEWS, other), INTERVIEWS, AT_ONCE, AT_ONCE);

        model.choiceProperty().set(1);

        assertThat(model.tableProperty().get()).isSameAs(other);
        assertThat(model.roleOf(0)).isEqualTo(ColumnRole.STAGE);
        assertThat(model.roleOf(1)).isEqualTo(ColumnRole.TEXT);
        assertThat(MappingModel.counts(model.previewProperty().get().map())).endsWith("1 card");
    }

    @Test
    void onlyTheLastOfQuickChangesIsBuiltAndShown() {
        List<Runnable> later = new java.util.ArrayList<>();
        MappingModel model = new MappingModel(source(INTERVIEWS), INTERVIEWS, later::add, AT_ONCE);
        model.assign(0, null);
        model.assign(0, ColumnRole.PERSONA);
        assertThat(model.previewProperty().get()).as("nothing built yet").isNull();
        assertThat(model.statusProperty().get()).isEqualTo("Building the preview…");

        List<Runnable> builds = new java.util.ArrayList<>(later);
        java.util.Collections.reverse(builds);
        builds.forEach(Runnable::run);

        assertThat(builds)
                .as("an older build, run last, must not replace the newest")
                .hasSizeGreaterThan(1);
        assertThat(MappingModel.counts(model.previewProperty().get().map())).startsWith("2 personas");
    }
}
