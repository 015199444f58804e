package org.journeycanvas.importing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.table.ColumnRole;
import org.journeycanvas.io.table.Table;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.UserCancelled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(InEnglish.class)
class TableMapBuilderCsvTest {
    @TempDir
    Path folder;

    @Test
    void personasAndStagesInTheOrderTheyFirstAppearLanesInTheUsualOrder() throws Exception {
        TableImport result = importCsv("interviews.csv", """
                Persona,Stage,Lane,Text,Note,Tags,Channel,Score
                Lee,Purchase,Pain points,Checkout failed,Interview 3,"checkout; payment",,
                Dana,Awareness,Thoughts,Is it for me?,,,,
                dana,awareness,Touchpoints,Webinar,,"events, b2b",Webinar,
                Dana,Consideration,Emotions,Hopeful,,,,+1
                Lee,Awareness,Actions,Searches,,,,
                DANA, Awareness ,thoughts,Too expensive?,,,,
                """);

        assertThat(MapOutline.of(result.map()))
                .containsExactly(
                        "map interviews",
                        "stages Purchase | Awareness | Consideration",
                        "persona Lee",
                        "  ACTIONS Actions",
                        "    [Awareness] Searches",
                        "  PAIN_POINTS Pain points",
                        "    [Purchase] Checkout failed note=Interview 3 tags=checkout,payment",
                        "persona Dana",
                        "  TOUCHPOINTS Touchpoints",
                        "    [Awareness] Webinar tags=events,b2b channel=WEBINAR",
                        "  THOUGHTS Thoughts",
                        "    [Awareness] Is it for me?",
                        "    [Awareness] Too expensive?",
                        "  EMOTIONS Emotions",
                        "    [Consideration] Hopeful score=1");
        assertThat(result.skipped()).isEmpty();
        assertThat(result.notes()).containsExactly("Scores were read as −2 to +2 (0 is neutral).");
        assertThat(result.summary()).isEqualTo(new TableImport.Summary(2, 3, 5, 6));
    }

    @Test
    void semicolonsQuotedFieldsWithCommasQuotesAndNewlinesBomBlankLinesAndTrailingEmptyColumns() throws Exception {
        TableImport result = importCsv(
                "export.csv",
                "\uFEFFStage;Text;Note;;\r\n"
                        + "\r\n"
                        + "Awareness;\"Sees an ad, clicks\";\"She said \"\"wow\"\"\";;\r\n"
                        + "\r\n"
                        + "Purchase;\"Line one\nline two\";;;\r\n"
                        + ";;;;\r\n");

        assertThat(MapOutline.of(result.map()))
                .containsExactly(
                        "map export",
                        "stages Awareness | Purchase",
                        "persona Persona",
                        "  NOTES Notes",
                        "    [Awareness] Sees an ad, clicks note=She said \"wow\"",
                        "    [Purchase] Line one\nline two");
        assertThat(result.skipped()).isEmpty();
    }

    @Test
    void noBreakSpacesAreSpacesAroundAndInsideNames() throws Exception {
        TableImport result = importCsv("spaces.csv", """
                Persona,Stage,Lane,Text
                Dana,Onboarding,Actions,Signs up
                Dana\u00A0,Onboarding\u00A0,Actions,Reads the guide
                Dana,First\u202Fweek,Actions,Asks\u2007support
                \u00A0,\u00A0,\u00A0,\u00A0
                """);

        assertThat(MapOutline.of(result.map()))
                .containsExactly(
                        "map spaces",
                        "stages Onboarding | First\u202Fweek",
                        "persona Dana",
                        "  ACTIONS Actions",
                        "    [Onboarding] Signs up",
                        "    [Onboarding] Reads the guide",
                        "    [First\u202Fweek] Asks\u2007support");
        assertThat(result.map().cardCount()).isEqualTo(3);
    }

    @Test
    void tabsInATsvFile() throws Exception {
        TableImport result = importCsv("diary.tsv", "Persona\tStage\tText\nDana\tOnboarding\tFirst login, slow\n");

        assertThat(MapOutline.of(result.map()))
                .containsExactly(
                        "map diary",
                        "stages Onboarding",
                        "persona Dana",
                        "  NOTES Notes",
                        "    [Onboarding] First login, slow");
    }

    @Test
    void windows1252IsDetectedAndSaidSo() throws Exception {
        Table table = ImportedTables.csv(
                folder, "café.csv", "Stage;Text\nÜbergabe;Café crème à 2 €\n", Charset.forName("windows-1252"));

        TableImport result = build(table, LaneKind.THOUGHTS);

        assertThat(MapOutline.of(result.map()))
                .containsExactly(
                        "map café",
                        "stages Übergabe",
                        "persona Persona",
                        "  THOUGHTS Thoughts",
                        "    [Übergabe] Café crème à 2 €");
        assertThat(result.notes())
                .containsExactly("The file is not UTF-8: it was read as Windows-1252 (Western European).");
    }

    @Test
    void groupedRowsTakeTheStageAndPersonaAboveAndSaySo() throws Exception {
        TableImport result = importCsv("grouped.csv", """
                Persona,Stage,Text
                ,,Orphan without a stage
                Dana,Awareness,Webinar
                ,,Blog post
                ,Purchase,
                ,,Pays
                Lee,,Calls
                """);

        assertThat(MapOutline.of(result.map()))
                .containsExactly(
                        "map grouped",
                        "stages Awareness | Purchase",
                        "persona Dana",
                        "  NOTES Notes",
                        "    [Awareness] Webinar",
                        "    [Awareness] Blog post",
                        "    [Purchase] Pays",
                        "persona Lee",
                        "  NOTES Notes",
                        "    [Purchase] Calls");
        assertThat(result.skipped())
                .containsExactly(
                        new SkippedRow(
                                2, "grouped.csv, row 2, column 2: the row has no stage, and no row above it has one"),
                        new SkippedRow(5, "grouped.csv, row 5, column 3: the row has no text, so it makes no card"));
        assertThat(result.notes())
                .containsExactly(
                        "Rows without a stage took the stage of the row above: 4, 6–7",
                        "Rows without a persona took the persona of the row above: 4, 6");
    }

    @Test
    void oneToFiveScoresAreGuessedAndBecomeMinusTwoToTwo() throws Exception {
        Table table = ImportedTables.csv(
                folder, "survey.csv", "Stage,Text,Score\nA,Loved it,5\nA,Meh,3\nA,Bad,1\nA,Unrated,\n", UTF_8);
        ColumnMapping mapping = ColumnMapping.guess(table.header());

        assertThat(TableMapBuilder.guessScale(table, mapping)).isEqualTo(ScoreScale.ONE_TO_FIVE);
        TableImport result = TableMapBuilder.build(
                table, new TableImportOptions(mapping, ScoreScale.ONE_TO_FIVE, LaneKind.NOTES), Progress.NONE);

        assertThat(MapOutline.of(result.map()))
                .containsExactly(
                        "map survey",
                        "stages A",
                        "persona Persona",
                        "  EMOTIONS Emotions",
                        "    [A] Loved it score=2",
                        "    [A] Meh score=0",
                        "    [A] Bad score=-2",
                        "  NOTES Notes",
                        "    [A] Unrated");
        assertThat(result.notes()).containsExactly("Scores were read as 1 to 5 (3 is neutral) and became −2 to +2.");
    }

    @Test
    void theUserMaySwitchTheScaleAScoreOutsideItSkipsItsRow() throws Exception {
        Table table = ImportedTables.csv(folder, "survey.csv", "Stage,Text,Score\nA,Loved it,5\nA,Meh,1\n", UTF_8);
        ColumnMapping mapping = ColumnMapping.guess(table.header());

        TableImport result = TableMapBuilder.build(
                table, new TableImportOptions(mapping, ScoreScale.MINUS_TWO_TO_TWO, LaneKind.NOTES), Progress.NONE);

        assertThat(result.summary().cards()).isEqualTo(1);
        assertThat(result.skipped())
                .containsExactly(
                        new SkippedRow(2, "survey.csv, row 2, column 3: score \"5\" is not a number from −2 to +2"));
    }

    @Test
    void minusTwoToTwoScoresWrittenAsPeopleWriteThem() throws Exception {
        Table table = ImportedTables.csv(
                folder, "scores.csv", "Text;Score\nA;+1\nB;−1\nC;1.0\nD;\"-2,0\"\nE;high\nF;1.5\nG;4\n", UTF_8);
        ColumnMapping mapping = ColumnMapping.guess(table.header());

        assertThat(TableMapBuilder.guessScale(table, mapping)).isEqualTo(ScoreScale.MINUS_TWO_TO_TWO);
        TableImport result = build(table, LaneKind.NOTES);

        assertThat(MapOutline.of(result.map()))
                .containsExactly(
                        "map scores",
                        "stages Journey",
                        "persona Persona",
                        "  EMOTIONS Emotions",
                        "    [Journey] A score=1",
                        "    [Journey] B score=-1",
                        "    [Journey] C score=1",
                        "    [Journey] D score=-2");
        assertThat(result.skipped())
                .containsExactly(
                        new SkippedRow(6, "scores.csv, row 6, column 2: score \"high\" is not a number from −2 to +2"),
                        new SkippedRow(
                                7, "scores.csv, row 7, column 2: score \"1.5\" is not a whole number from −2 to +2"),
                        new SkippedRow(8, "scores.csv, row 8, column 2: score \"4\" is not a number from −2 to +2"));
    }

    @Test
    void channelsInGermanAndUnknownOnesLeftOutWithANote() throws Exception {
        TableImport result = importCsv("kanäle.csv", """
                Phase;Ebene;Text;Kanal
                Kauf;Berührungspunkte;Newsletter;E-Mail
                Kauf;Berührungspunkt;Hotline;telefon
                Kauf;;Beitrag;Soziale Medien
                Kauf;;Brief;Fax
                Kauf;Gedanken;Zu teuer?;Fax
                """);

        assertThat(MapOutline.of(result.map()))
                .containsExactly(
                        "map kanäle",
                        "stages Kauf",
                        "persona Persona",
                        // lanes named by their kind take the kind's title in the interface language
                        "  TOUCHPOINTS Touchpoints",
                        "    [Kauf] Newsletter channel=EMAIL",
                        "    [Kauf] Hotline channel=PHONE",
                        "    [Kauf] Beitrag channel=SOCIAL",
                        "    [Kauf] Brief",
                        "  THOUGHTS Thoughts",
                        "    [Kauf] Zu teuer?");
        assertThat(result.notes())
                .containsExactly(
                        "Channel \"Fax\" is not one Journey Canvas knows, so these cards have no channel: rows 5",
                        "Only touchpoint cards have a channel, so the channels of other cards were left out: rows 6");
    }

    @Test
    void unknownLanesBecomeLanesOfTheChosenKind() throws Exception {
        Table table = ImportedTables.csv(
                folder,
                "lanes.csv",
                "Lane,Text,Score\nPartner tasks,Ops review,\nFeelings,Relieved,2\npartner  TASKS,Handover,\nPAIN_POINTS,Waiting,\n",
                UTF_8);

        TableImport result = build(table, LaneKind.OPPORTUNITIES);

        assertThat(MapOutline.of(result.map()))
                .containsExactly(
                        "map lanes",
                        "stages Journey",
                        "persona Persona",
                        "  PAIN_POINTS Pain points",
                        "    [Journey] Waiting",
                        "  OPPORTUNITIES Partner tasks",
                        "    [Journey] Ops review",
                        "    [Journey] Handover",
                        "  OPPORTUNITIES Feelings",
                        "    [Journey] Relieved");
        assertThat(result.notes())
                .containsExactly(
                        "Scores were read as −2 to +2 (0 is neutral).",
                        "Lanes that are not a lane kind became lanes of the kind \"Opportunities\": \"Partner tasks\", \"Feelings\"",
                        "Only emotion cards have a score, so the scores of other cards were left out: rows 3");
    }

    @Test
    void aTextLongerThanAMapHoldsSkipsItsRow() throws Exception {
        TableImport result = importCsv("long.csv", "Text,Note\nShort,\nFine," + "x".repeat(20_001) + "\n");

        assertThat(result.summary().cards()).isEqualTo(1);
        assertThat(result.skipped())
                .containsExactly(new SkippedRow(
                        3,
                        "long.csv, row 3, column 2: the cell has more than 20,000 characters; a map holds at most"
                                + " 20,000 in one text"));
    }

    @Test
    void aRowThatWouldGiveTheMapMoreStagesThanItHoldsIsSkipped() throws Exception {
        StringBuilder text = new StringBuilder("Stage,Text\n");
        for (int i = 1; i <= 1_001; i++) {
            text.append("Stage ").append(i).append(",Card\n");
        }
        text.append("Stage 1,Still fits\n");

        TableImport result = importCsv("wide.csv", text.toString());

        assertThat(result.summary()).isEqualTo(new TableImport.Summary(1, 1_000, 1, 1_001));
        assertThat(result.skipped())
                .containsExactly(new SkippedRow(
                        1_002,
                        "wide.csv, row 1002, column 2: the map would have more than 1,000 stages, the most a map can"
                                + " hold"));
    }

    @Test
    void withoutATextColumnThereAreNoCardsAndANoteSaysWhy() throws Exception {
        Table table = ImportedTables.csv(folder, "x.csv", "Stage,Persona\nA,Dana\n", UTF_8);

        TableImport result = build(table, LaneKind.NOTES);

        assertThat(result.summary()).isEqualTo(new TableImport.Summary(0, 0, 0, 0));
        assertThat(result.notes())
                .containsExactly(
                        "No column holds the cards' text, so the table makes no cards. Choose the text column.");
    }

    @Test
    void reportsProgressAndHonoursCancel() throws Exception {
        StringBuilder text = new StringBuilder("Stage,Text\n");
        for (int i = 0; i < 10_000; i++) {
            text.append("S").append(i % 7).append(",Card ").append(i).append('\n');
        }
        Table table = ImportedTables.csv(folder, "big.csv", text.toString(), UTF_8);
        TableImportOptions options = options(table, LaneKind.NOTES);
        List<Double> reported = new ArrayList<>();
        Progress recording = new Progress() {
            @Override
            public void update(double fraction) {
                reported.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        assertThat(TableMapBuilder.build(table, options, recording).summary().cards())
                .isEqualTo(10_000);
        assertThat(reported).hasSizeGreaterThan(2).isSorted().endsWith(1.0);
        assertThatThrownBy(() -> TableMapBuilder.build(table, options, UserCancelled.progress()))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void theMappingTheUserChoseIsWhatCounts() throws Exception {
        Table table = ImportedTables.csv(folder, "m.csv", "Who,What,Where\nDana,Webinar,Awareness\n", UTF_8);
        ColumnMapping mapping = ColumnMapping.guess(table.header())
                .with(ColumnRole.PERSONA, 0)
                .with(ColumnRole.TEXT, 1)
                .with(ColumnRole.STAGE, 2);

        TableImport result = TableMapBuilder.build(
                table, new TableImportOptions(mapping, ScoreScale.MINUS_TWO_TO_TWO, LaneKind.ACTIONS), Progress.NONE);

        assertThat(MapOutline.of(result.map()))
                .containsExactly(
                        "map m", "stages Awareness", "persona Dana", "  ACTIONS Actions", "    [Awareness] Webinar");
    }

    private TableImport importCsv(String name, String text) throws Exception {
        return build(ImportedTables.csv(folder, name, text, UTF_8), LaneKind.NOTES);
    }

    static TableImport build(Table table, LaneKind unknownLaneKind) {
        return TableMapBuilder.build(table, options(table, unknownLaneKind), Progress.NONE);
    }

    static TableImportOptions options(Table table, LaneKind unknownLaneKind) {
        ColumnMapping mapping = ColumnMapping.guess(table.header());
        return new TableImportOptions(mapping, TableMapBuilder.guessScale(table, mapping), unknownLaneKind);
    }
}
