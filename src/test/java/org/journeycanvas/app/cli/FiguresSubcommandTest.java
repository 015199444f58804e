package org.journeycanvas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.io.MapFileWriter;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.StageFigures;
import org.journeycanvas.model.TimeSpent;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code figures MAP FIGURES -o OUT}: an analytics export's stage figures set on a map from the command line. */
@ExtendWith(InEnglish.class)
class FiguresSubcommandTest {
    @TempDir
    Path folder;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    private Path map;

    @BeforeEach
    void aMapWithThreeStages() throws Exception {
        map = folder.resolve("fleet.journey");
        new MapFileWriter()
                .write(
                        SampleMaps.threeStages()
                                .withStages(SampleMaps.threeStages().stages().stream()
                                        .map(stage -> stage.name().equals("Decision")
                                                ? stage.withFigures(StageFigures.NONE.withNps(12.0))
                                                : stage)
                                        .toList()),
                        map);
    }

    @Test
    void theFiguresOfACsvExportAreSetOnTheStagesTheyNameAndTheRestIsKept() throws Exception {
        Path csv = Files.writeString(folder.resolve("analytics.csv"), """
                Stage,Visitors,Conversion rate,Time (min)
                awareness,"12,400",61.5%,1.5
                Decision,3050,,
                """);
        Path result = folder.resolve("measured.journey");

        assertThat(run("figures", map.toString(), csv.toString(), "-o", result.toString()))
                .as(err.toString())
                .isEqualTo(JourneyCanvasCli.OK);

        JourneyMap read = new MapFileReader().read(result);
        assertThat(read.stages().get(0).figures())
                .isEqualTo(new StageFigures(12_400L, 61.5, null, null, new TimeSpent(1.5, TimeSpent.Unit.MINUTES)));
        assertThat(read.stages().get(1).figures()).isEqualTo(StageFigures.NONE);
        assertThat(read.stages().get(2).figures()).isEqualTo(new StageFigures(3_050L, null, null, 12.0, null));
        assertThat(out.toString()).isEqualTo(result + ": figures of 2 stages set from " + csv + "\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theMapItselfIsWrittenOverWithoutForceButAnotherFileIsNot() throws Exception {
        Path csv = Files.writeString(folder.resolve("analytics.csv"), "Stage,NPS\nConsideration,-8\n");
        Path other = Files.writeString(folder.resolve("other.journey"), "keep me");

        assertThat(run("figures", map.toString(), csv.toString(), "-o", map.toString()))
                .as(err.toString())
                .isEqualTo(JourneyCanvasCli.OK);
        assertThat(new MapFileReader().read(map).stages().get(1).figures().nps())
                .isEqualTo(-8.0);

        assertThat(run("figures", map.toString(), csv.toString(), "-o", other.toString()))
                .isEqualTo(JourneyCanvasCli.FAILED);
        assertThat(err.toString())
                .isEqualTo("journey-canvas: " + other + ": already exists (add --force to overwrite it)\n");
        assertThat(Files.readString(other)).isEqualTo("keep me");
    }

    @Test
    void unknownStagesAndBadCellsAreAllNamedAndNothingIsWritten() throws Exception {
        Path csv = Files.writeString(folder.resolve("analytics.csv"), """
                Stage,Visitors,CSAT
                Onboarding,10,80
                Decision,20,140
                """);
        Path result = folder.resolve("measured.journey");

        assertThat(run("figures", map.toString(), csv.toString(), "-o", result.toString()))
                .isEqualTo(JourneyCanvasCli.FAILED);

        assertThat(err.toString())
                .isEqualTo("journey-canvas: analytics: 2 cells cannot be taken, so nothing was imported:\n"
                        + "analytics.csv, row 2, column 1: no stage \"Onboarding\" in this map\n"
                        + "analytics.csv, row 3, column 3: must be a percentage from 0 to 100, not 140\n");
        assertThat(out.toString()).isEmpty();
        assertThat(result).doesNotExist();
    }

    @Test
    void aMissingOrBrokenFileGivesOneLineAndNoStackTrace() throws Exception {
        Path csv = Files.writeString(folder.resolve("analytics.csv"), "Stage,NPS\nDecision,5\n");
        Path broken = Files.writeString(folder.resolve("broken.journey"), "{ not json");
        Path result = folder.resolve("measured.journey");

        assertThat(run("figures", map.toString(), folder.resolve("missing.csv").toString(), "-o", result.toString()))
                .isEqualTo(JourneyCanvasCli.FAILED);
        assertThat(err.toString().lines()).singleElement().asString().startsWith("journey-canvas: ");

        assertThat(run("figures", broken.toString(), csv.toString(), "-o", result.toString()))
                .isEqualTo(JourneyCanvasCli.FAILED);
        assertThat(err.toString().lines()).singleElement().asString().startsWith("journey-canvas: " + broken + ":");
        assertThat(result).doesNotExist();
    }

    @Test
    void theHelpSaysWhatItDoesInTheChosenLanguage() {
        assertThat(run("figures", "--help")).isEqualTo(JourneyCanvasCli.OK);
        assertThat(out.toString())
                .startsWith("Usage: journey-canvas figures")
                .contains("MAP", "FIGURES", "-o, --output=OUT")
                .contains("analytics export")
                .contains("the CSV or Excel file with the figures");
        assertThat(JourneyCanvasCli.subcommandNames()).contains("figures");

        assertThat(run("--lang", "de", "figures", "--help")).isEqualTo(JourneyCanvasCli.OK);
        assertThat(out.toString()).contains("die CSV- oder Excel-Datei mit den Kennzahlen");
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return JourneyCanvasCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
