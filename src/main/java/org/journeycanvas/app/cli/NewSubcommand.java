package org.journeycanvas.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.journeycanvas.i18n.Messages;
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
@Command(name = "new", mixinStandardHelpOptions = true)
final class NewSubcommand implements Callable<Integer> {
    @Option(names = "--template", required = true, paramLabel = "ID")
    private String templateId;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "FILE")
    private Path output;

    @Option(names = "--force")
    private boolean force;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!OutputFile.mayWrite(output, force)) {
            return JourneyCanvasCli.fail(spec, Messages.get("cli.error.exists", output));
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
        spec.commandLine().getOut().println(Messages.get("cli.new.done", output, templateId));
        spec.commandLine().getOut().flush();
        return JourneyCanvasCli.OK;
    }
}
