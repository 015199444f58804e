package org.journeycanvas.export.outside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.journeycanvas.export.ExportFormat;
import org.journeycanvas.export.ExportRequest;
import org.journeycanvas.export.MapExport;
import org.journeycanvas.io.Progress;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.templates.TemplateCatalog;
import org.journeycanvas.testing.InEnglish;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exports opened by the programs users open them with: poppler's pdffonts and pdftotext, librsvg, a headless
 * Chromium. A fresh machine has none of them, so each test is skipped where its program is missing.
 */
@ExtendWith(InEnglish.class)
class SecondProgramsTest {
    @TempDir
    Path folder;

    private JourneyMap map;

    @BeforeEach
    void buyerJourney() throws Exception {
        TemplateCatalog catalog = new TemplateCatalog(folder.resolve("user"));
        map = catalog.read(catalog.find("b2b-buyer").orElseThrow());
    }

    @Test
    void popplerFindsEveryCardTextAndOnlyEmbeddedFonts() throws Exception {
        assumeTrue(installed("pdftotext") && installed("pdffonts"), "poppler-utils is not installed");
        Path pdf = export(ExportFormat.PDF, "map.pdf");
        String text = run("pdftotext", "-raw", pdf.toString(), "-").replaceAll("\\s+", "");
        map.personas()
                .forEach(persona -> persona.lanes()
                        .forEach(lane -> lane.cards()
                                .forEach(card ->
                                        assertThat(text).contains(card.text().replaceAll("\\s+", "")))));
        List<String> fonts = run("pdffonts", pdf.toString()).lines().skip(2).toList();
        assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font).contains(" yes yes "));
    }

    @Test
    void librsvgDrawsTheSvg() throws Exception {
        assumeTrue(installed("rsvg-convert"), "librsvg2-bin is not installed");
        Path svg = export(ExportFormat.SVG, "map.svg");
        Path png = folder.resolve("svg.png");
        run("rsvg-convert", "-o", png.toString(), svg.toString());
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isGreaterThan(1000);
    }

    @Test
    void chromiumRunsThePagesScriptToTheEnd() throws Exception {
        assumeTrue(installed("chromium"), "chromium is not installed");
        Path html = export(ExportFormat.HTML, "map.html");
        String dom = run(
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + folder.resolve("chromium"),
                "--dump-dom",
                html.toUri().toString());
        assertThat(dom).as("the script ran to its last line").contains("data-ready=\"1\"");
    }

    private Path export(ExportFormat format, String name) throws Exception {
        Path target = folder.resolve(name);
        new MapExport().export(map, new ExportRequest(format, null, 1, false, false), target, Progress.NONE);
        return target;
    }

    private static boolean installed(String program) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }

    /** Runs a program to its end (a minute at most, else it is stopped) and returns what it printed. */
    private String run(String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(folder, "out", ".txt");
        // What the program says on stderr (Chromium says a lot) is dropped; its output goes to a file, so a full
        // pipe can never stall it and the time limit always holds.
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(out.toFile())
                .start();
        process.getOutputStream().close();
        boolean finished = process.waitFor(60, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as(command[0] + " finished within a minute").isTrue();
        assertThat(process.exitValue()).as(command[0] + " exit code").isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
