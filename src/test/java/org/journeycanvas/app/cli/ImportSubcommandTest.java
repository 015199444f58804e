package org.journeycanvas.app.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.io.MapFileWriter;
import org.journeycanvas.io.mermaid.MermaidJourneyReader;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} on the command line, and Mermaid out through {@code export --format mermaid}. */
@ExtendWith(InEnglish.class)
class ImportSubcommandTest {
    private static final String JOURNEY = """
            journey
                title Buying a truck
                section Awareness
                    Read a review: 4: Dana
                section Test drive
                    Book a slot: 2: Dana, Sam
            """;

    @TempDir
    Path folder;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @Test
    void aCsvFileBecomesANewMapAndEverySkippedRowIsPrinted() throws Exception {
        Path csv = Files.writeString(folder.resolve("interviews.csv"), """
                Persona,Stage,Lane,Text,Score
                Dana,Awareness,Actions,Reads a review,
                Dana,Awareness,Emotions,Curious,1
                Dana,Purchase,Actions,,
                Sam,Purchase,Actions,Signs the contract,
                """);
        Path map = folder.resolve("interviews.journey");

        assertThat(run("import", csv.toString(), "--scale", "-2..2", "-o", map.toString()))
                .as(err.toString())
                .isEqualTo(JourneyCanvasCli.OK);

        JourneyMap read = new MapFileReader().read(map);
        assertThat(read.stages()).extracting(Stage::name).containsExactly("Awareness", "Purchase");
        assertThat(read.personas()).extracting(Persona::name).containsExactly("Dana", "Sam");
        assertThat(texts(read.personas().get(0), LaneKind.ACTIONS)).containsExactly("Reads a review");
        assertThat(texts(read.personas().get(1), LaneKind.ACTIONS)).containsExactly("Signs the contract");
        assertThat(out.toString().lines())
                .contains("skipped interviews.csv, row 4, column 4: the row has no text, so it makes no card")
                .last()
                .isEqualTo(map + ": new map from " + csv + " with 2 stages, 2 personas and 3 cards");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anXlsxSheetTakesTheColumnsNamedByMappingByHeaderLetterOrNumber() throws Exception {
        Path xlsx = folder.resolve("notes.xlsx");
        workbook(
                xlsx,
                "Notes",
                List.of("Who", "When", "What was said", "Mood"),
                List.of("Dana", "Week 1", "Too many tools", "2"),
                List.of("Dana", "Week 2", "Finally one place", "5"));
        Path map = folder.resolve("notes.journey");

        int code = run(
                "import",
                xlsx.toString(),
                "--sheet",
                "Notes",
                "--mapping",
                "persona=Who",
                "--mapping",
                "stage=B",
                "--mapping",
                "text=3",
                "--mapping",
                "score=mood",
                "--lane-kind",
                "pain-points",
                "--scale",
                "1..5",
                "-o",
                map.toString());

        assertThat(code).as(err.toString()).isEqualTo(JourneyCanvasCli.OK);
        JourneyMap read = new MapFileReader().read(map);
        assertThat(read.stages()).extracting(Stage::name).containsExactly("Week 1", "Week 2");
        assertThat(read.personas()).extracting(Persona::name).containsExactly("Dana");
        List<Card> cards = read.personas().get(0).lanes().stream()
                .flatMap(lane -> lane.cards().stream())
                .toList();
        assertThat(cards).extracting(Card::text).containsExactly("Too many tools", "Finally one place");
        assertThat(cards).extracting(Card::score).containsExactly(-1, 2);
    }

    @Test
    void aMermaidJourneyBecomesAMapAndExportsBackToMermaid() throws Exception {
        Path mmd = Files.writeString(folder.resolve("truck.mmd"), JOURNEY);
        Path map = folder.resolve("truck.journey");

        assertThat(run("import", mmd.toString(), "-o", map.toString())).isEqualTo(JourneyCanvasCli.OK);
        assertThat(out.toString())
                .isEqualTo(map + ": new map from " + mmd + " with 2 stages, 2 personas and 6 cards\n");
        JourneyMap read = new MapFileReader().read(map);
        assertThat(read.title()).isEqualTo("Buying a truck");
        assertThat(texts(read.personas().get(1), LaneKind.ACTIONS)).containsExactly("Book a slot");

        Path back = folder.resolve("back.mmd");
        assertThat(run("export", map.toString(), "--format", "mermaid", "-o", back.toString()))
                .isEqualTo(JourneyCanvasCli.OK);
        assertThat(out.toString()).endsWith(back + ": exported Mermaid journey (text)\n");
        JourneyMap again = new MermaidJourneyReader().read(Files.readString(back, UTF_8));
        assertThat(again.stages()).extracting(Stage::name).containsExactly("Awareness", "Test drive");
        assertThat(again.personas()).extracting(Persona::name).containsExactly("Dana", "Sam");
        assertThat(texts(again.personas().get(0), LaneKind.ACTIONS)).containsExactly("Read a review", "Book a slot");
    }

    @Test
    void markdownGivesItsFirstJourneyAndItsProblemsTheFilesLineNumbers() throws Exception {
        Path readme = Files.writeString(
                folder.resolve("README.md"),
                "# Research\n\n```mermaid\nflowchart LR\n  A --> B\n```\n\nThe journey:\n\n```mermaid\n" + JOURNEY
                        + "```\n");
        Path map = folder.resolve("readme.journey");
        assertThat(run("import", readme.toString(), "-o", map.toString())).isEqualTo(JourneyCanvasCli.OK);
        assertThat(new MapFileReader().read(map).title()).isEqualTo("Buying a truck");

        Path broken = Files.writeString(
                folder.resolve("broken.md"), "Intro\n\n~~~mermaid\njourney\n  section A\n    Wait: soon: Dana\n~~~\n");
        assertThat(run(
                        "import",
                        broken.toString(),
                        "-o",
                        folder.resolve("b.journey").toString()))
                .isEqualTo(JourneyCanvasCli.FAILED);
        assertThat(err.toString())
                .isEqualTo("journey-canvas: " + broken
                        + ": line 6: \"Wait: soon: Dana\" — the score must be a number from 1 to 5\n");
        assertThat(folder.resolve("b.journey")).doesNotExist();
    }

    @Test
    void intoAddsTheImportedContentToTheMapAndMayWriteItBackInPlace() throws Exception {
        Path map = folder.resolve("fleet.journey");
        new MapFileWriter().write(SampleMaps.threeStages(), map);
        Path mmd = Files.writeString(folder.resolve("truck.mmd"), JOURNEY);

        assertThat(run("import", mmd.toString(), "--into", map.toString(), "-o", map.toString()))
                .isEqualTo(JourneyCanvasCli.OK);

        assertThat(out.toString()).isEqualTo(map + ": added from " + mmd + ": 2 stages, 2 personas and 6 cards\n");
        JourneyMap read = new MapFileReader().read(map);
        assertThat(read.id()).isEqualTo("m1");
        assertThat(read.title()).isEqualTo(SampleMaps.threeStages().title());
        assertThat(read.stages())
                .extracting(Stage::name)
                .containsExactly("Awareness", "Consideration", "Decision", "Test drive");
        assertThat(read.personas()).extracting(Persona::name).containsExactly("Dana", "Sam");
        assertThat(read.findCard("c1")).isPresent();
        assertThat(texts(read.personas().get(0), LaneKind.ACTIONS)).containsExactly("Read a review", "Book a slot");
    }

    @Test
    void intoRefusesContentThatWouldTakeTheMapPastItsLimitsAndLeavesTheMapAlone() throws Exception {
        Path map = folder.resolve("fleet.journey");
        new MapFileWriter().write(SampleMaps.threeStages(), map);
        String before = Files.readString(map);
        StringBuilder rows = new StringBuilder("Stage,Text\n");
        for (int i = 1; i <= 998; i++) {
            rows.append("Step ").append(i).append(",Card ").append(i).append('\n');
        }
        Path csv = Files.writeString(folder.resolve("steps.csv"), rows);

        assertThat(run("import", csv.toString(), "--into", map.toString(), "-o", map.toString()))
                .isEqualTo(JourneyCanvasCli.FAILED);

        assertThat(err.toString())
                .isEqualTo("journey-canvas: the map would have 1,001 stages; a map holds at most 1,000\n");
        assertThat(Files.readString(map)).isEqualTo(before);
    }

    @Test
    void aTableThatMakesNoCardsIsAFailureNotAnEmptyMap() throws Exception {
        Path headerOnly = Files.writeString(folder.resolve("empty.csv"), "Stage,Text\n");
        Path noText = Files.writeString(folder.resolve("stages.csv"), "Stage,Persona\nAwareness,Dana\n");
        Path map = folder.resolve("empty.journey");

        for (Path csv : List.of(headerOnly, noText)) {
            assertThat(run("import", csv.toString(), "-o", map.toString()))
                    .as(csv.toString())
                    .isEqualTo(JourneyCanvasCli.FAILED);
            assertThat(err.toString().lines())
                    .singleElement()
                    .isEqualTo("journey-canvas: " + csv + ": no cards to import: the table needs a Text column and "
                            + "at least one row with text in it");
            assertThat(map).doesNotExist();
        }
    }

    @Test
    void aBrokenFileIsOneLineOnStderrAndWritesNothing() throws Exception {
        Path fake = Files.writeString(folder.resolve("survey.xlsx"), "this is not a workbook");
        Path map = folder.resolve("survey.journey");

        assertThat(run("import", fake.toString(), "-o", map.toString())).isEqualTo(JourneyCanvasCli.FAILED);

        assertThat(err.toString().lines()).singleElement().asString().startsWith("journey-canvas: survey.xlsx");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(map).doesNotExist();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void wrongUsageIsExitCodeTwoWithItsReason() throws Exception {
        Path csv = Files.writeString(folder.resolve("t.csv"), "Stage,Text\nA,B\n");
        String target = folder.resolve("t.journey").toString();

        assertThat(usage("import", csv.toString(), "--mapping", "mood=C", "-o", target))
                .isEqualTo("journey-canvas: --mapping mood=C: KEY is one of persona, stage, lane, text, note, tags, "
                        + "channel, score, card-id");
        assertThat(usage("import", csv.toString()))
                .isEqualTo("journey-canvas: Missing required option: '--output=MAP'");
        assertThat(usage("import", folder.resolve("t.pdf").toString(), "-o", target))
                .isEqualTo("journey-canvas: " + folder.resolve("t.pdf") + ": Journey Canvas imports Excel (.xlsx, "
                        + ".xls), CSV (.csv, .tsv) and Mermaid (.mmd, .mermaid, .md) files");
        assertThat(usage("import", csv.toString(), "--mapping", "text=Z", "-o", target))
                .isEqualTo("journey-canvas: --mapping text=Z: the table has no column \"Z\" (its columns: "
                        + "A \"Stage\", B \"Text\")");
        assertThat(usage("import", csv.toString(), "--sheet", "One", "-o", target))
                .isEqualTo("journey-canvas: --sheet applies to Excel workbooks (.xlsx, .xls) only");
        assertThat(usage("import", csv.toString(), "--scale", "0..10", "-o", target))
                .isEqualTo("journey-canvas: --scale is -2..2 or 1..5, not 0..10");
        assertThat(usage("import", csv.toString(), "--delete-missing", "-o", target))
                .isEqualTo("journey-canvas: --delete-missing applies with --into only");
        assertThat(Path.of(target)).doesNotExist();
    }

    @Test
    void anExistingMapIsNotOverwrittenWithoutForce() throws Exception {
        Path mmd = Files.writeString(folder.resolve("truck.mmd"), JOURNEY);
        Path map = Files.writeString(folder.resolve("truck.journey"), "mine");

        assertThat(run("import", mmd.toString(), "-o", map.toString())).isEqualTo(JourneyCanvasCli.FAILED);
        assertThat(err.toString())
                .isEqualTo("journey-canvas: " + map + ": already exists (add --force to overwrite it)\n");
        assertThat(Files.readString(map)).isEqualTo("mine");

        assertThat(run("import", mmd.toString(), "-o", map.toString(), "--force"))
                .isEqualTo(JourneyCanvasCli.OK);
        assertThat(new MapFileReader().read(map).title()).isEqualTo("Buying a truck");
    }

    @Test
    void helpDescribesTheCommand() {
        assertThat(run("import", "--help")).isEqualTo(JourneyCanvasCli.OK);
        assertThat(out.toString())
                .startsWith("Usage: journey-canvas import")
                .contains("--mapping=KEY=COLUMN")
                .contains("the scores' scale: -2..2 or 1..5");
    }

    /** The first line on stderr of a run that must end with a usage error. */
    private String usage(String... args) {
        err = new StringWriter();
        assertThat(run(args)).as(String.join(" ", args)).isEqualTo(JourneyCanvasCli.USAGE);
        return err.toString().lines().findFirst().orElse("");
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return JourneyCanvasCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static List<String> texts(Persona persona, LaneKind kind) {
        return persona.lanes().stream()
                .filter(lane -> lane.kind() == kind)
                .map(Lane::cards)
                .flatMap(List::stream)
                .map(Card::text)
                .toList();
    }

    @SafeVarargs
    private static void workbook(Path file, String sheetName, List<String>... rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook();
                OutputStream stream = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet(sheetName);
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].size(); c++) {
                    String value = rows[r].get(c);
                    if (value.matches("\\d+")) {
                        row.createCell(c).setCellValue(Integer.parseInt(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            book.write(stream);
        }
    }
}
