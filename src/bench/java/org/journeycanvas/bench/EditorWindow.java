package org.journeycanvas.bench;

import java.io.IOException;
import java.nio.file.Files;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.journeycanvas.ui.AppTheme;
import org.journeycanvas.ui.FxDialogService;
import org.journeycanvas.ui.MainView;

/** The real editor window, 1600 × 1000, as the frame and open figures drive it (headless, own data folder). */
final class EditorWindow {
    static final int WIDTH = 1600;
    static final int HEIGHT = 1000;

    private EditorWindow() {}

    /** Loads the editor into {@code stage}, shows it and returns its view; its scene is the stage's. */
    static MainView show(Stage stage) throws IOException {
        AppTheme.LIGHT.apply();
        MainView view =
                MainView.load(stage, new FxDialogService(stage), Files.createTempDirectory("journey-canvas-bench"));
        Scene scene = new Scene(view.root(), WIDTH, HEIGHT);
        view.attachTo(scene);
        stage.setScene(scene);
        stage.show();
        return view;
    }
}
