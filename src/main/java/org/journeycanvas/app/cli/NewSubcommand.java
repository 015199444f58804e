package org.journeycanvas.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.journeycanvas.io.MapFileException;
import org.journeycanvas.io.MapFileWriter;
import org.journeycanvas.io.UserDataFolder;
import org.journeycanvas.model.IdGenerator;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.templates.TemplateCatalog;
import org.journeycanvas.templates.TemplateException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code new --template ID -o FILE}: writes a new map from a template, with fresh ids. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        description = "Writes a new map from a template (see 'templates' for the IDs).")
final class NewSubcommand implements Callable<Integer> {
    @Option(names = "--template", required = true, paramLabel = "ID", description = "the template to start from")
    private String templateId;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "FILE",
            description = "the map file to write")
    private Path output;

    @Option(names = "--force", description = "overwrite FILE if it exists")
    private boolean force;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (Files.exists(output) && !force) {
            return JourneyCanvasCli.fail(spec, output + ": already exists (add --force to overwrite it)");
        }
        try {
            JourneyMap map = new TemplateCatalog(UserDataFolder.get().resolve("templates"))
                    .newMap(templateId, new IdGenerator());
            new MapFileWriter().write(map, output);
        } catch (TemplateException e) {
            return JourneyCanvasCli.fail(spec, e.getMessage());
        } catch (MapFileException e) {
            return JourneyCanvasCli.fail(spec, e.getMessage());
        }
        spec.commandLine().getOut().println(output + ": new map from template " + templateId);
        spec.commandLine().getOut().flush();
        return JourneyCanvasCli.OK;
    }
}
