package org.journeycanvas.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Locale;
import javafx.application.Application;
import org.journeycanvas.app.cli.JourneyCanvasCli;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.templates.BundledTemplate;
import org.journeycanvas.templates.TemplateCatalog;

/**
 * The entry point. With no arguments it opens the editor window; with one argument that is not a subcommand
 * or an option, it opens that map in the window; otherwise it runs the command line. A plain class (not an
 * {@link Application}) so that {@code java -jar} can start it with JavaFX on the class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        AppLogging.init();
        if (opensWindow(args)) {
            // Read on a spare core while JavaFX starts; the window begins with this map.
            TemplateCatalog.readAhead(BundledTemplate.BLANK);
            Application.launch(JourneyCanvasApp.class, args);
            return;
        }
        // The system's language, unless --lang chooses another.
        Messages.use(Locale.getDefault());
        // The platform's encoding: what a terminal or a redirected file expects on this system.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, Charset.defaultCharset()), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, Charset.defaultCharset()), true);
        int exitCode = JourneyCanvasCli.run(args, out, err);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    static boolean opensWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        return args.length == 1
                && !args[0].startsWith("-")
                && !JourneyCanvasCli.subcommandNames().contains(args[0]);
    }
}
