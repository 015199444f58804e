package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.journeycanvas.io.MapFileWriter;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A map whose photo does not decode opens, and the window says once which photo it cannot show. */
@ExtendWith({InEnglish.class, ApplicationExtension.class})
class UnreadablePicturesTest {
    @TempDir
    Path folder;

    private final FakeDialogs dialogs = new FakeDialogs();
    private MainView view;

    @Start
    void start(Stage stage) {
        view = EditorWindow.show(stage, dialogs, folder.resolve("data"), 1000, 700);
    }

    @Test
    void aPhotoThatDoesNotDecodeIsNamedOnceAndTheMapOpens(FxRobot robot) throws Exception {
        JourneyMap broken = SampleMaps.threeStages()
                .withPersonaMapped("p1", persona -> persona.withPhoto("data:image/png;base64,AAAAAAAA"));
        Path file = folder.resolve("broken-photo.journey");
        new MapFileWriter().write(broken, file);

        robot.interact(() -> view.open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.informations.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.editor().getMap()).isEqualTo(broken);
        assertThat(dialogs.informations)
                .containsExactly("Some pictures in broken-photo.journey cannot be shown: Their data is not a PNG or"
                        + " JPEG image, or it is damaged; they are shown as empty frames, and saving keeps them as"
                        + " they are:\nthe photo of Dana");
    }

    @Test
    void aMapWhosePicturesAllDecodeSaysNothing(FxRobot robot) throws Exception {
        Path file = folder.resolve("fine.journey");
        new MapFileWriter().write(SampleMaps.withStoryboard(), file);

        robot.interact(() -> view.open(file));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> view.editor().getFile().isPresent());
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.informations).isEmpty();
    }
}
