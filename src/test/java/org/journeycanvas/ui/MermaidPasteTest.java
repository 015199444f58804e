package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Ctrl+V of a Mermaid journey on the canvas: imported into the open map as one undo step, or explained. */
@ExtendWith({ApplicationExtension.class, InEnglish.class})
class MermaidPasteTest {
    @TempDir
    Path dataFolder;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final JourneyMap original = SampleMaps.threeStages();
    private MainView view;

    @Start
    void start(Stage stage) {
        view = EditorWindow.show(stage, dialogs, dataFolder, 1200, 760);
    }

    @BeforeEach
    void openSample(FxRobot robot) {
        EditorWindow.openZoomedOut(robot, view, original);
    }

    @AfterEach
    void clearClipboard(FxRobot robot) {
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
    }

    @Test
    void ctrlVOfAJourneyAddsItsStagesPersonasAndCardsAsOneUndoStep(FxRobot robot) {
        copy(robot, """
                journey
                    title Buying a truck
                    section Awareness
                        Read a review: 4: Dana
                    section Test drive
                        Book a slot: 2: Dana, Sam
                """);
        robot.clickOn("#canvas");
        robot.press(KeyCode.SHORTCUT, KeyCode.V).release(KeyCode.V, KeyCode.SHORTCUT);

        JourneyMap map = view.editor().getMap();
        assertThat(map.title()).as("the open map keeps its title").isEqualTo(original.title());
        assertThat(map.stages())
                .extracting(org.journeycanvas.model.Stage::name)
                .containsExactly("Awareness", "Consideration", "Decision", "Test drive");
        assertThat(map.personas()).extracting(Persona::name).containsExactly("Dana", "Sam");
        Persona dana = map.personas().get(0);
        assertThat(cards(dana, LaneKind.ACTIONS))
                .extracting(Card::text)
                .containsExactly("Read a review", "Book a slot");
        assertThat(cards(dana, LaneKind.ACTIONS).get(0).stageId()).isEqualTo("s1");
        assertThat(cards(dana, LaneKind.EMOTIONS)).extracting(Card::score).containsExactly(1, 1, -1);
        assertThat(view.editor().undoTextProperty().get()).isEqualTo("Undo Paste Mermaid journey");
        assertThat(robot.lookup("#statusLabel").queryLabeled().getText())
                .isEqualTo("Mermaid journey pasted into the map");

        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        assertThat(view.editor().getMap()).isEqualTo(original);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aBrokenJourneyIsExplainedWithItsLineAndChangesNothing(FxRobot robot) {
        copy(robot, "journey\n    section Awareness\n        Read a review: lots: Dana\n");
        robot.clickOn("#canvas");
        robot.press(KeyCode.SHORTCUT, KeyCode.V).release(KeyCode.V, KeyCode.SHORTCUT);

        assertThat(dialogs.errors)
                .containsExactly("The clipboard holds a Mermaid journey that cannot be pasted: line 3: "
                        + "\"Read a review: lots: Dana\" — the score must be a number from 1 to 5");
        assertThat(view.editor().getMap()).isEqualTo(original);
        assertThat(view.editor().undoTextProperty().get()).doesNotContain("Mermaid");
    }

    @Test
    void aJourneyThatWouldTakeTheMapPastItsLimitsIsRefusedAndChangesNothing(FxRobot robot) {
        StringBuilder journey = new StringBuilder("journey\n");
        for (int i = 1; i <= 998; i++) {
            journey.append("    section Step ")
                    .append(i)
                    .append("\n        Card ")
                    .append(i)
                    .append(": 3: Dana\n");
        }
        copy(robot, journey.toString());
        robot.clickOn("#canvas");
        robot.press(KeyCode.SHORTCUT, KeyCode.V).release(KeyCode.V, KeyCode.SHORTCUT);

        assertThat(dialogs.errors)
                .containsExactly("The clipboard holds a Mermaid journey that cannot be pasted: "
                        + "the map would have 1,001 stages; a map holds at most 1,000");
        assertThat(view.editor().getMap()).isEqualTo(original);
    }

    @Test
    void textThatIsNotAJourneyStillPastesOneCardPerLine(FxRobot robot) {
        copy(robot, "Call the dealer\nsecond thought\n");
        org.journeycanvas.layout.CellBox cell =
                view.canvas().geometry().cell("l-pain", "s2").orElseThrow();
        robot.clickOn(robot.point(
                view.canvas().toScreen(cell.bounds().centerX(), cell.bounds().centerY())));
        robot.press(KeyCode.SHORTCUT, KeyCode.V).release(KeyCode.V, KeyCode.SHORTCUT);

        assertThat(view.editor().getMap().lane("l-pain").orElseThrow().cardsAt("s2"))
                .extracting(Card::text)
                .containsExactly("Call the dealer", "second thought");
        assertThat(dialogs.errors).isEmpty();
    }

    private static void copy(FxRobot robot, String text) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    private static List<Card> cards(Persona persona, LaneKind kind) {
        return persona.lanes().stream()
                .filter(lane -> lane.kind() == kind)
                .map(Lane::cards)
                .flatMap(List::stream)
                .toList();
    }
}
