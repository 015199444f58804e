package org.journeycanvas.ui;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Opens the real main window in a test's stage, with the test's dialogs and data folder. */
public final class EditorWindow {
    private EditorWindow() {
    }

    public static MainView show(Stage stage, DialogService dialogs, Path dataFolder, double width, double height) {
        AppTheme.LIGHT.apply();
        MainView view = MainView.load(stage, dialogs, dataFolder);
        Scene scene = new Scene(view.root(), width, height);
        view.attachTo(scene);
        stage.setScene(scene);
        stage.show();
        return view;
    }
}
