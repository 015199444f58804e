package org.journeycanvas.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.journeycanvas.export.ExportException;
import org.journeycanvas.export.ExportFormat;
import org.journeycanvas.export.ExportProgress;
import org.journeycanvas.export.ExportRequest;
import org.journeycanvas.export.MapExport;
import org.journeycanvas.io.MapFileException;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.model.JourneyMap;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export FILE --format png|xlsx|pptx -o OUT}: exports a map without opening the window. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Exports a map to PNG, Excel (.xlsx) or PowerPoint (.pptx).")
final class ExportSubcommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the .journey file to export")
    private Path input;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "png, xlsx or pptx")
    private ExportFormat format;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "OUT",
            description = "the file to write")
    private Path output;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "2", description = "PNG: 1 to 4 (default 2)")
    private int scale;

    @Option(names = "--persona", paramLabel = "ID", description = "export only this persona")
    private String personaId;

    @Option(names = "--transparent", description = "PNG: transparent background instead of white")
    private boolean transparent;

    @Option(names = "--pictures", description = "PowerPoint: a picture of each persona instead of shapes")
    private boolean pictures;

    @Option(names = "--force", description = "overwrite OUT if it exists")
    private boolean force;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (scale < 1 || scale > 4) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scale must be from 1 to 4, not " + scale);
        }
        if (Files.exists(output) && !force) {
            return JourneyCanvasCli.fail(spec, output + ": already exists (add --force to overwrite it)");
        }
        try {
            JourneyMap map = new MapFileReader().read(input);
            new MapExport()
                    .export(
                            map,
                            new ExportRequest(format, personaId, scale, transparent, pictures),
                            output,
                            ExportProgress.NONE);
        } catch (MapFileException e) {
            return JourneyCanvasCli.fail(spec, e.getMessage());
        } catch (ExportException e) {
            return JourneyCanvasCli.fail(spec, e.getMessage());
        }
        spec.commandLine().getOut().println(output + ": exported " + format.label());
        spec.commandLine().getOut().flush();
        return JourneyCanvasCli.OK;
    }
}
