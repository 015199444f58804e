package org.journeycanvas.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.UserDataFolder;
import org.journeycanvas.templates.Template;
import org.journeycanvas.templates.TemplateCatalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code templates}: lists the templates a new map can start from, bundled first, then the user's own. */
@Command(name = "templates", mixinStandardHelpOptions = true)
final class TemplatesSubcommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<Template> templates = new TemplateCatalog(UserDataFolder.get().resolve("templates")).list();
        int width = templates.stream()
                .mapToInt(template -> template.id().length())
                .max()
                .orElse(0);
        for (Template template : templates) {
            spec.commandLine()
                    .getOut()
                    .printf(
                            "%-" + width + "s  %s%s%n",
                            template.id(),
                            template.name(),
                            template.isBundled() ? "" : " " + Messages.get("cli.templates.yours"));
        }
        spec.commandLine().getOut().flush();
        return JourneyCanvasCli.OK;
    }
}
