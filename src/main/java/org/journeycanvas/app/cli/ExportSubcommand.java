package org.journeycanvas.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.journeycanvas.export.ExportException;
import org.journeycanvas.export.ExportFormat;
import org.journeycanvas.export.ExportRequest;
import org.journeycanvas.export.MapExport;
import org.journeycanvas.export.pages.PageOptions;
import org.journeycanvas.export.pages.Paper;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.MapFileException;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.io.Progress;
import org.journeycanvas.model.JourneyMap;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export FILE --format png|xlsx|pptx|pdf|svg|html -o OUT}: exports a map without opening the window; PDF
 * takes page options (paper, landscape, one persona per page, a tiled poster).
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportSubcommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    private Path input;

    @Option(names = "--format", required = true, paramLabel = "FORMAT")
    private ExportFormat format;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "OUT")
    private Path output;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "2")
    private int scale;

    @Option(names = "--persona", paramLabel = "ID")
    private String personaId;

    @Option(names = "--transparent")
    private boolean transparent;

    @Option(names = "--pictures")
    private boolean pictures;

    @Option(names = "--paper", paramLabel = "SIZE")
    private Paper paper;

    @Option(names = "--landscape")
    private boolean landscape;

    @Option(names = "--per-persona", descriptionKey = "perPersona")
    private boolean perPersona;

    @Option(names = "--tile", paramLabel = "SHEET")
    private Paper tileSheet;

    @Option(names = "--fit-width", descriptionKey = "fitWidth")
    private boolean fitWidth;

    @Option(names = "--force")
    private boolean force;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (scale < 1 || scale > 4) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), Messages.get("cli.export.error.scale", String.valueOf(scale)));
        }
        checkPageOptions();
        List<Path> targets;
        try {
            JourneyMap map = new MapFileReader().read(input);
            PageOptions pages = new PageOptions(paper, landscape, perPersona, tileSheet, fitWidth);
            ExportRequest request = new ExportRequest(format, personaId, scale, transparent, pictures, pages);
            targets = MapExport.targets(map, request, output);
            for (Path target : targets) {
                if (!OutputFile.mayWrite(target, force)) {
                    return JourneyCanvasCli.fail(spec, Messages.get("cli.error.exists", target));
                }
            }
            new MapExport().export(map, request, output, Progress.NONE);
        } catch (MapFileException e) {
            return JourneyCanvasCli.fail(spec, e.getMessage());
        } catch (ExportException e) {
            return JourneyCanvasCli.fail(spec, e.getMessage());
        }
        for (Path target : targets) {
            spec.commandLine().getOut().println(Messages.get("cli.export.done", target, format.label()));
        }
        spec.commandLine().getOut().flush();
        return JourneyCanvasCli.OK;
    }

    /** Page options only where the format has pages, and a tile only of a sheet an office printer takes. */
    private void checkPageOptions() {
        boolean pdf = format == ExportFormat.PDF;
        if (!pdf && (paper != null || landscape || tileSheet != null || fitWidth)) {
            throw usage(Messages.get("cli.export.error.pdfOnly"));
        }
        if (perPersona && !pdf && format != ExportFormat.SVG) {
            throw usage(Messages.get("cli.export.error.perPersona"));
        }
        if (landscape && paper == null && tileSheet == null) {
            throw usage(Messages.get("cli.export.error.landscape"));
        }
        if (perPersona && personaId != null) {
            throw usage(Messages.get("cli.export.error.perPersonaAndPersona"));
        }
        if (tileSheet != null && !tileSheet.officeSheet()) {
            throw usage(Messages.get("cli.export.error.tile", tileSheet.key()));
        }
        if (tileSheet != null && paper != null && !paper.poster()) {
            throw usage(Messages.get("cli.export.error.tilePoster", paper.key()));
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
