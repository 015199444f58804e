package org.journeycanvas.ui.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.journeycanvas.layout.CurveView;
import org.journeycanvas.layout.LaneRow;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.testing.FutureStateMaps;
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

/** A map with a to-be curve is presented twice, stage by stage: as it is, then as it should become. */
@ExtendWith(ApplicationExtension.class)
class FuturePresentationTest {
    @TempDir
    Path dataFolder;

    private MainView view;

    @Start
    void start(Stage stage) {
        AppTheme.LIGHT.apply();
        view = MainView.load(stage, new FakeDialogs(), dataFolder);
        Scene scene = new Scene(view.root(), 1100, 700);
        view.attachTo(scene);
        stage.setScene(scene);
        stage.show();
        view.editor().open(FutureStateMaps.fourMoments(), null);
    }

    @Test
    void theStagesComeAsIsThenToBeAndTSwitchesBetweenThem(FxRobot robot) {
        robot.clickOn("#canvas");
        robot.press(KeyCode.F5).release(KeyCode.F5);
        PresentationView presentation = presentation();
        assertThat(presentation.state().curves()).isEqualTo(CurveView.AS_IS);
        assertThat(paintedEmotions(presentation).futureCurve())
                .as("the overview shows as-is only")
                .isEmpty();

        type(robot, KeyCode.RIGHT);
        assertThat(presentation.where()).isEqualTo("Stage 1 of 3 · Awareness · As-is");
        assertThat(presentation.state().curves()).isEqualTo(CurveView.AS_IS);
        type(robot, KeyCode.RIGHT);
        type(robot, KeyCode.RIGHT);
        assertThat(presentation.where()).isEqualTo("Stage 3 of 3 · Decision · As-is");

        type(robot, KeyCode.RIGHT);
        assertThat(presentation.where()).isEqualTo("Stage 1 of 3 · Awareness · To-be");
        assertThat(presentation.state().curves()).isEqualTo(CurveView.BOTH);
        assertThat(paintedEmotions(presentation).futureCurve())
                .as("the to-be pass paints it")
                .hasSize(3);
        assertThat(paintedEmotions(presentation).curves()).isEqualTo(CurveView.BOTH);
        type(robot, KeyCode.DIGIT2);
        assertThat(presentation.where()).as("a number stays in the pass").endsWith("Consideration · To-be");

        type(robot, KeyCode.T);
        assertThat(presentation.where()).isEqualTo("Stage 2 of 3 · Consideration · As-is");
        type(robot, KeyCode.T);
        assertThat(presentation.state().showsToBe()).isTrue();

        type(robot, KeyCode.END);
        assertThat(presentation.where()).isEqualTo("Stage 3 of 3 · Decision · To-be");
        type(robot, KeyCode.SPACE);
        assertThat(presentation.where())
                .as("the end of the to-be pass is the end")
                .endsWith("Decision · To-be");
        type(robot, KeyCode.LEFT);
        type(robot, KeyCode.LEFT);
        type(robot, KeyCode.LEFT);
        assertThat(presentation.where()).isEqualTo("Stage 3 of 3 · Decision · As-is");
        assertThat(paintedEmotions(presentation).futureCurve()).isEmpty();
        type(robot, KeyCode.ESCAPE);
    }

    @Test
    void aPersonaWithoutToBeScoresIsToldOnceAndTheOthersTwice(FxRobot robot) {
        robot.interact(() -> view.editor().open(withSamWithoutToBe(), null));
        robot.clickOn("#canvas");
        robot.press(KeyCode.F5).release(KeyCode.F5);
        PresentationView presentation = presentation();
        type(robot, KeyCode.P);
        type(robot, KeyCode.END);
        assertThat(presentation.where()).isEqualTo("Dana · Stage 3 of 3 · Decision · To-be");

        type(robot, KeyCode.P);
        assertThat(presentation.where())
                .as("Sam has no to-be pass: the same stage, as it is, with no pass named")
                .isEqualTo("Sam · Stage 3 of 3 · Decision");
        assertThat(presentation.state().showsToBe()).isFalse();
        type(robot, KeyCode.RIGHT);
        assertThat(presentation.where()).as("the end of Sam's journey").isEqualTo("Sam · Stage 3 of 3 · Decision");
        type(robot, KeyCode.T);
        assertThat(presentation.state().showsToBe()).isFalse();

        type(robot, KeyCode.P);
        assertThat(presentation.where()).isEqualTo("Stage 3 of 3 · Decision · As-is");
        type(robot, KeyCode.RIGHT);
        assertThat(presentation.where()).isEqualTo("Stage 1 of 3 · Awareness · To-be");
        type(robot, KeyCode.ESCAPE);
    }

    @Test
    void thePresenterViewSaysWhichCurveIsShownAndWhatComesNext(FxRobot robot) {
        PresenterView[] presenter = new PresenterView[1];
        PresentationState lastAsIs = PresentationState.start(3, true).jumpTo(3);
        robot.interact(() -> {
            presenter[0] = new PresenterView(FutureStateMaps.fourMoments());
            presenter[0].update(lastAsIs);
        });
        assertThat(presenter[0].currentLabel().getText()).isEqualTo("3. Decision · As-is");
        assertThat(presenter[0].nextLabel().getText()).isEqualTo("Next: the journey again, to-be, from Awareness");
        robot.interact(
                () -> presenter[0].update(PresentationState.start(3, true).jumpTo(2)));
        assertThat(presenter[0].nextLabel().getText()).isEqualTo("Next: Decision");
        robot.interact(() -> presenter[0].update(lastAsIs.togglePass()));
        assertThat(presenter[0].currentLabel().getText()).isEqualTo("3. Decision · To-be");
        assertThat(presenter[0].nextLabel().getText()).isEqualTo("Next: end of the journey");
        robot.interact(presenter[0]::close);
    }

    /** Dana's emotions lane as the presentation last painted it. */
    private static LaneRow paintedEmotions(PresentationView presentation) {
        return presentation.paintedGeometry().lane("l-emo").orElseThrow();
    }

    /** {@link FutureStateMaps#fourMoments()} and a second persona, Sam, whose one moment has no to-be score. */
    private static JourneyMap withSamWithoutToBe() {
        JourneyMap map = FutureStateMaps.fourMoments();
        Lane emotions = new Lane(
                "l-sam-emo",
                LaneKind.EMOTIONS,
                "Emotions",
                List.of(FutureStateMaps.emotion("f1", "s2", "Fine", 1, null)));
        Persona sam = new Persona("p2", "Sam", "Buyer", "", "", List.of(), "#3D405B", null, List.of(emotions));
        List<Persona> personas = new ArrayList<>(map.personas());
        personas.add(sam);
        return new JourneyMap(map.id(), map.title(), map.description(), map.stages(), personas);
    }

    private static void type(FxRobot robot, KeyCode key) {
        robot.press(key).release(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static PresentationView presentation() {
        WaitForAsyncUtils.waitForFxEvents();
        for (Window window : Window.getWindows()) {
            if (window instanceof Stage stage
                    && stage.getScene() != null
                    && "presentation".equals(stage.getScene().getRoot().getId())) {
                return (PresentationView) stage.getProperties().get(PresentationView.class);
            }
        }
        throw new AssertionError("no presentation window");
    }
}
