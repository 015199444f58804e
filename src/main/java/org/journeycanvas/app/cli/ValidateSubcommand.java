package org.journeycanvas.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.journeycanvas.io.MapFileException;
import org.journeycanvas.io.MapFileReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code validate FILE…}: checks map files, one line per file. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Checks that map files are valid. Prints 'FILE: ok', or 'FILE:LINE:COLUMN: what is wrong'.",
            "Exits 0 when every file is valid, 1 otherwise."
        })
final class ValidateSubcommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "the .journey files to check")
    private List<Path> files;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        MapFileReader reader = new MapFileReader();
        boolean allValid = true;
        for (Path file : files) {
            try {
                reader.read(file);
                spec.commandLine().getOut().println(file + ": ok");
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
