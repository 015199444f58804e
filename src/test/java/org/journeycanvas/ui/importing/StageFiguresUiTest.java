package org.journeycanvas.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.journeycanvas.ui.EditorWindow;
import org.journeycanvas.ui.FakeDialogs;
import org.journeycanvas.ui.MainView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Import Stage Figures…: the figures land on the open map as one undo step, or a clear refusal. */
@ExtendWith({ApplicationExtension.class, InEnglish.class})
class StageFiguresUiTest {
    @TempDir
    Path dataFolder;

    @TempDir
    Path folder;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final JourneyMap original = SampleMaps.threeStages();
    private MainView view;

    @Start
    void start(Stage primary) {
        view = EditorWindow.show(primary, dialogs, dataFolder, 1200, 760);
    }

    @Test
    void figuresFromACsvFileAreOneUndoStepAndABadFileChangesNothing(FxRobot robot) throws Exception {
        EditorWindow.openZoomedOut(robot, view, original);
        dialogs.importAnswer = write("funnel.csv", "Stage,Visitors,Conversion\nAwareness,9000,40\nDecision,800,\n");
        chooseImportFigures(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.editor().getMap() != original);
        WaitForAsyncUtils.waitForFxEvents();

        JourneyMap imported = view.editor().getMap();
        assertThat(imported.stages().get(0).figures().entered()).isEqualTo(9000L);
        assertThat(imported.stages().get(2).figures().entered()).isEqualTo(800L);
        assertThat(view.editor().undoTextProperty().get()).isEqualTo("Undo Import stage figures");
        assertThat(view.canvas().geometry().strips().funnel()).isNotNull();

        dialogs.importAnswer = write("broken.csv", "Stage,Visitors\nAwareness,many\n");
        chooseImportFigures(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors)
                .containsExactly("Cannot import broken.csv: broken: 1 cell cannot be taken, so nothing was imported:\n"
                        + "broken.csv, row 2, column 2: \"many\" is not a number");
        assertThat(view.editor().getMap()).isSameAs(imported);

        robot.interact(() -> view.editor().undo());
        assertThat(view.editor().getMap()).isEqualTo(original);
    }

    private void chooseImportFigures(FxRobot robot) {
        MenuItem item = robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(candidate -> "importFiguresItem".equals(candidate.getId()))
                .findFirst()
                .orElseThrow();
        robot.interact(item::fire);
    }

    private Path write(String name, String content) throws java.io.IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}
