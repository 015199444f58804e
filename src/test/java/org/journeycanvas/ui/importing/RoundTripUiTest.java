package org.journeycanvas.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeycanvas.export.ExportFormat;
import org.journeycanvas.export.ExportRequest;
import org.journeycanvas.export.MapExport;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.Progress;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapIndex;
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

@ExtendWith({ApplicationExtension.class, InEnglish.class})
class RoundTripUiTest {
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
    void anEditedExportIsAListOfChangesAndADeletionNeedsConfirming(FxRobot robot) throws Exception {
        JourneyMap before = SampleMaps.threeStages();
        robot.interact(() -> view.editor().open(before, null));
        Path workbook = export(before);
        edit(workbook, cards -> {
            cards.getRow(1).getCell(3).setCellValue("Webinar recording");
            cards.removeRow(cards.getRow(cards.getLastRowNum()));
        });

        startImport(robot, workbook);
        waitForChanges(robot);
        ListView<?> changes = robot.lookup("#importChanges").queryAs(ListView.class);
        assertThat(changes.getItems())
                .extracting(item -> ((ChangesDialog.Item) item).change().description()
                        + (((ChangesDialog.Item) item).change().isDeletion() ? " (deletion)" : ""))
                .hasSize(2)
                .anyMatch(description -> description.endsWith("(deletion)"));
        // The list's cells exist once it has been laid out, a pulse or two after the window shows.
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup(".import-deletion").queryAll().size() == 1);

        dialogs.confirmAnswer = false;
        robot.clickOn("#importApply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.confirmations).containsExactly("Remove 1 card?");
        assertThat(view.editor().getMap()).isSameAs(before);
        assertThat(robot.lookup("#importChanges").tryQuery()).as("still open").isPresent();

        dialogs.confirmAnswer = true;
        robot.clickOn("#importApply");
        WaitForAsyncUtils.waitForFxEvents();
        JourneyMap after = view.editor().getMap();
        MapIndex index = new MapIndex(after);
        assertThat(index.card("c1").text()).isEqualTo("Webinar recording");
        assertThat(index.card("c3")).as("deleted in the workbook").isNull();
        assertThat(robot.lookup("#importChanges").tryQuery()).isEmpty();

        robot.clickOn("#canvas");
        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.editor().getMap()).as("one step undoes it all").isEqualTo(before);
    }

    @Test
    void anUncheckedDeletionIsKeptWithoutAQuestion(FxRobot robot) throws Exception {
        JourneyMap before = SampleMaps.threeStages();
        robot.interact(() -> view.editor().open(before, null));
        Path workbook = export(before);
        edit(workbook, cards -> {
            cards.getRow(1).getCell(3).setCellValue("Webinar recording");
            cards.removeRow(cards.getRow(cards.getLastRowNum()));
        });

        startImport(robot, workbook);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#importChanges").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup(".import-deletion .check-box").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".import-deletion .check-box").queryAs(javafx.scene.Node.class));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.confirmations).isEmpty();
        MapIndex index = new MapIndex(view.editor().getMap());
        assertThat(index.card("c1").text()).isEqualTo("Webinar recording");
        assertThat(index.card("c3")).isNotNull();
    }

    @Test
    void anUnchangedExportSaysSo(FxRobot robot) throws Exception {
        JourneyMap before = SampleMaps.threeStages();
        robot.interact(() -> view.editor().open(before, null));

        startImport(robot, export(before));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.informations.isEmpty());

        assertThat(dialogs.informations).containsExactly("Nothing to import: fleet.xlsx has no changes to this map.");
        assertThat(view.editor().getMap()).isSameAs(before);
        assertThat(robot.lookup("#importChanges").tryQuery()).isEmpty();
    }

    @Test
    void anExportOfAnotherMapIsATableStartingFromItsCardsSheet(FxRobot robot) throws Exception {
        Path workbook = export(SampleMaps.threeStages());
        JourneyMap other = new JourneyMap("other-map", "Other", "", List.of(), List.of());
        robot.interact(() -> view.editor().open(other, null));

        startImport(robot, workbook);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#importCounts").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        ComboBox<?> sheet = robot.lookup("#importSourceChoice").queryAs(ComboBox.class);
        assertThat(sheet.getValue()).isEqualTo("Cards");
        // Its cards' rows: the stage without cards (Decision) and the empty lane are not in them.
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#importCounts")
                        .queryLabeled()
                        .getText()
                        .equals("1 persona, 2 stages, 2 lanes, 4 cards"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(view.editor().getMap()).isSameAs(other);
    }

    private static void waitForChanges(FxRobot robot) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#importApply")
                        .match(org.testfx.util.NodeQueryUtils.isVisible())
                        .tryQuery()
                        .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void startImport(FxRobot robot, Path file) {
        dialogs.importAnswer = file;
        robot.clickOn("#canvas");
        robot.press(KeyCode.SHORTCUT, KeyCode.I).release(KeyCode.I, KeyCode.SHORTCUT);
    }

    private Path export(JourneyMap map) throws Exception {
        Path target = folder.resolve("fleet.xlsx");
        new MapExport().export(map, new ExportRequest(ExportFormat.XLSX, null, 1, false, false), target, Progress.NONE);
        return target;
    }

    private static void edit(Path workbook, java.util.function.Consumer<Sheet> change) throws Exception {
        XSSFWorkbook book;
        try (InputStream in = Files.newInputStream(workbook)) {
            book = new XSSFWorkbook(in);
        }
        change.accept(book.getSheet(Messages.get("export.excel.sheet.cards")));
        try (OutputStream out = Files.newOutputStream(workbook)) {
            book.write(out);
        }
        book.close();
    }
}
