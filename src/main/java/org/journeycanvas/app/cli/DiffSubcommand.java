package org.journeycanvas.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.journeycanvas.compare.Difference;
import org.journeycanvas.compare.DifferenceText;
import org.journeycanvas.compare.MapDiff;
import org.journeycanvas.io.MapFileException;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.model.JourneyMap;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code diff OLD NEW [--json]}: what changed from one version of a map to another, one line each in the interface
 * language, or JSON for tools. Exits as {@code diff} does: 0 the same, 1 different, 2 a file that cannot be read.
 */
@Command(name = "diff", mixinStandardHelpOptions = true)
final class DiffSubcommand implements Callable<Integer> {
    /** A file that cannot be read: 1 already means "the maps differ". */
    static final int UNREADABLE = 2;

    @Parameters(index = "0", paramLabel = "OLD", descriptionKey = "old")
    private Path olderFile;

    @Parameters(index = "1", paramLabel = "NEW", descriptionKey = "new")
    private Path newerFile;

    @Option(names = "--json")
    private boolean json;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        JourneyMap older;
        JourneyMap newer;
        try {
            MapFileReader reader = new MapFileReader();
            older = reader.read(olderFile);
            newer = reader.read(newerFile);
        } catch (MapFileException e) {
            JourneyCanvasCli.fail(spec, e.getMessage());
            return UNREADABLE;
        }
        List<Difference> differences = MapDiff.between(older, newer);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(DiffJson.of(olderFile, newerFile, differences));
        } else {
            DifferenceText text = new DifferenceText(older, newer);
            differences.forEach(difference -> out.println(text.describe(difference)));
            out.println(DifferenceText.summary(differences.size()));
        }
        out.flush();
        return differences.isEmpty() ? JourneyCanvasCli.OK : JourneyCanvasCli.FAILED;
    }
}
