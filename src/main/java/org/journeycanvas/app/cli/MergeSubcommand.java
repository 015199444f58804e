package org.journeycanvas.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.journeycanvas.compare.MergeConflict;
import org.journeycanvas.compare.MergeResult;
import org.journeycanvas.compare.ThreeWayMerge;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.FileLimits;
import org.journeycanvas.io.MapFileException;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.io.MapFileWriter;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapInvariantException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code merge BASE OURS THEIRS -o OUT}: a three-way merge that always writes a valid map, usable as a git merge
 * driver ({@code merge %O %A %B -o %A}). Exits 0 without conflicts, 1 with conflicts (kept in the map, each listed),
 * 2 when a file cannot be read or written.
 */
@Command(name = "merge", mixinStandardHelpOptions = true)
final class MergeSubcommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BASE", descriptionKey = "base")
    private Path baseFile;

    @Parameters(index = "1", paramLabel = "OURS", descriptionKey = "ours")
    private Path oursFile;

    @Parameters(index = "2", paramLabel = "THEIRS", descriptionKey = "theirs")
    private Path theirsFile;

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
        // git hands the driver OURS as the file to write, so writing over an input is the usual case.
        if (!OutputFile.mayWrite(output, force, baseFile, oursFile, theirsFile)) {
            JourneyCanvasCli.fail(spec, Messages.get("cli.error.exists", output));
            return DiffSubcommand.UNREADABLE;
        }
        MergeResult result;
        try {
            MapFileReader reader = new MapFileReader();
            JourneyMap base = reader.read(baseFile);
            JourneyMap ours = reader.read(oursFile);
            JourneyMap theirs = reader.read(theirsFile);
            result = ThreeWayMerge.merge(base, ours, theirs);
            Optional<String> tooLarge = FileLimits.DEFAULT.exceededBy(result.map());
            if (tooLarge.isPresent()) {
                JourneyCanvasCli.fail(spec, tooLarge.get());
                return DiffSubcommand.UNREADABLE;
            }
            new MapFileWriter().write(result.map(), output);
        } catch (MapFileException e) {
            JourneyCanvasCli.fail(spec, e.getMessage());
            return DiffSubcommand.UNREADABLE;
        } catch (MapInvariantException e) {
            // Only versions that give one id to two different elements (ids are random, so never by chance).
            JourneyCanvasCli.fail(spec, Messages.get("cli.merge.error", e.getMessage()));
            return DiffSubcommand.UNREADABLE;
        }
        PrintWriter out = spec.commandLine().getOut();
        List<MergeConflict> conflicts = result.conflicts();
        conflicts.forEach(conflict -> out.println(Messages.get("cli.merge.conflict", conflict.describe())));
        out.println(
                conflicts.isEmpty()
                        ? Messages.get("cli.merge.clean", output)
                        : Messages.get(
                                "cli.merge.conflicts",
                                output,
                                Messages.plural("cli.merge.conflictCount", conflicts.size())));
        out.flush();
        return conflicts.isEmpty() ? JourneyCanvasCli.OK : JourneyCanvasCli.FAILED;
    }
}
