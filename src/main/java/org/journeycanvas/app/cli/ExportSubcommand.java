package org.journeycanvas.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.journeycanvas.export.ExportException;
import org.journeycanvas.export.ExportFormat;
import org.journeycanvas.export.ExportProgress;
import org.journeycanvas.export.ExportRequest;
import org.journeycanvas.export.MapExport;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.MapFileException;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.model.JourneyMap;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export FILE --format png|xlsx|pptx -o OUT}: exports a map without opening the window. */
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
        if (Files.exists(output) && !force) {
            return JourneyCanvasCli.fail(spec, Messages.get("cli.error.exists", output));
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
        spec.commandLine().getOut().println(Messages.get("cli.export.done", output, format.label()));
        spec.commandLine().getOut().flush();
        return JourneyCanvasCli.OK;
    }
}
