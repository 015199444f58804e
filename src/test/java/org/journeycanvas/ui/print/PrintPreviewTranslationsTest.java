package org.journeycanvas.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.testing.SampleMaps;
import org.journeycanvas.ui.EditorWindow;
import org.journeycanvas.ui.FakeDialogs;
import org.journeycanvas.ui.MainView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The print preview in other languages, opened from the window at its default size: every text comes from a
 * bundle (the pseudo-language brackets them all), and none is cut off in German, French or Spanish.
 */
@ExtendWith(ApplicationExtension.class)
class PrintPreviewTranslationsTest {
    @TempDir
    Path folder;

    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void speakEnglishAgain() {
        Messages.use(Locale.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-XA", "de", "fr", "es"})
    void everyTextIsTranslatedAndNoneIsCutOff(String language, FxRobot robot) {
        Messages.use(Locale.forLanguageTag(language));
        MainView[] view = new MainView[1];
        robot.interact(() -> view[0] = EditorWindow.show(stage, new FakeDialogs(), folder, 1400, 880));
        robot.interact(() -> view[0].editor().open(SampleMaps.threeStages(), null));
        robot.clickOn("#canvas");
        robot.press(KeyCode.SHORTCUT, KeyCode.P).release(KeyCode.P, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        Window preview = robot.window(window -> window != stage && window.isShowing());

        List<String> seen = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        List<String> cut = new ArrayList<>();
        visit(preview.getScene().getRoot(), seen, plain, cut);

        assertThat(seen)
                .contains(
                        Messages.get("print.landscape"),
                        Messages.get("print.print"),
                        Messages.get("print.paper.a4"),
                        Messages.get("print.pageCount", 1, 1));
        if (language.equals("en-XA")) {
            assertThat(plain).isEmpty();
        } else {
            assertThat(cut).isEmpty();
        }
    }

    private static void visit(Node node, List<String> seen, List<String> plain, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            String text = labeled.getText();
            seen.add(text);
            if (text.chars().anyMatch(Character::isLetter) && !(text.startsWith("[") && text.endsWith("]"))) {
                plain.add(text);
            }
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown
                        && !shown.getText().equals(text)
                        && (shown.getText().endsWith("…") || shown.getText().endsWith("..."))) {
                    cut.add(text + " shown as " + shown.getText());
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, seen, plain, cut);
            }
        }
    }
}
