package org.journeycanvas.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Persona;
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
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith({ApplicationExtension.class, InEnglish.class})
class ImportUiTest {
    static final String INTERVIEWS = """
            Persona,Stage,Lane,Text,Score
            Dana,Awareness,Emotions,Curious,4
            Dana,Awareness,Actions,Reads a review,
            Sam,Purchase,Emotions,Relieved,5
            """;

    @TempDir
    Path dataFolder;

    @TempDir
    Path folder;

    private final FakeDialogs dialogs = new FakeDialogs();
    private MainView view;

    @Start
    void start(Stage primary) {
        view = EditorWindow.show(primary, dialogs, dataFolder, 1200, 760);
    }

    @Test
    void aCsvFileBecomesANewMapThroughTheMenuAndTheMappingStep(FxRobot robot) throws Exception {
        startImport(robot, write("interviews.csv", INTERVIEWS));
        waitForCounts(robot, "2 personas, 2 stages, 3 lanes, 3 cards");
        assertThat(mappingWindow().getTitle()).isEqualTo("Import interviews.csv");
        assertThat(text(robot, "#importAssumedScale")).isEqualTo("Assumed from the table: 1 to 5 (3 is neutral)");
        assertThat(text(robot, "#importSkippedHeading")).isEqualTo("Every row becomes a card.");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        JourneyMap map = view.editor().getMap();
        assertThat(map.personas()).extracting(Persona::name).containsExactly("Dana", "Sam");
        assertThat(cards(map)).isEqualTo(3);
        assertThat(view.editor().isDirty())
                .as("an imported map is not saved anywhere yet")
                .isTrue();
        assertThat(view.editor().getFile()).isEmpty();
        assertThat(text(robot, "#statusLabel")).isEqualTo("Imported interviews.csv");
        assertThat(robot.lookup("#importMapping").tryQuery()).isEmpty();
    }

    @Test
    void changingAColumnsRoleChangesThePreview(FxRobot robot) throws Exception {
        startImport(robot, write("interviews.csv", INTERVIEWS));
        waitForCounts(robot, "2 personas, 2 stages, 3 lanes, 3 cards");

        choose(robot, "#role-0", "—");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> text(robot, "#importCounts").startsWith("1 persona,"));

        choose(robot, "#role-3", "—");
        waitForCounts(robot, "Choose the column that holds the cards’ text.");
        assertThat(robot.lookup("#importButton").query().isDisabled()).isTrue();

        choose(robot, "#role-2", "Text");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> text(robot, "#importCounts").endsWith("3 cards"));
        assertThat(robot.lookup("#importButton").query().isDisabled()).isFalse();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#importMapping").tryQuery()).as("Esc cancels").isEmpty();
        assertThat(cards(view.editor().getMap())).isZero();
    }

    @Test
    void switchingTheScaleSkipsTheScoresOutsideIt(FxRobot robot) throws Exception {
        startImport(robot, write("interviews.csv", INTERVIEWS));
        waitForCounts(robot, "2 personas, 2 stages, 3 lanes, 3 cards");

        choose(robot, "#importScale", "−2 to +2");

        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> text(robot, "#importSkippedHeading").equals("2 rows are skipped:"));
        ListView<?> skipped = robot.lookup("#importSkipped").queryAs(ListView.class);
        assertThat(skipped.getItems()).hasSize(2);
        assertThat(text(robot, "#importAssumedScale")).isEqualTo("Assumed from the table: 1 to 5 (3 is neutral)");
        assertThat(text(robot, "#importCounts")).endsWith("1 card");
    }

    @Test
    void addingIntoTheOpenMapIsOneStepToUndo(FxRobot robot) throws Exception {
        JourneyMap before = SampleMaps.threeStages();
        robot.interact(() -> view.editor().open(before, null));
        startImport(robot, write("interviews.csv", INTERVIEWS));
        waitForCounts(robot, "2 personas, 2 stages, 3 lanes, 3 cards");

        robot.clickOn("#importAddToMap");
        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitForFxEvents();

        JourneyMap after = view.editor().getMap();
        assertThat(cards(after)).isEqualTo(cards(before) + 3);
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(dialogs.saveChangesQuestions).isZero();

        robot.clickOn("#canvas");
        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.editor().getMap()).isEqualTo(before);
    }

    @Test
    void aBrokenFileIsOneMessageAndTheMapStaysAsItWas(FxRobot robot) throws Exception {
        JourneyMap before = SampleMaps.threeStages();
        robot.interact(() -> view.editor().open(before, null));

        startImport(robot, write("broken.xlsx", "this is no workbook"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0))
                .startsWith("Cannot import broken.xlsx: ")
                .doesNotContain("Exception");
        assertThat(dialogs.progressClosed).isTrue();
        assertThat(view.editor().getMap()).isSameAs(before);
        assertThat(robot.lookup("#importMapping").tryQuery()).isEmpty();

        startImport(robot, write("quote.csv", "Stage,Text\nAwareness,\"never closed\n"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogs.errors.size() == 2);
        assertThat(dialogs.errors.get(1)).startsWith("Cannot import quote.csv: quote.csv, row 2");
        assertThat(view.editor().getMap()).isSameAs(before);
    }

    @Test
    void cancelWhileReadingLeavesEverythingAsItWas(FxRobot robot) throws Exception {
        JourneyMap before = SampleMaps.threeStages();
        robot.interact(() -> view.editor().open(before, null));
        StringBuilder large = new StringBuilder("Persona,Stage,Text\n");
        for (int row = 0; row < 100_000; row++) {
            large.append("Dana,Stage ")
                    .append(row % 20)
                    .append(",Card ")
                    .append(row)
                    .append('\n');
        }
        dialogs.cancelProgressAtOnce = true;

        startImport(robot, write("large.csv", large.toString()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#statusLabel")).isEqualTo("Import cancelled");
        assertThat(dialogs.progressClosed).isTrue();

        // The window reads one file at a time: once the next one's step shows, the cancelled one is done.
        dialogs.cancelProgressAtOnce = false;
        startImport(robot, write("small.csv", INTERVIEWS));
        waitForCounts(robot, "2 personas, 2 stages, 3 lanes, 3 cards");
        assertThat(robot.lookup("#importMapping").queryAll()).hasSize(1);
        assertThat(mappingWindow().getTitle()).isEqualTo("Import small.csv");
        assertThat(view.editor().getMap()).isSameAs(before);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aMermaidJourneyGoesWhereTheUserSays(FxRobot robot) throws Exception {
        JourneyMap before = SampleMaps.threeStages();
        robot.interact(() -> view.editor().open(before, null));
        Path journey = write("tickets.mmd", """
                journey
                  title Buy a ticket
                  section Search
                    Find a train: 4: Dana
                    Compare fares: 2: Dana
                """);

        dialogs.importTargetAnswer = null;
        startImport(robot, journey);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogs.progressClosed);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.editor().getMap()).as("the user cancelled the question").isSameAs(before);

        dialogs.importTargetAnswer = org.journeycanvas.ui.DialogService.ImportTarget.THIS_MAP;
        startImport(robot, journey);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.editor().getMap() != before);
        WaitForAsyncUtils.waitForFxEvents();
        long imported = cards(new org.journeycanvas.io.mermaid.MermaidJourneyReader().read(Files.readString(journey)));
        assertThat(imported).isPositive();
        assertThat(cards(view.editor().getMap())).isEqualTo(cards(before) + imported);
        assertThat(view.editor().getMap().title()).isEqualTo(before.title());
        assertThat(text(robot, "#statusLabel")).isEqualTo("Imported tickets.mmd");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void addingWhatWouldTakeTheMapPastItsLimitsIsRefusedAndChangesNothing(FxRobot robot) throws Exception {
        JourneyMap before = SampleMaps.threeStages();
        robot.interact(() -> view.editor().open(before, null));
        StringBuilder journey = new StringBuilder("journey\n");
        for (int i = 1; i <= 998; i++) {
            journey.append("  section Step ")
                    .append(i)
                    .append("\n    Card ")
                    .append(i)
                    .append(": 3: Dana\n");
        }
        Path file = write("steps.mmd", journey.toString());

        dialogs.importTargetAnswer = org.journeycanvas.ui.DialogService.ImportTarget.THIS_MAP;
        startImport(robot, file);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.errors)
                .containsExactly("Cannot import steps.mmd: the map would have 1,001 stages; a map holds at most 1,000");
        assertThat(view.editor().getMap()).isSameAs(before);
    }

    private void startImport(FxRobot robot, Path file) {
        dialogs.importAnswer = file;
        robot.clickOn("#canvas");
        robot.press(KeyCode.SHORTCUT, KeyCode.I).release(KeyCode.I, KeyCode.SHORTCUT);
    }

    private Path write(String name, String content) throws java.io.IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    static void waitForCounts(FxRobot robot, String expected) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#importCounts")
                        .tryQueryAs(Labeled.class)
                        .map(label -> label.getText().equals(expected))
                        .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void choose(FxRobot robot, String comboBox, String item) {
        robot.clickOn(comboBox);
        Node cell = robot.lookup(".combo-box-popup .list-cell")
                .match(LabeledMatchers.hasText(item))
                .query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    private static Stage mappingWindow() {
        return (Stage) Window.getWindows().stream()
                .filter(window -> window.getScene().lookup("#importMapping") != null)
                .findFirst()
                .orElseThrow();
    }

    static long cards(JourneyMap map) {
        return map.personas().stream()
                .flatMap(persona -> persona.lanes().stream())
                .mapToLong(lane -> lane.cards().size())
                .sum();
    }
}
