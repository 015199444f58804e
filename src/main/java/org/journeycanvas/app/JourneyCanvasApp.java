package org.journeycanvas.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.SettingsStore;
import org.journeycanvas.io.UserDataFolder;
import org.journeycanvas.ui.MainView;

/**
 * The JavaFX application: shows the main window (in the remembered theme) and opens the map named on the
 * command line.
 */
public final class JourneyCanvasApp extends Application {
    private static final Logger LOG = Logger.getLogger(JourneyCanvasApp.class.getName());

    @Override
    public void start(Stage stage) {
        String language = new SettingsStore(UserDataFolder.get()).load().language();
        Messages.use(language.isBlank() ? Locale.getDefault() : Locale.forLanguageTag(language));
        MainView view = MainView.load(stage);
        Scene scene = new Scene(view.root(), 1400, 880);
        view.attachTo(scene);
        stage.setScene(scene);
        stage.show();
        view.installCrashHandler();
        List<String> files = getParameters().getUnnamed();
        // The map named on the command line opens once the recovered ones were offered: a restored map would
        // otherwise replace it without a word.
        view.offerRecovery()
                .whenComplete((offered, failure) -> Platform.runLater(() -> {
                    if (failure != null) {
                        LOG.log(Level.SEVERE, "offering the recovered maps failed", failure);
                    }
                    if (!files.isEmpty()) {
                        view.open(Path.of(files.get(0)));
                    }
                }));
    }
}
