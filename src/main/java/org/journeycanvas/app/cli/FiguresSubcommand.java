package org.journeycanvas.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.importing.StageFiguresImport;
import org.journeycanvas.importing.StageFiguresMerge;
import org.journeycanvas.io.MapFileException;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.io.MapFileWriter;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.table.TableReadException;
import org.journeycanvas.model.JourneyMap;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code figures MAP FIGURES -o OUT}: the stage figures of an analytics export (CSV or Excel) set on a map's
 * stages, as File → Import Stage Figures… does. A file that cannot be taken is named with every cell that is
 * wrong (an unknown stage, a figure out of range), and nothing is written.
 */
@Command(name = "figures", mixinStandardHelpOptions = true)
final class FiguresSubcommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MAP", descriptionKey = "map")
    private Path mapFile;

    @Parameters(index = "1", paramLabel = "FIGURES", descriptionKey = "file")
    private Path figuresFile;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "OUT")
    private Path output;

    @Option(names = "--force")
    private boolean force;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // Writing the figures into the map they are read from is the usual case, not a mistake.
        if (!OutputFile.mayWrite(output, force, mapFile)) {
            return JourneyCanvasCli.fail(spec, Messages.get("cli.error.exists", output));
        }
        try {
            JourneyMap map = new MapFileReader().read(mapFile);
            StageFiguresMerge figures =
                    StageFiguresImport.command(StageFiguresImport.read(figuresFile, Progress.NONE), map);
            new MapFileWriter().write(figures.apply(map), output);
            spec.commandLine()
                    .getOut()
                    .println(Messages.get(
                            "cli.figures.done",
                            output,
                            Messages.plural("count.stages", figures.stageCount()),
                            figuresFile));
            spec.commandLine().getOut().flush();
            return JourneyCanvasCli.OK;
        } catch (MapFileException | TableReadException e) {
            return JourneyCanvasCli.fail(spec, e.getMessage());
        }
    }
}
