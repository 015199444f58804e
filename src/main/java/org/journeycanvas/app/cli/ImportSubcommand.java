package org.journeycanvas.app.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.journeycanvas.command.AddMapContentCommand;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.importing.ColumnMapping;
import org.journeycanvas.importing.ExcelRoundTrip;
import org.journeycanvas.importing.ExportedCards;
import org.journeycanvas.importing.MapChange;
import org.journeycanvas.importing.MapChanges;
import org.journeycanvas.importing.ScoreScale;
import org.journeycanvas.importing.SkippedRow;
import org.journeycanvas.importing.TableImport;
import org.journeycanvas.importing.TableImportOptions;
import org.journeycanvas.importing.TableMapBuilder;
import org.journeycanvas.io.FileLimits;
import org.journeycanvas.io.MapFileException;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.io.MapFileWriter;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.table.CsvTableReader;
import org.journeycanvas.io.table.ExcelTableReader;
import org.journeycanvas.io.table.Table;
import org.journeycanvas.io.table.TableReadException;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.LaneKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import FILE -o MAP.journey [--into MAP.journey]}: a table (Excel, CSV, TSV) or a Mermaid journey as a
 * new map, or added into an existing one; an edited Excel export of that map comes back as its changes.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportSubcommand implements Callable<Integer> {
    /** What the file is, by its extension. */
    private enum Kind {
        WORKBOOK,
        CSV,
        MERMAID;

        static Optional<Kind> of(Path file) {
            String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
            if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
                return Optional.of(WORKBOOK);
            }
            if (name.endsWith(".csv") || name.endsWith(".tsv")) {
                return Optional.of(CSV);
            }
            if (name.endsWith(".mmd") || name.endsWith(".mermaid") || name.endsWith(".md")) {
                return Optional.of(MERMAID);
            }
            return Optional.empty();
        }
    }

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    private Path input;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "MAP")
    private Path output;

    @Option(names = "--into", paramLabel = "MAP")
    private Path into;

    @Option(names = "--mapping", paramLabel = "KEY=COLUMN")
    private List<String> mappings = new ArrayList<>();

    @Option(names = "--sheet", paramLabel = "NAME")
    private String sheet;

    @Option(names = "--scale", paramLabel = "SCALE")
    private String scale;

    @Option(names = "--lane-kind", paramLabel = "KIND", descriptionKey = "laneKind")
    private String laneKind;

    @Option(names = "--encoding", paramLabel = "ENCODING")
    private String encoding;

    @Option(names = "--delete-missing", descriptionKey = "deleteMissing")
    private boolean deleteMissing;

    @Option(names = "--force")
    private boolean force;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Kind kind = Kind.of(input).orElseThrow(() -> usage(Messages.get("cli.import.error.extension", input)));
        checkOptions(kind);
        ColumnOverrides overrides;
        try {
            overrides = ColumnOverrides.parse(mappings);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        TableChoices choices = new TableChoices(overrides, scoreScale(), unknownLaneKind(), charset());
        if (!OutputFile.mayWrite(output, force, into)) {
            return JourneyCanvasCli.fail(spec, Messages.get("cli.error.exists", output));
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            JourneyMap target = into == null ? null : new MapFileReader().read(into);
            // An app export is recognised as .xls too: a spreadsheet program may have saved it in the old format.
            Optional<ExportedCards> export =
                    kind == Kind.WORKBOOK ? ExcelRoundTrip.read(input, Progress.NONE) : Optional.empty();
            JourneyMap result;
            String summary;
            if (target != null && export.isPresent() && export.get().mapId().equals(target.id())) {
                List<MapChange> changes = MapChanges.between(target, export.get());
                List<MapChange> applied = changes.stream()
                        .filter(change -> deleteMissing || !change.isDeletion())
                        .toList();
                result =
                        applied.isEmpty() ? target : MapChanges.command(applied).apply(target);
                applied.forEach(change -> out.println(Messages.get("cli.import.applied", change.description())));
                changes.stream()
                        .filter(change -> !applied.contains(change))
                        .forEach(change -> out.println(Messages.get("cli.import.notDeleted", change.description())));
                summary = Messages.get(
                        "cli.import.changed", output, input, Messages.plural("cli.import.changes", applied.size()));
            } else {
                JourneyMap imported;
                if (kind == Kind.MERMAID) {
                    imported = MermaidFile.read(input);
                } else {
                    // An export of another map: its cards sheet is the table, not the overview it opens with.
                    Table table =
                            export.isPresent() && sheet == null ? export.get().cards() : read(kind, choices);
                    imported = table(table, choices, out);
                    if (imported.cardCount() == 0) {
                        return JourneyCanvasCli.fail(spec, Messages.get("cli.import.error.noCards", input));
                    }
                }
                result = target == null
                        ? imported
                        : new AddMapContentCommand(Messages.get("cli.import.undo", input), imported).apply(target);
                summary = Messages.get(
                        target == null ? "cli.import.done" : "cli.import.added",
                        output,
                        input,
                        Messages.plural("count.stages", imported.stages().size()),
                        Messages.plural("count.personas", imported.personas().size()),
                        Messages.plural("count.cards", imported.cardCount()));
            }
            Optional<String> tooLarge = FileLimits.DEFAULT.exceededBy(result);
            if (tooLarge.isPresent()) {
                out.flush();
                return JourneyCanvasCli.fail(spec, tooLarge.get());
            }
            new MapFileWriter().write(result, output);
            out.println(summary);
        } catch (ImportInputException e) {
            e.lines().forEach(line -> spec.commandLine().getErr().println("journey-canvas: " + line));
            spec.commandLine().getErr().flush();
            return JourneyCanvasCli.FAILED;
        } catch (TableReadException e) {
            return JourneyCanvasCli.fail(spec, e.getMessage());
        } catch (MapFileException e) {
            return JourneyCanvasCli.fail(spec, e.getMessage());
        }
        out.flush();
        return JourneyCanvasCli.OK;
    }

    /** What the options say about reading a table; a null scale or encoding is to be guessed. */
    private record TableChoices(
            ColumnOverrides overrides, ScoreScale scale, LaneKind unknownLaneKind, Charset encoding) {}

    /** The input file's table: the chosen sheet (else the first) of a workbook, or the CSV file. */
    private Table read(Kind kind, TableChoices choices) throws TableReadException {
        return kind == Kind.WORKBOOK
                ? new ExcelTableReader().read(input, sheet, Progress.NONE)
                : new CsvTableReader().read(input, choices.encoding(), Progress.NONE);
    }

    /** A table's map, with every skipped row and every note printed. */
    private JourneyMap table(Table table, TableChoices choices, PrintWriter out) {
        ColumnMapping mapping;
        try {
            mapping = choices.overrides().applyTo(ColumnMapping.guess(table.header()), table.header());
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        ScoreScale chosenScale = choices.scale() != null ? choices.scale() : TableMapBuilder.guessScale(table, mapping);
        TableImport imported = TableMapBuilder.build(
                table, new TableImportOptions(mapping, chosenScale, choices.unknownLaneKind()), Progress.NONE);
        for (SkippedRow row : imported.skipped()) {
            out.println(Messages.get("cli.import.skipped", row.reason()));
        }
        // The import's notes include the reader's (hidden rows skipped, the encoding assumed).
        imported.notes().forEach(note -> out.println(Messages.get("cli.import.note", note)));
        return imported.map();
    }

    /** The options that only some kinds of file take. */
    private void checkOptions(Kind kind) {
        if (kind == Kind.MERMAID
                && (!mappings.isEmpty() || scale != null || laneKind != null || sheet != null || encoding != null)) {
            throw usage(Messages.get("cli.import.error.tableOnly"));
        }
        if (kind == Kind.CSV && sheet != null) {
            throw usage(Messages.get("cli.import.error.sheet"));
        }
        if (kind == Kind.WORKBOOK && encoding != null) {
            throw usage(Messages.get("cli.import.error.encoding"));
        }
        if (deleteMissing && into == null) {
            throw usage(Messages.get("cli.import.error.deleteMissing"));
        }
    }

    /** {@code --scale -2..2} or {@code 1..5}; null when not given, for the scale to be guessed. */
    private ScoreScale scoreScale() {
        if (scale == null) {
            return null;
        }
        String written = scale.strip().replace('−', '-').replace("+", "");
        if (written.equals("-2..2")) {
            return ScoreScale.MINUS_TWO_TO_TWO;
        }
        if (written.equals("1..5")) {
            return ScoreScale.ONE_TO_FIVE;
        }
        throw usage(Messages.get("cli.import.error.scale", scale));
    }

    /** {@code --lane-kind}: a lane kind by its constant name, with - for _ ({@code pain-points}); notes when not given. */
    private LaneKind unknownLaneKind() {
        if (laneKind == null) {
            return LaneKind.NOTES;
        }
        String key = laneKind.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(LaneKind.values())
                .filter(kind -> kind.name().equals(key))
                .findFirst()
                .orElseThrow(() -> usage(Messages.get(
                        "cli.import.error.laneKind",
                        laneKind,
                        String.join(
                                ", ",
                                Arrays.stream(LaneKind.values())
                                        .map(kind -> kind.name()
                                                .toLowerCase(Locale.ROOT)
                                                .replace('_', '-'))
                                        .toList()))));
    }

    /** {@code --encoding utf-8|windows-1252}; null when not given, for the reader to detect it. */
    private Charset charset() {
        if (encoding == null) {
            return null;
        }
        String name = encoding.strip().toLowerCase(Locale.ROOT).replace("_", "-");
        if (name.equals("utf-8") || name.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        if (name.equals("windows-1252") || name.equals("cp1252")) {
            return Charset.forName("windows-1252");
        }
        throw usage(Messages.get("cli.import.error.encodingName", encoding));
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
