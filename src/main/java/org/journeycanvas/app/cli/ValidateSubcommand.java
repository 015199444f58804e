package org.journeycanvas.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.MapFileException;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.io.PictureCheck;
import org.journeycanvas.model.JourneyMap;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code validate FILE…}: checks map files, one line per file, or one per problem: what the reader refuses, and
 * pictures whose data the window could not show.
 */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateSubcommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "files")
    private List<Path> files;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        MapFileReader reader = new MapFileReader();
        boolean allValid = true;
        for (Path file : files) {
            try {
                JourneyMap map = reader.read(file);
                List<MapFileException> pictures = new PictureCheck().unreadable(map, file);
                if (pictures.isEmpty()) {
                    spec.commandLine().getOut().println(Messages.get("cli.validate.ok", file));
                } else {
                    pictures.forEach(problem -> spec.commandLine().getErr().println(problem.getMessage()));
                    allValid = false;
                }
            } catch (MapFileException e) {
                spec.commandLine().getErr().println(e.getMessage());
                allValid = false;
            }
        }
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        return allValid ? JourneyCanvasCli.OK : JourneyCanvasCli.FAILED;
    }
}
