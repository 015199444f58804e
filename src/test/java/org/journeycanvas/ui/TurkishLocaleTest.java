package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeycanvas.export.ExportFormat;
import org.journeycanvas.export.ExportRequest;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor under a Turkish default locale, where {@code "I".toLowerCase()} is a dotless {@code "ı"}: the ids,
 * keys and names the app builds from English words stay as they are, so copy, paste, save, open and export work.
 */
@ExtendWith(ApplicationExtension.class)
class TurkishLocaleTest {
    private static Locale savedLocale;
    private static Locale savedDisplayLocale;
    private static Locale savedFormatLocale;

    @TempDir
    Path dataFolder;

    @TempDir
    Path folder;

    private final FakeDialogs dialogs = new FakeDialogs();
    private MainView view;

    @BeforeAll
    static void useTurkish() {
        savedLocale = Locale.getDefault();
        savedDisplayLocale = Locale.getDefault(Locale.Category.DISPLAY);
        savedFormatLocale = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    }

    @AfterAll
    static void restoreLocale() {
        Locale.setDefault(savedLocale);
        Locale.setDefault(Locale.Category.DISPLAY, savedDisplayLocale);
        Locale.setDefault(Locale.Category.FORMAT, savedFormatLocale);
    }

    @Start
    void start(Stage stage) {
        view = EditorWindow.show(stage, dialogs, dataFolder, 1200, 760);
    }

    @Test
    void copyPasteSaveReopenAndExportWork(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#palette-action").tryQuery()).isPresent();
        assertThat(robot.lookup("#palette-pain-point").tryQuery()).isPresent();
        robot.interact(() -> view.editor().open(twoPersonasNamedIris(), null));

        robot.clickOn("#canvas");
        robot.interact(() -> view.editor().select(Selection.cards(List.of("a1", "x1"), null)));
        shortcut(robot, KeyCode.C);
        robot.interact(() -> view.editor().select(Selection.cell(new Selection.Cell("l2-notes", "s2"))));
        shortcut(robot, KeyCode.V);
        assertThat(view.editor().getMap().lane("l2-notes").orElseThrow().cardsAt("s2"))
                .extracting(Card::text)
                .containsExactly("Ask IT for a trial", "Invoice is unclear");

        Path file = folder.resolve("izmir-pilot.journey");
        dialogs.saveAnswer = file;
        shortcut(robot, KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.editor().isDirty());
        JourneyMap saved = view.editor().getMap();
        shortcut(robot, KeyCode.N);
        robot.interact(() -> view.open(file));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> view.editor().getMap().equals(saved));
        assertThat(new MapFileReader().read(file)).isEqualTo(saved);

        Path workbook = export(robot, new ExportRequest(ExportFormat.XLSX, null, 1, false, false), "harita.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
            assertThat(book.sheetIterator())
                    .toIterable()
                    .extracting(Sheet::getSheetName)
                    .containsExactly("Overview", "Cards", "IRIS", "Iris 2", "JourneyCanvasExport");
        }
        Path picture = export(robot, new ExportRequest(ExportFormat.PNG, null, 1, false, false), "harita.png");
        assertThat(ImageIO.read(picture.toFile()).getWidth()).isPositive();
        Path slides = export(robot, new ExportRequest(ExportFormat.PPTX, null, 1, false, false), "harita.pptx");
        try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(slides))) {
            assertThat(show.getSlides()).hasSize(3);
        }
        assertThat(dialogs.errors).isEmpty();
    }

    private Path export(FxRobot robot, ExportRequest request, String name) throws Exception {
        Path target = folder.resolve(name);
        dialogs.exportAnswer = request;
        dialogs.exportTargetAnswer = target;
        shortcut(robot, KeyCode.E);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialogs.progressClosed);
        assertThat(dialogs.errors).isEmpty();
        assertThat(target).exists();
        return target;
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.SHORTCUT, key).release(key, KeyCode.SHORTCUT);
    }

    /** Lane kinds with an I in their names, and two personas whose names differ only in the case of the I. */
    private static JourneyMap twoPersonasNamedIris() {
        Lane actions =
                new Lane("l1-actions", LaneKind.ACTIONS, "Actions", List.of(Card.of("a1", "s1", "Ask IT for a trial")));
        Lane painPoints = new Lane(
                "l1-pain", LaneKind.PAIN_POINTS, "Pain points", List.of(Card.of("x1", "s2", "Invoice is unclear")));
        Lane notes = Lane.of("l2-notes", LaneKind.NOTES);
        return new JourneyMap(
                "m1",
                "İstanbul pilot",
                "",
                List.of(
                        org.journeycanvas.model.Stage.of("s1", "Interest"),
                        org.journeycanvas.model.Stage.of("s2", "Invoice")),
                List.of(
                        Persona.of("p1", "IRIS", List.of(actions, painPoints)),
                        Persona.of("p2", "Iris", List.of(notes))));
    }
}
