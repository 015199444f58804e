package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeycanvas.export.ExportFormat;
import org.journeycanvas.export.ExportRequest;
import org.journeycanvas.export.pages.PageOptions;
import org.journeycanvas.io.mermaid.MermaidJourneyReader;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapGenerator;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ExportUiTest {
    @TempDir
    Path dataFolder;

    @TempDir
    Path folder;

    private final FakeDialogs dialogs = new FakeDialogs();
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        view = EditorWindow.show(primary, dialogs, dataFolder, 1200, 760);
    }

    @Test
    void exportWritesTheFileWithProgressAndRemembersTheChoices(FxRobot robot) throws Exception {
        robot.interact(() -> view.editor().open(SampleMaps.threeStages(), null));
        Path target = folder.resolve("fleet.xlsx");
        dialogs.exportAnswer = new ExportRequest(ExportFormat.XLSX, null, 3, false, false);
        dialogs.exportTargetAnswer = target;
        robot.clickOn("#canvas");
        robot.press(KeyCode.SHORTCUT, KeyCode.E).release(KeyCode.E, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs.progressClosed);
        WaitForAsyncUtils.waitForFxEvents();

        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(target))) {
            assertThat(book.getSheet("Dana")).isNotNull();
        }
        assertThat(dialogs.progress).last().isEqualTo(1.0);
        assertThat(robot.lookup("#statusLabel").queryLabeled().getText()).isEqualTo("Exported fleet.xlsx");

        dialogs.exportAnswer = null;
        robot.press(KeyCode.SHORTCUT, KeyCode.E).release(KeyCode.E, KeyCode.SHORTCUT);
        assertThat(dialogs.exportOffered.format()).isEqualTo(ExportFormat.XLSX);
        assertThat(dialogs.exportOffered.scale()).isEqualTo(3);
    }

    @Test
    void oneSvgPerPersonaAsksBeforeReplacingAFileBesideTheChosenOne(FxRobot robot) throws Exception {
        robot.interact(() -> view.editor().open(SampleMaps.threeStages(), null));
        Path chosen = folder.resolve("fleet.svg");
        Path dana = Files.writeString(folder.resolve("fleet-Dana.svg"), "yesterday's drawing");
        dialogs.exportAnswer = new ExportRequest(ExportFormat.SVG, null, 1, false, false)
                .withPages(new PageOptions(null, false, true, null, false));
        dialogs.exportTargetAnswer = chosen;
        dialogs.replaceAnswer = false;
        robot.clickOn("#canvas");
        robot.press(KeyCode.SHORTCUT, KeyCode.E).release(KeyCode.E, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.replaceOffered).containsExactly("fleet-Dana.svg");
        assertThat(Files.readString(dana)).isEqualTo("yesterday's drawing");
        assertThat(chosen).doesNotExist();

        dialogs.replaceAnswer = true;
        robot.press(KeyCode.SHORTCUT, KeyCode.E).release(KeyCode.E, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> Files.readString(dana).startsWith("<?xml"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#statusLabel").queryLabeled().getText()).isEqualTo("Exported fleet-Dana.svg");
        assertThat(chosen).as("only the persona's files are written").doesNotExist();
    }

    @Test
    void cancellingAnExportLeavesTheTargetAsItWas(FxRobot robot) throws Exception {
        robot.interact(() -> view.editor().open(MapGenerator.generate(6, 24, 4000, 2), null));
        Path target = Files.writeString(folder.resolve("big.png"), "last week's export");
        dialogs.exportAnswer = new ExportRequest(ExportFormat.PNG, null, 4, false, false);
        dialogs.exportTargetAnswer = target;
        robot.clickOn("File").clickOn("Export…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogs.cancelExport != null);
        robot.interact(dialogs.cancelExport);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialogs.progressClosed);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#statusLabel").queryLabeled().getText()).isEqualTo("Export cancelled");
        assertThat(Files.readString(target)).isEqualTo("last week's export");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theDialogOffersEachFormatsOptionsAndGivesTheChoice(FxRobot robot) {
        ExportDialog[] dialog = new ExportDialog[1];
        robot.interact(() -> {
            dialog[0] = new ExportDialog(
                    stage, ExportRequest.DEFAULT, SampleMaps.threeStages().personas());
            dialog[0].show();
        });
        Node scale = robot.lookup("#exportScale").query();
        assertThat(scale.isDisabled()).isFalse();
        robot.clickOn("#format-pptx");
        assertThat(scale.isDisabled()).isTrue();
        robot.clickOn("Pictures of each persona instead of editable shapes");
        robot.interact(() -> {
            javafx.scene.control.Button export = (javafx.scene.control.Button) dialog[0]
                    .getDialogPane()
                    .lookupButton(dialog[0].getDialogPane().getButtonTypes().stream()
                            .filter(type -> type != ButtonType.CANCEL)
                            .findFirst()
                            .orElseThrow());
            export.fire();
        });
        assertThat(dialog[0].getResult()).isEqualTo(new ExportRequest(ExportFormat.PPTX, null, 2, false, true));
    }

    @Test
    void mermaidHidesTheOptionsOfDrawingsAndKeepsTheChoiceOfPersona(FxRobot robot) {
        ExportDialog[] dialog = new ExportDialog[1];
        robot.interact(() -> {
            dialog[0] = new ExportDialog(
                    stage, ExportRequest.DEFAULT, SampleMaps.threeStages().personas());
            dialog[0].show();
        });
        Node scale = robot.lookup("#exportScale").query();
        Node paper = robot.lookup("#exportPaper").query();
        Node scope = robot.lookup("#exportScope").query();
        assertThat(scale.isVisible()).isTrue();

        robot.clickOn("#format-mmd");
        assertThat(scale.isVisible()).isFalse();
        assertThat(paper.isVisible()).isFalse();
        assertThat(robot.lookup("#exportTransparent").query().isVisible()).isFalse();
        assertThat(robot.lookup("#exportPictures").query().isVisible()).isFalse();
        assertThat(scope.isVisible()).isTrue();
        robot.clickOn("#exportScope").clickOn("Dana");
        robot.interact(() -> ((javafx.scene.control.Button) dialog[0]
                        .getDialogPane()
                        .lookupButton(dialog[0].getDialogPane().getButtonTypes().get(0)))
                .fire());
        assertThat(dialog[0].getResult().format()).isEqualTo(ExportFormat.MERMAID);
        assertThat(dialog[0].getResult().personaId()).isEqualTo("p1");

        robot.interact(() -> {
            dialog[0] = new ExportDialog(stage, ExportRequest.DEFAULT.withFormat(ExportFormat.MERMAID), List.of());
            dialog[0].show();
        });
        robot.clickOn("#format-pdf");
        assertThat(robot.lookup("#exportPaper").queryAs(Node.class).isVisible()).isTrue();
    }

    @Test
    void mermaidIsWrittenAsTextThatReadsBack(FxRobot robot) throws Exception {
        JourneyMap map = new MermaidJourneyReader().read("journey\n  section Sign up\n    Fill in the form: 2: Maya\n");
        robot.interact(() -> view.editor().open(map, null));
        Path target = folder.resolve("sign-up.mmd");
        dialogs.exportAnswer = new ExportRequest(ExportFormat.MERMAID, null, 1, false, false);
        dialogs.exportTargetAnswer = target;
        robot.clickOn("File").clickOn("Export…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs.progressClosed);
        WaitForAsyncUtils.waitForFxEvents();

        JourneyMap back = new MermaidJourneyReader().read(Files.readString(target));
        assertThat(back.stages().get(0).name()).isEqualTo("Sign up");
        assertThat(back.personas().get(0).name()).isEqualTo("Maya");
        assertThat(robot.lookup("#statusLabel").queryLabeled().getText()).isEqualTo("Exported sign-up.mmd");
    }
}
