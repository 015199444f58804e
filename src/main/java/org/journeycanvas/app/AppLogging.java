package org.journeycanvas.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.journeycanvas.io.UserDataFolder;

/**
 * Sends the app's log (and, through log4j-to-jul, Apache POI's) to a file in the user's data folder, and
 * nothing to the console, so users never see a logged stack trace.
 */
final class AppLogging {
    private AppLogging() {}

    static void init() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.setLevel(Level.INFO);
        try {
            Path folder = UserDataFolder.get().resolve("logs");
            Files.createDirectories(folder);
            FileHandler file =
                    new FileHandler(folder.resolve("journey-canvas-%g.log").toString(), 1_000_000, 3, true);
            file.setFormatter(new SimpleFormatter());
            root.addHandler(file);
        } catch (IOException | SecurityException e) {
            // No writable data folder: the app works without its log rather than failing to start.
        }
    }
}
