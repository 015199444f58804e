package org.journeycanvas.app.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.journeycanvas.export.ExportFormat;
import org.journeycanvas.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JourneyCanvasCliTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void speakEnglishAgain() {
        Messages.use(Locale.ENGLISH);
    }

    @Test
    void langChoosesTheLanguageOfTheMessages() throws Exception {
        Path good = copyFixture("design-example.journey");
        Path missing = folder.resolve("missing.journey");

        assertThat(run("--lang", "de", "validate", good.toString(), missing.toString()))
                .isEqualTo(JourneyCanvasCli.FAILED);

        assertThat(out.toString()).isEqualTo(good + ": gültig\n");
        assertThat(err.toString()).isEqualTo(missing + ": Datei nicht gefunden\n");
    }

    @Test
    void langChoosesTheLanguageOfTheHelp() {
        assertThat(run("--lang", "de", "--help")).isEqualTo(JourneyCanvasCli.OK);
        assertThat(out.toString())
                .startsWith("Aufruf: journey-canvas")
                .contains("Befehle:")
                .contains("Zeigt diese Hilfe an")
                .contains("Prüft, ob Kundenreise-Dateien gültig sind.")
                .doesNotContain("Show this help message");

        StringWriter french = new StringWriter();
        JourneyCanvasCli.run(
                new String[] {"export", "--lang=fr", "--help"}, new PrintWriter(french), new PrintWriter(err));
        assertThat(french.toString())
                .startsWith("Utilisation : journey-canvas export")
                .contains("fond transparent");
    }

    @Test
    void langAlsoTranslatesUsageErrors() {
        assertThat(run("--lang", "es", "validate")).isEqualTo(JourneyCanvasCli.USAGE);
        assertThat(err.toString().lines())
                .containsExactly(
                        "journey-canvas: Falta un parámetro obligatorio: 'FILE'",
                        "Prueba 'journey-canvas validate --help' para más información.");

        StringWriter german = new StringWriter();
        JourneyCanvasCli.run(
                new String[] {"--lang", "de", "export", "m.journey", "--format", "gif", "-o", "m.gif"},
                new PrintWriter(new StringWriter()),
                new PrintWriter(german));
        assertThat(german.toString())
                .startsWith("journey-canvas: Ungültiger Wert für die Option '--format': erwartet wird einer von "
                        + "[PNG, XLSX, PPTX, PDF, SVG, HTML, MERMAID]");
    }

    @Test
    void anUnknownLangFallsBackToEnglish() {
        Messages.use(Locale.GERMAN);
        assertThat(run("--lang", "xx", "--help")).isEqualTo(JourneyCanvasCli.OK);
        assertThat(out.toString()).startsWith("Usage: journey-canvas").contains("Show this help message");
        assertThat(Messages.language()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void helpListsTheSubcommands() {
        assertThat(run("--help")).isEqualTo(JourneyCanvasCli.OK);
        assertThat(out.toString()).contains("Usage: journey-canvas").contains("validate");
    }

    @Test
    void versionNamesTheApp() {
        assertThat(run("--version")).isEqualTo(JourneyCanvasCli.OK);
        assertThat(out.toString()).startsWith("Journey Canvas ").doesNotContain("${");
    }

    @Test
    void validateAcceptsAValidFile() throws Exception {
        Path file = copyFixture("design-example.journey");
        assertThat(run("validate", file.toString())).isEqualTo(JourneyCanvasCli.OK);
        assertThat(out.toString()).isEqualTo(file + ": ok\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void validateReportsEachBadFileWithItsPlaceAndFails() throws Exception {
        Path good = copyFixture("design-example.journey");
        Path dangling = folder.resolve("dangling.journey");
        Files.writeString(
                dangling,
                Files.readString(good)
                        .replace(
                                "\"stage\": \"s1\", \"text\": \"Curious\"",
                                "\"stage\": \"s9\", \"text\": \"Curious\""));
        Path truncated = Files.writeString(folder.resolve("cut.journey"), "{\"type\": \"journey-canvas\",");

        int exitCode = run("validate", good.toString(), dangling.toString(), truncated.toString());

        assertThat(exitCode).isEqualTo(JourneyCanvasCli.FAILED);
        assertThat(out.toString()).isEqualTo(good + ": ok\n");
        assertThat(err.toString().lines())
                .containsExactly(
                        dangling + ":15:34: map.personas[0].lanes[1].cards[0].stage: no stage \"s9\"",
                        truncated + ":1:27: the file ends too early: it is cut off or incomplete (not valid JSON)");
    }

    @Test
    void validateOfAMissingFileFails() {
        Path missing = folder.resolve("missing.journey");
        assertThat(run("validate", missing.toString())).isEqualTo(JourneyCanvasCli.FAILED);
        assertThat(err.toString()).isEqualTo(missing + ": no such file\n");
    }

    @Test
    void wrongUsageExitsWithTwoAndOneClearLine() {
        assertThat(run("validate")).isEqualTo(JourneyCanvasCli.USAGE);
        assertThat(err.toString()).startsWith("journey-canvas: Missing required parameter: 'FILE'");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");

        StringWriter unknownErr = new StringWriter();
        int code = JourneyCanvasCli.run(
                new String[] {"--frobnicate"}, new PrintWriter(new StringWriter()), new PrintWriter(unknownErr));
        assertThat(code).isEqualTo(JourneyCanvasCli.USAGE);
        assertThat(unknownErr.toString()).contains("Unknown option: '--frobnicate'");
    }

    @Test
    void subcommandNamesAreKnownToTheLauncher() {
        assertThat(JourneyCanvasCli.subcommandNames()).contains("validate", "templates", "new", "help");
    }

    @Test
    void templatesListsIdsAndNames() {
        withDataFolder(() -> {
            assertThat(run("templates")).isEqualTo(JourneyCanvasCli.OK);
            assertThat(out.toString().lines())
                    .containsExactly(
                            "b2b-buyer      B2B buyer journey",
                            "b2b-customer   B2B customer journey",
                            "b2b-blueprint  B2B onboarding blueprint",
                            "b2c-buyer      B2C buyer journey",
                            "b2c-customer   B2C customer journey",
                            "user-journey   User journey: web shop",
                            "blank          Blank map");
        });
    }

    @Test
    void newWritesAMapFromATemplateAndRefusesToOverwriteWithoutForce() throws Exception {
        Path file = folder.resolve("buyers.journey");
        withDataFolder(() -> {
            assertThat(run("new", "--template", "b2b-buyer", "-o", file.toString()))
                    .isEqualTo(JourneyCanvasCli.OK);
            assertThat(run("validate", file.toString())).isEqualTo(JourneyCanvasCli.OK);
            assertThat(run("new", "--template", "blank", "-o", file.toString())).isEqualTo(JourneyCanvasCli.FAILED);
            assertThat(err.toString()).contains(file + ": already exists (add --force to overwrite it)");
            assertThat(run("new", "--template", "blank", "-o", file.toString(), "--force"))
                    .isEqualTo(JourneyCanvasCli.OK);
        });
        assertThat(new org.journeycanvas.io.MapFileReader().read(file).title())
                .as("a blank map starts untitled")
                .isEmpty();
    }

    @Test
    void newWithAnUnknownTemplateListsTheKnownOnes() {
        withDataFolder(() -> {
            assertThat(run(
                            "new",
                            "--template",
                            "b2z",
                            "-o",
                            folder.resolve("x.journey").toString()))
                    .isEqualTo(JourneyCanvasCli.FAILED);
            assertThat(err.toString())
                    .isEqualTo("journey-canvas: no template \"b2z\" (known: b2b-buyer, "
                            + "b2b-customer, b2b-blueprint, b2c-buyer, b2c-customer, user-journey, blank)\n");
            assertThat(folder.resolve("x.journey")).doesNotExist();
        });
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void exportTakesEachFormatByItsName(ExportFormat format) throws Exception {
        Path map = copyFixture("design-example.journey");
        Path target = folder.resolve("map." + format.extension());
        assertThat(run("export", map.toString(), "--format", format.commandLineName(), "-o", target.toString()))
                .isEqualTo(JourneyCanvasCli.OK);
        assertThat(out.toString()).isEqualTo(target + ": exported " + format.label() + "\n");
        // Mermaid is a few lines of text; the other formats are drawings or workbooks.
        assertThat(Files.size(target)).isGreaterThan(format == ExportFormat.MERMAID ? 60 : 1000);
    }

    @Test
    void exportOfAnUnknownFormatNamesTheKnownOnesAndWritesNothing() throws Exception {
        Path map = copyFixture("design-example.journey");
        Path gif = folder.resolve("m.gif");

        assertThat(run("export", map.toString(), "--format", "gif", "-o", gif.toString()))
                .isEqualTo(JourneyCanvasCli.USAGE);
        assertThat(err.toString().lines())
                .containsExactly(
                        "journey-canvas: Invalid value for option '--format': expected one of [PNG, XLSX, PPTX, PDF, SVG, HTML, MERMAID] "
                                + "(case-insensitive) but was 'gif'",
                        "Try 'journey-canvas export --help' for more information.");
        assertThat(gif).doesNotExist();
    }

    @Test
    void exportReportsBadArguments() throws Exception {
        Path map = copyFixture("design-example.journey");
        Path png = folder.resolve("map.png");
        assertThat(run("export", map.toString(), "--format", "PNG", "-o", png.toString()))
                .isEqualTo(JourneyCanvasCli.OK);
        assertThat(run("export", map.toString(), "--format", "png", "-o", png.toString()))
                .isEqualTo(JourneyCanvasCli.FAILED);
        assertThat(err.toString()).contains(png + ": already exists (add --force to overwrite it)");
        assertThat(run(
                        "export",
                        map.toString(),
                        "--format",
                        "png",
                        "-o",
                        png.toString(),
                        "--scale",
                        "4",
                        "--persona",
                        "p1",
                        "--force"))
                .isEqualTo(JourneyCanvasCli.OK);
        assertThat(run(
                        "export",
                        map.toString(),
                        "--format",
                        "png",
                        "--scale",
                        "5",
                        "-o",
                        folder.resolve("m5.png").toString()))
                .isEqualTo(JourneyCanvasCli.USAGE);
        assertThat(run(
                        "export",
                        map.toString(),
                        "--format",
                        "png",
                        "--persona",
                        "p9",
                        "-o",
                        folder.resolve("p9.png").toString()))
                .isEqualTo(JourneyCanvasCli.FAILED);
        assertThat(err.toString())
                .contains("no persona \"p9\" in this map (personas: p1 Dana)")
                .doesNotContain("\tat ");
    }

    @Test
    void pdfTakesPageOptionsAndRefusesThemForOtherFormats() throws Exception {
        Path map = copyFixture("design-example.journey");
        Path pdf = folder.resolve("map.pdf");
        assertThat(run(
                        "export",
                        map.toString(),
                        "--format",
                        "pdf",
                        "--paper",
                        "letter",
                        "--landscape",
                        "--per-persona",
                        "-o",
                        pdf.toString()))
                .isEqualTo(JourneyCanvasCli.OK);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(792f);
        }
        Path tiles = folder.resolve("tiles.pdf");
        assertThat(run("export", map.toString(), "--format", "pdf", "--tile", "a4", "-o", tiles.toString()))
                .isEqualTo(JourneyCanvasCli.OK);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(tiles.toFile())) {
            assertThat(document.getNumberOfPages())
                    .as("an A1 poster on A4 sheets")
                    .isGreaterThan(4);
        }

        assertThat(run("export", map.toString(), "--format", "png", "--paper", "a4", "-o", "x.png"))
                .isEqualTo(JourneyCanvasCli.USAGE);
        assertThat(err.toString()).contains("--paper, --landscape, --tile and --fit-width apply to PDF only");
        assertThat(run("export", map.toString(), "--format", "pdf", "--tile", "a1", "-o", "x.pdf"))
                .isEqualTo(JourneyCanvasCli.USAGE);
        assertThat(err.toString())
                .contains("--tile takes a sheet an office printer holds: a4, a3, letter or tabloid, not a1");
        assertThat(run("export", map.toString(), "--format", "pdf", "--tile", "a4", "--paper", "a4", "-o", "x.pdf"))
                .isEqualTo(JourneyCanvasCli.USAGE);
        assertThat(err.toString()).contains("--tile prints a poster");
        assertThat(run("export", map.toString(), "--format", "xlsx", "--per-persona", "-o", "x.xlsx"))
                .isEqualTo(JourneyCanvasCli.USAGE);
        assertThat(err.toString())
                .contains("--per-persona applies to PDF and SVG only")
                .doesNotContain("\tat ");
        assertThat(run("export", map.toString(), "--format", "pdf", "--landscape", "-o", "x.pdf"))
                .isEqualTo(JourneyCanvasCli.USAGE);
        assertThat(err.toString()).contains("--landscape turns a paper or a poster");
        assertThat(run("export", map.toString(), "--format", "pdf", "--per-persona", "--persona", "p1", "-o", "x.pdf"))
                .isEqualTo(JourneyCanvasCli.USAGE);
        assertThat(err.toString()).contains("--per-persona and --persona exclude each other");
        assertThat(folder.resolve("x.pdf")).doesNotExist();
    }

    /** Runs with the user's data folder in the test's temporary folder, so no real templates are seen. */
    private void withDataFolder(ThrowingRunnable body) {
        String before = System.getProperty(org.journeycanvas.io.UserDataFolder.OVERRIDE_PROPERTY);
        System.setProperty(
                org.journeycanvas.io.UserDataFolder.OVERRIDE_PROPERTY,
                folder.resolve("data").toString());
        try {
            body.run();
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            if (before == null) {
                System.clearProperty(org.journeycanvas.io.UserDataFolder.OVERRIDE_PROPERTY);
            } else {
                System.setProperty(org.journeycanvas.io.UserDataFolder.OVERRIDE_PROPERTY, before);
            }
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private int run(String... args) {
        return JourneyCanvasCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path copyFixture(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/v1/" + name)) {
            Path file = folder.resolve(name);
            Files.writeString(file, new String(in.readAllBytes(), UTF_8));
            return file;
        }
    }
}
