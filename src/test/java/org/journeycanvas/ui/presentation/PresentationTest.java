package org.journeycanvas.ui.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.journeycanvas.command.DeleteCardsCommand;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.templates.TemplateCatalog;
import org.journeycanvas.ui.AppTheme;
import org.journeycanvas.ui.FakeDialogs;
import org.journeycanvas.ui.MainView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presenting with the keyboard, as a facilitator with a clicker would. */
@ExtendWith(ApplicationExtension.class)
class PresentationTest {
    @TempDir
    Path dataFolder;

    private MainView view;
    private JourneyMap map;

    @Start
    void start(Stage stage) throws Exception {
        AppTheme.LIGHT.apply();
        view = MainView.load(stage, new FakeDialogs(), dataFolder);
        Scene scene = new Scene(view.root(), 1100, 700);
        view.attachTo(scene);
        stage.setScene(scene);
        stage.show();
        TemplateCatalog catalog = new TemplateCatalog(dataFolder.resolve("templates"));
        // without its to-be curve, which would add a second pass (FuturePresentationTest)
        map = catalog.read(catalog.find("b2b-buyer").orElseThrow())
                .withLanesMapped(lane -> lane.withCardsMapped(card -> card.withFutureScore(null)));
        view.editor().open(map, null);
        view.editor().execute(new DeleteCardsCommand(java.util.Set.of("p1-actions-1")));
    }

    @Test
    void keysWalkTheRoomThroughEveryStageAndEveryPersonaAndLeaveTheMapAsItWas(FxRobot robot) {
        JourneyMap before = view.editor().getMap();
        String undo = view.editor().undoTextProperty().get();
        robot.clickOn("#canvas");
        robot.press(KeyCode.F5).release(KeyCode.F5);
        PresentationView presentation = presentation(robot);
        assertThat(presentation.state().isOverview()).isTrue();
        assertThat(presentation.where()).isEqualTo("Overview");

        for (int stage = 0; stage < map.stages().size(); stage++) {
            type(robot, stage % 2 == 0 ? KeyCode.RIGHT : KeyCode.PAGE_DOWN);
            assertThat(presentation.state().stageIndex()).isEqualTo(stage);
        }
        assertThat(presentation.where()).isEqualTo("Stage 5 of 5 · Decision");
        type(robot, KeyCode.SPACE);
        assertThat(presentation.state().stageIndex()).isEqualTo(4);
        type(robot, KeyCode.PAGE_UP);
        type(robot, KeyCode.LEFT);
        assertThat(presentation.state().stageIndex()).isEqualTo(2);
        type(robot, KeyCode.HOME);
        assertThat(presentation.state().isOverview()).isTrue();
        type(robot, KeyCode.END);
        assertThat(presentation.state().stageIndex()).isEqualTo(4);
        type(robot, KeyCode.DIGIT2);
        assertThat(presentation.where()).isEqualTo("Stage 2 of 5 · Research");

        for (String name : List.of("Maya Chen", "Tom Becker", "Priya Nair")) {
            type(robot, KeyCode.P);
            assertThat(presentation.where()).startsWith(name + " · ");
        }
        type(robot, KeyCode.P);
        assertThat(presentation.state().personaId()).isNull();

        type(robot, KeyCode.B);
        assertThat(presentation.state().blank()).isEqualTo(PresentationState.Blank.BLACK);
        type(robot, KeyCode.PERIOD);
        assertThat(presentation.state().blank()).isEqualTo(PresentationState.Blank.NONE);
        type(robot, KeyCode.W);
        assertThat(presentation.state().blank()).isEqualTo(PresentationState.Blank.WHITE);
        type(robot, KeyCode.BACK_SPACE);
        assertThat(presentation.state().blank()).isEqualTo(PresentationState.Blank.NONE);
        assertThat(presentation.state().stageIndex()).isZero();
        type(robot, KeyCode.C);
        assertThat(presentation.state().caption()).isTrue();

        type(robot, KeyCode.ESCAPE);
        assertThat(presentation.stage().isShowing()).isFalse();
        assertThat(view.editor().getMap()).isSameAs(before);
        assertThat(view.editor().undoTextProperty().get()).isEqualTo(undo);
        assertThat(view.editor().isDirty()).isTrue();
    }

    @Test
    void thePresenterViewShowsTheNotesTheNextStageAndTheTime(FxRobot robot) {
        PresenterView[] presenter = new PresenterView[1];
        robot.interact(() -> {
            presenter[0] = new PresenterView(map);
            presenter[0].update(PresentationState.start(5).next());
        });
        assertThat(presenter[0].notesLabel().getText())
                .isEqualTo(map.stages().get(0).description());
        assertThat(presenter[0].nextLabel().getText()).isEqualTo("Next: Research");
        assertThat(presenter[0].elapsed())
                .as("minutes and seconds since it opened")
                .matches("00:[0-5]\\d");
        robot.interact(() -> presenter[0].update(PresentationState.start(5).last()));
        assertThat(presenter[0].nextLabel().getText()).isEqualTo("Next: end of the journey");
    }

    private static void type(FxRobot robot, KeyCode key) {
        robot.press(key).release(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static PresentationView presentation(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (Window window : Window.getWindows()) {
            if (window instanceof Stage stage
                    && stage.getScene() != null
                    && stage.getScene().getRoot().getId() != null
                    && stage.getScene().getRoot().getId().equals("presentation")) {
                return (PresentationView) stage.getProperties().get(PresentationView.class);
            }
        }
        throw new AssertionError("no presentation window");
    }
}
