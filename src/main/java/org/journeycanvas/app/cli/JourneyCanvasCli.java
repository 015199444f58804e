package org.journeycanvas.app.cli;

import java.io.PrintWriter;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.journeycanvas.app.AppVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code journey-canvas SUBCOMMAND …}. Exit codes: 0 success, 1 invalid input or a failed
 * operation (one line on stderr), 2 wrong usage. No stack trace reaches the user.
 */
@Command(
        name = "journey-canvas",
        mixinStandardHelpOptions = true,
        versionProvider = JourneyCanvasCli.Version.class,
        description = {
            "Journey Canvas: an offline editor for customer-journey maps.",
            "With no arguments, opens the editor window; with a .journey FILE, opens that map in it."
        },
        subcommands = {
            ValidateSubcommand.class,
            TemplatesSubcommand.class,
            NewSubcommand.class,
            ExportSubcommand.class,
            CommandLine.HelpCommand.class
        })
public final class JourneyCanvasCli implements Runnable {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private static final Logger LOG = Logger.getLogger(JourneyCanvasCli.class.getName());

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and returns the exit code; {@code out} and {@code err} stand for stdout and stderr. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = create();
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    /** The names of the subcommands, so that the launcher can tell them from a file to open. */
    public static Set<String> subcommandNames() {
        return create().getSubcommands().keySet();
    }

    private static CommandLine create() {
        CommandLine commandLine = new CommandLine(new JourneyCanvasCli());
        // Enum options take the lower-case names users type and the help shows (export --format png).
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            LOG.log(Level.SEVERE, "command failed", exception);
            cmd.getErr().println("journey-canvas: " + exception.getMessage());
            return FAILED;
        });
        commandLine.setParameterExceptionHandler((exception, args) -> {
            CommandLine cmd = exception.getCommandLine();
            cmd.getErr().println("journey-canvas: " + exception.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            return USAGE;
        });
        return commandLine;
    }

    /** Reports a failed operation in one line on stderr and gives the exit code for it. */
    static int fail(CommandLine.Model.CommandSpec spec, String message) {
        spec.commandLine().getErr().println("journey-canvas: " + message);
        spec.commandLine().getErr().flush();
        return FAILED;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Journey Canvas " + AppVersion.get()};
        }
    }
}
