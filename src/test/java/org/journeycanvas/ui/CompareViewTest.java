package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.journeycanvas.io.MapFileWriter;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.journeycanvas.ui.canvas.CompareMarks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Compare with…: the open map against an older version of it. The older version lacks card c3 (added
 * since), had another text for c2 (changed since), had c1 at the next stage (moved since) and a card "x9" in the
 * pain points (removed since).
 */
@ExtendWith({InEnglish.class, ApplicationExtension.class})
class CompareViewTest {
    @TempDir
    Path folder;

    private final FakeDialogs dialogs = new FakeDialogs();
    private MainView view;

    @Start
    void start(Stage stage) {
        view = EditorWindow.show(stage, dialogs, folder.resolve("data"), 1200, 800);
    }

    @BeforeEach
    void compareWithTheOlderVersion(FxRobot robot) throws Exception {
        Path older = folder.resolve("fleet-monday.journey");
        new MapFileWriter().write(olderVersion(), older);
        EditorWindow.openZoomedOut(robot, view, SampleMaps.threeStages());
        dialogs.openAnswer = older;

        robot.clickOn("File").clickOn("Compare with…");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#comparePanel").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theListNamesEachDifferenceAndTheCanvasMarksThem(FxRobot robot) {
        assertThat(robot.lookup("#compareTitle").queryLabeled().getText())
                .isEqualTo("Compared with fleet-monday.journey: 4 differences");
        assertThat(list(robot).getItems()).hasSize(4);
        assertThat(String.join("\n", list(robot).getItems()))
                .contains("Product demo")
                .contains("Analyst report")
                .contains("Price shock");

        CompareMarks marks = view.canvas().compareMarks();
        assertThat(marks.added()).containsExactly("c3");
        assertThat(marks.changed()).as("changed, and moved").containsExactlyInAnyOrder("c2", "c1");
        assertThat(marks.ghosts()).extracting(CompareMarks.Ghost::cardId).containsExactly("x9");
        assertThat(marks.ghosts().get(0).bounds().y())
                .as("the ghost is in the pain points lane, where the card was")
                .isGreaterThanOrEqualTo(view.canvas()
                        .geometry()
                        .lane("l-pain")
                        .orElseThrow()
                        .bounds()
                        .y());
    }

    @Test
    void steppingThroughSelectsEachCardAndTakingOneBackIsOneUndoStep(FxRobot robot) {
        int changed = indexOf(robot, "Analyst report");
        robot.clickOn("#compareNext");
        for (int i = list(robot).getSelectionModel().getSelectedIndex(); i < changed; i++) {
            robot.clickOn("#compareNext");
        }
        assertThat(view.editor().getSelection().cardIds()).containsExactly("c2");

        robot.clickOn("#compareTakeBack");

        assertThat(text("c2")).isEqualTo("Analyst report (2025)");
        assertThat(list(robot).getItems()).hasSize(3);
        assertThat(robot.lookup("#compareTitle").queryLabeled().getText()).endsWith(": 3 differences");

        robot.clickOn("#canvas").push(KeyCode.SHORTCUT, KeyCode.Z);
        assertThat(text("c2")).isEqualTo("Analyst report");
        assertThat(list(robot).getItems()).hasSize(4);
    }

    @Test
    void takingBackARemovedCardPutsItBackWhereItWas(FxRobot robot) {
        robot.clickOn(cellContaining(robot, "Price shock"));

        robot.clickOn("#compareTakeBack");

        assertThat(view.editor().getMap().findCard("x9").orElseThrow().lane().id())
                .isEqualTo("l-pain");
        assertThat(view.canvas().compareMarks().ghosts()).isEmpty();
        assertThat(list(robot).getItems()).hasSize(3);
    }

    @Test
    void closingEndsTheComparison(FxRobot robot) {
        robot.clickOn("#compareClose");

        assertThat(robot.lookup("#comparePanel").tryQuery()).isEmpty();
        assertThat(view.canvas().compareMarks()).isEqualTo(CompareMarks.NONE);
    }

    private static JourneyMap olderVersion() {
        JourneyMap current = SampleMaps.threeStages();
        return current.withLanesMapped(lane -> switch (lane.id()) {
            case "l-touch" ->
                new Lane(
                        lane.id(),
                        lane.kind(),
                        lane.title(),
                        lane.cards().stream()
                                .filter(card -> !card.id().equals("c3"))
                                .map(card -> card.id().equals("c2") ? card.withText("Analyst report (2025)") : card)
                                .map(card -> card.id().equals("c1") ? card.withStageId("s2") : card)
                                .toList());
            case "l-pain" ->
                new Lane(lane.id(), lane.kind(), lane.title(), List.of(Card.of("x9", "s2", "Price shock")));
            default -> lane;
        });
    }

    private static javafx.scene.Node cellContaining(FxRobot robot, String text) {
        return robot.lookup("#compareList .list-cell")
                .match((javafx.scene.control.ListCell<?> cell) ->
                        cell.getText() != null && cell.getText().contains(text))
                .query();
    }

    private int indexOf(FxRobot robot, String text) {
        List<String> items = list(robot).getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " is not in " + items);
    }

    @SuppressWarnings("unchecked")
    private static ListView<String> list(FxRobot robot) {
        return robot.lookup("#compareList").queryAs(ListView.class);
    }

    private String text(String cardId) {
        return view.editor().getMap().findCard(cardId).orElseThrow().card().text();
    }
}
