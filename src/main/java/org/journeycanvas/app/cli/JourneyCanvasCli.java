package org.journeycanvas.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.journeycanvas.app.AppVersion;
import org.journeycanvas.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The command line: {@code journey-canvas SUBCOMMAND …}. Exit codes: 0 success, 1 invalid input or a failed
 * operation (one line on stderr), 2 wrong usage. No stack trace reaches the user.
 *
 * <p>Every text it prints is in the interface language: {@code --lang de|fr|es|en} anywhere before the
 * arguments' end chooses it, else the language already chosen (the launcher chooses the system's). A language
 * the app does not speak ({@code --lang xx}) falls back to English, as the window does. The help texts come
 * from the {@code cli.help.*} keys through {@link CliHelpBundle}.
 */
@Command(
        name = "journey-canvas",
        mixinStandardHelpOptions = true,
        versionProvider = JourneyCanvasCli.Version.class,
        subcommands = {
            ValidateSubcommand.class,
            TemplatesSubcommand.class,
            NewSubcommand.class,
            ExportSubcommand.class,
            ImportSubcommand.class,
            FiguresSubcommand.class,
            DiffSubcommand.class,
            MergeSubcommand.class,
            CommandLine.HelpCommand.class
        })
public final class JourneyCanvasCli implements Runnable {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private static final Logger LOG = Logger.getLogger(JourneyCanvasCli.class.getName());
    private static final String NAME = "journey-canvas";
    private static final String LANG = "--lang";

    /**
     * {@code --lang}, declared for the parser and the help; {@link #run(String[], PrintWriter, PrintWriter)} has
     * already read it from the arguments, so that even the errors of the parse speak the language.
     */
    @Option(names = LANG, paramLabel = "LANG", descriptionKey = "lang", scope = ScopeType.INHERIT)
    void language(String tag) {
        // Chosen before parsing: see requestedLanguage.
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and returns the exit code; {@code out} and {@code err} stand for stdout and stderr. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        requestedLanguage(args).ifPresent(Messages::use);
        CommandLine commandLine = create();
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    /** The names of the subcommands, so that the launcher can tell them from a file to open. */
    public static Set<String> subcommandNames() {
        return create().getSubcommands().keySet();
    }

    /** The language of the last {@code --lang X} or {@code --lang=X} before a {@code --} that ends the options. */
    static Optional<Locale> requestedLanguage(String[] args) {
        String tag = null;
        for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
            if (args[i].equals(LANG) && i + 1 < args.length) {
                tag = args[++i];
            } else if (args[i].startsWith(LANG + "=")) {
                tag = args[i].substring(LANG.length() + 1);
            }
        }
        return Optional.ofNullable(tag)
                .map(value -> Locale.forLanguageTag(value.strip().replace('_', '-')));
    }

    private static CommandLine create() {
        CommandLine commandLine = new CommandLine(new JourneyCanvasCli());
        commandLine.setResourceBundle(new CliHelpBundle(NAME));
        // Enum options take the lower-case names users type and the help shows (export --format png).
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            LOG.log(Level.SEVERE, "command failed", exception);
            cmd.getErr().println(NAME + ": " + exception.getMessage());
            return FAILED;
        });
        commandLine.setParameterExceptionHandler((exception, args) -> {
            CommandLine cmd = exception.getCommandLine();
            cmd.getErr().println(NAME + ": " + UsageErrors.translated(exception.getMessage()));
            cmd.getErr()
                    .println(Messages.get(
                            "cli.error.tryHelp", cmd.getCommandSpec().qualifiedName()));
            return USAGE;
        });
        return commandLine;
    }

    /** Reports a failed operation in one line on stderr and gives the exit code for it. */
    static int fail(CommandLine.Model.CommandSpec spec, String message) {
        spec.commandLine().getErr().println(NAME + ": " + message);
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
