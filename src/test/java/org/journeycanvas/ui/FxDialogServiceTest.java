package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.journeycanvas.io.RecoveryStore;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real dialogs, as they open. */
@ExtendWith(ApplicationExtension.class)
class FxDialogServiceTest {
    private static final RecoveryStore.Entry LOST = new RecoveryStore.Entry(
            "session", "Workshop map", Instant.now(), "/home/dana/maps/workshop.journey", Path.of("copy.journey"));

    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        AppTheme.LIGHT.apply();
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        dialogs = new FxDialogService(stage);
    }

    static Stream<Arguments> questions() {
        return Stream.of(
                Arguments.of(
                        "recovery",
                        (Function<FxDialogService, Alert>) d -> d.recoveryAlert(LOST, true),
                        List.of("Restore", "Save Elsewhere…", "Discard", "Later")),
                Arguments.of(
                        "unsaved changes",
                        (Function<FxDialogService, Alert>) d -> d.saveChangesAlert("x"),
                        List.of("Save", "Don't Save", "Cancel")),
                Arguments.of(
                        "after an error",
                        (Function<FxDialogService, Alert>) FxDialogService::saveACopyAlert,
                        List.of("Save a Copy…", "Continue")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void everyButtonShowsItsWholeTextWhenTheDialogOpens(
            String name, Function<FxDialogService, Alert> question, List<String> answers, FxRobot robot)
            throws Exception {
        Alert alert = WaitForAsyncUtils.asyncFx(() -> question.apply(dialogs)).get();
        robot.interact(alert::show);
        try {
            List<Button> buttons = alert.getButtonTypes().stream()
                    .map(type -> (Button) alert.getDialogPane().lookupButton(type))
                    .toList();
            assertThat(buttons).extracting(Button::getText).containsExactlyElementsOf(answers);
            double paneWidth = alert.getDialogPane().getWidth();
            for (Button button : buttons) {
                assertThat(shownText(button))
                        .as("the text shown on " + button.getText())
                        .isEqualTo(button.getText());
                Bounds inPane = alert.getDialogPane().sceneToLocal(button.localToScene(button.getLayoutBounds()));
                assertThat(inPane.getMinX())
                        .as(button.getText() + " starts in the dialog")
                        .isGreaterThanOrEqualTo(0);
                assertThat(inPane.getMaxX())
                        .as(button.getText() + " ends in the dialog")
                        .isLessThanOrEqualTo(paneWidth);
            }
        } finally {
            robot.interact(alert::close);
        }
    }

    /** What the button draws: its text, or an elided one ("Save Elsewh...") when the button is too narrow. */
    private static String shownText(Button button) {
        Node text = button.lookup(".text");
        return text instanceof Text shown ? shown.getText() : "";
    }
}
