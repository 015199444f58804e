package org.journeycanvas.ui;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Opens the real main window in a test's stage, with the test's dialogs and data folder. */
public final class EditorWindow {
    private EditorWindow() {}

    public static MainView show(Stage stage, DialogService dialogs, Path dataFolder, double width, double height) {
        AppTheme.LIGHT.apply();
        MainView view = MainView.load(stage, dialogs, dataFolder);
        Scene scene = new Scene(view.root(), width, height);
        view.attachTo(scene);
        stage.setScene(scene);
        stage.show();
        return view;
    }

    /**
     * Opens a map in the window at 75%, where the whole sample map is on screen and every gesture goes through
     * the zoom transform.
     */
    public static void openZoomedOut(
            org.testfx.api.FxRobot robot, MainView view, org.journeycanvas.model.JourneyMap map) {
        robot.interact(() -> view.editor().open(map, null));
        robot.interact(() -> view.canvas().zoomTo(0.75, 0, 0));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
