package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.journeycanvas.compare.MergeResult;
import org.journeycanvas.compare.ThreeWayMerge;
import org.journeycanvas.io.MapFileWriter;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A map a merge left a conflict in: opened, its two versions of a card are listed to resolve one by one. */
@ExtendWith({InEnglish.class, ApplicationExtension.class})
class MergeConflictsUiTest {
    @TempDir
    Path folder;

    private MainView view;

    @Start
    void start(Stage stage) {
        view = EditorWindow.show(stage, new FakeDialogs(), folder.resolve("data"), 1200, 800);
    }

    @BeforeEach
    void openAMergedMapWithAConflict(FxRobot robot) throws Exception {
        JourneyMap base = SampleMaps.threeStages();
        MergeResult merged =
                ThreeWayMerge.merge(base, renamed(base, "Webinar on fleet costs"), renamed(base, "Webinar on routing"));
        assertThat(merged.conflicts()).isNotEmpty();
        Path file = folder.resolve("merged.journey");
        new MapFileWriter().write(merged.map(), file);
        robot.interact(() -> view.open(file));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#conflictsPanel").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void eachVersionIsKeptOrDeletedAsOneUndoStep(FxRobot robot) {
        assertThat(robot.lookup("#conflictsTitle").queryLabeled().getText())
                .isEqualTo("2 conflicts left by a merge: keep or delete each version");
        assertThat(list(robot).getItems()).hasSize(2);

        robot.clickOn(cellContaining(robot, "Webinar on routing"));
        robot.clickOn("#deleteVersion");
        robot.clickOn(cellContaining(robot, "Webinar on fleet costs"));
        robot.clickOn("#keepVersion");

        assertThat(robot.lookup("#conflictsTitle").queryLabeled().getText()).isEqualTo("Every conflict is resolved");
        List<Card> touchpoints =
                view.editor().getMap().lane("l-touch").orElseThrow().cards();
        assertThat(touchpoints)
                .extracting(Card::text)
                .contains("Webinar on fleet costs")
                .doesNotContain("Webinar on routing");
        assertThat(touchpoints).allSatisfy(card -> assertThat(card.tags()).doesNotContain("conflict"));

        robot.clickOn("#canvas").push(KeyCode.SHORTCUT, KeyCode.Z);
        assertThat(list(robot).getItems()).hasSize(1);
    }

    private static JourneyMap renamed(JourneyMap map, String text) {
        return map.withLanesMapped(
                lane -> lane.withCardsMapped(card -> card.id().equals("c1") ? card.withText(text) : card));
    }

    private static Node cellContaining(FxRobot robot, String text) {
        return robot.lookup("#conflictsList .list-cell")
                .match((ListCell<?> cell) ->
                        cell.getText() != null && cell.getText().contains(text))
                .query();
    }

    @SuppressWarnings("unchecked")
    private static ListView<String> list(FxRobot robot) {
        return robot.lookup("#conflictsList").queryAs(ListView.class);
    }
}
