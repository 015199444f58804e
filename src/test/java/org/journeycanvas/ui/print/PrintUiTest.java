package org.journeycanvas.ui.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.print.Printer;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.journeycanvas.export.pages.MapPage;
import org.journeycanvas.export.pages.PageOptions;
import org.journeycanvas.export.pages.PagePlanner;
import org.journeycanvas.export.pages.Paper;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapLayout;
import org.journeycanvas.layout.TextWrapper;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapGenerator;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.ui.EditorWindow;
import org.journeycanvas.ui.FakeDialogs;
import org.journeycanvas.ui.MainView;
import org.journeycanvas.ui.canvas.FxTextMeasurer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Print…: the preview driven by keys and clicks, and the pages handed to a printer that keeps them. */
@ExtendWith(ApplicationExtension.class)
class PrintUiTest {
    /** Two personas across twelve stages: several pages on A4, fewer on A3, one page each way per persona. */
    private static final JourneyMap MAP = MapGenerator.generate(2, 12, 120, 7);

    @TempDir
    Path dataFolder;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final FakePrintTarget printer = new FakePrintTarget();
    private MainView view;

    @Start
    void start(Stage stage) {
        view = EditorWindow.show(stage, dialogs, dataFolder, 1200, 760);
    }

    @BeforeEach
    void openMap(FxRobot robot) {
        robot.interact(() -> view.editor().open(MAP, null));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlPShowsThePagesAndTheOptionsChangeThem(FxRobot robot) {
        openPreview(robot);
        int a4Landscape =
                planned(new PageOptions(Paper.A4, true, false, null, false)).size();
        assertThat(a4Landscape).isGreaterThan(1);
        assertThat(pageCount(robot)).isEqualTo("Page 1 of " + a4Landscape);
        assertThat(notBlank(robot.lookup("#printPage").queryAs(Canvas.class))).isTrue();

        robot.clickOn("#printNext");
        assertThat(pageCount(robot)).isEqualTo("Page 2 of " + a4Landscape);
        robot.clickOn("#printPrevious");
        assertThat(pageCount(robot)).isEqualTo("Page 1 of " + a4Landscape);

        robot.clickOn("#printPaper").clickOn("A3");
        int a3Landscape =
                planned(new PageOptions(Paper.A3, true, false, null, false)).size();
        assertThat(a3Landscape).isLessThan(a4Landscape);
        assertThat(pageCount(robot)).isEqualTo("Page 1 of " + a3Landscape);

        robot.clickOn("#printLandscape");
        int a3Portrait =
                planned(new PageOptions(Paper.A3, false, false, null, false)).size();
        assertThat(pageCount(robot)).isEqualTo("Page 1 of " + a3Portrait);

        robot.clickOn("#printPaper").clickOn("A1 poster");
        assertThat(pageCount(robot)).isEqualTo("Page 1 of 1");
        robot.clickOn("#printPerPersona");
        assertThat(pageCount(robot)).isEqualTo("Page 1 of 2");
        robot.clickOn("#printTiles").clickOn("Tiled over A4 sheets");
        int tiles =
                planned(new PageOptions(Paper.A1, false, true, Paper.A4, false)).size();
        assertThat(tiles).isGreaterThan(2);
        assertThat(pageCount(robot)).isEqualTo("Page 1 of " + tiles);

        robot.clickOn("#printCancel");
        assertThat(robot.lookup("#printPageCount").tryQuery()).isEmpty();
        openPreview(robot);
        assertThat(pageCount(robot)).as("the options are kept for the session").isEqualTo("Page 1 of " + tiles);
    }

    @Test
    void printHandsEveryPageToThePrinterInOrderAtThePagesSize(FxRobot robot) throws Exception {
        dialogs.printerAnswer = printer;
        openPreview(robot);
        List<MapPage> pages = planned(new PageOptions(Paper.A4, true, false, null, false));

        robot.clickOn("#printPrint");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> printer.ended);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(printer.offeredPaper).isEqualTo(Paper.A4);
        assertThat(printer.offeredLandscape).isTrue();
        assertThat(printer.jobName).isEqualTo(MAP.title());
        assertThat(printer.pages).hasSize(pages.size());
        assertThat(printer.threads).noneMatch(name -> name.contains("JavaFX Application Thread"));
        MapIndex index = new MapIndex(MAP);
        for (int i = 0; i < pages.size(); i++) {
            Node printed = printer.pages.get(i);
            Bounds size = printed.getBoundsInParent();
            assertThat(size.getWidth()).isCloseTo(pages.get(i).width(), within(1.0));
            assertThat(size.getHeight()).isCloseTo(pages.get(i).height(), within(1.0));
            Image picture = ((ImageView) printed).getImage();
            MapPage page = pages.get(i);
            double resolution = PageCanvas.fittingScale(page, PrintActions.PRINT_RESOLUTION);
            assertThat(resolution).as("about 200 dots per inch").isGreaterThan(2.5);
            assertThat(sameImage(picture, page, index, resolution))
                    .as("page %d is the planned page %d", i + 1, i + 1)
                    .isTrue();
        }
        assertThat(robot.lookup("#printPageCount").tryQuery())
                .as("the preview closed")
                .isEmpty();
        assertThat(status(robot)).isEqualTo("Sent " + pages.size() + " pages to Office printer");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void anotherPaperChosenInThePrintDialogPrintsThePagesPlannedForIt(FxRobot robot) throws Exception {
        dialogs.printerAnswer = printer;
        printer.sheet = new PrintTarget.Sheet(841.89, 1190.55, Paper.A3, false);
        openPreview(robot);

        robot.clickOn("#printPrint");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> printer.ended);

        List<MapPage> a3 = planned(new PageOptions(Paper.A3, false, false, null, false));
        assertThat(printer.pages).hasSize(a3.size());
        assertThat(printer.pages.get(0).getBoundsInParent().getHeight()).isCloseTo(1190.55, within(1.0));
    }

    @Test
    void aPosterOnAPrinterWithoutItsPaperIsShrunkToTheSheet(FxRobot robot) throws Exception {
        dialogs.printerAnswer = printer;
        printer.sheet = new PrintTarget.Sheet(595.28, 841.89, Paper.A4, false);
        openPreview(robot);
        robot.clickOn("#printPaper").clickOn("A1 poster");

        robot.clickOn("#printPrint");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> printer.ended);

        assertThat(printer.offeredPaper).isEqualTo(Paper.A1);
        assertThat(printer.pages).hasSize(1);
        Bounds size = printer.pages.get(0).getBoundsInParent();
        assertThat(size.getWidth()).isLessThanOrEqualTo(595.28 + 0.5);
        assertThat(size.getHeight()).isLessThanOrEqualTo(841.89 + 0.5);
    }

    @Test
    void withoutAPrinterTheUserIsToldAndThePreviewStays(FxRobot robot) {
        dialogs.printerAnswer = null;
        openPreview(robot);

        robot.clickOn("#printPrint");

        assertThat(dialogs.errors)
                .containsExactly("Cannot print: No printer is set up on this computer. Add a printer in the system"
                        + " settings, or export a PDF and print that.");
        assertThat(robot.lookup("#printPageCount").tryQuery()).isPresent();
    }

    @Test
    void cancellingThePrintDialogPrintsNothing(FxRobot robot) {
        dialogs.printerAnswer = printer;
        printer.dialogAnswer = false;
        openPreview(robot);

        robot.clickOn("#printPrint");

        assertThat(printer.pages).isEmpty();
        assertThat(printer.ended).isFalse();
        assertThat(status(robot)).isEqualTo("Printing cancelled");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(robot.lookup("#printPageCount").tryQuery()).isEmpty();
    }

    @Test
    void theJavaFxPrinterIsMissingWhereNoPrinterIsSetUp(FxRobot robot) throws Exception {
        boolean none = WaitForAsyncUtils.asyncFx(() -> Printer.getDefaultPrinter() == null)
                .get(10, TimeUnit.SECONDS);
        assumeTrue(none, "this computer has a printer");
        assertThat(WaitForAsyncUtils.asyncFx(FxPrintTarget::create).get(10, TimeUnit.SECONDS))
                .isEmpty();
    }

    private void openPreview(FxRobot robot) {
        robot.clickOn("#canvas");
        robot.press(KeyCode.SHORTCUT, KeyCode.P).release(KeyCode.P, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<MapPage> planned(PageOptions options) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> new PagePlanner(
                                    new MapLayout(new TextWrapper(new FxTextMeasurer()), LayoutStyle.DEFAULT))
                            .plan(MAP, options, null))
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String pageCount(FxRobot robot) {
        return robot.lookup("#printPageCount").queryLabeled().getText();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#statusLabel").queryLabeled().getText();
    }

    private static boolean notBlank(Canvas canvas) throws RuntimeException {
        Image image = snapshot(canvas);
        PixelReader pixels = image.getPixelReader();
        int dark = 0;
        for (int y = 0; y < (int) image.getHeight(); y += 2) {
            for (int x = 0; x < (int) image.getWidth(); x += 2) {
                int argb = pixels.getArgb(x, y);
                if ((argb & 0xFF) < 200) {
                    dark++;
                }
            }
        }
        return dark > 50;
    }

    /** Whether the printed picture has exactly the pixels of the page drawn again by the page painter. */
    private static boolean sameImage(Image actual, MapPage page, MapIndex index, double resolution) {
        Image expected;
        try {
            expected = WaitForAsyncUtils.asyncFx(() -> PageCanvas.image(page, index, resolution))
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
            return false;
        }
        int width = (int) actual.getWidth();
        int[] a = new int[width];
        int[] b = new int[width];
        for (int y = 0; y < (int) actual.getHeight(); y++) {
            actual.getPixelReader().getPixels(0, y, width, 1, PixelFormat.getIntArgbInstance(), a, 0, width);
            expected.getPixelReader().getPixels(0, y, width, 1, PixelFormat.getIntArgbInstance(), b, 0, width);
            if (!Arrays.equals(a, b)) {
                return false;
            }
        }
        return true;
    }

    private static Image snapshot(Canvas canvas) {
        return snapshotOf(() -> canvas);
    }

    private static Image snapshotOf(java.util.concurrent.Callable<Canvas> canvas) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                        Canvas drawn = canvas.call();
                        SnapshotParameters parameters = new SnapshotParameters();
                        return (Image) drawn.snapshot(parameters, null);
                    })
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
