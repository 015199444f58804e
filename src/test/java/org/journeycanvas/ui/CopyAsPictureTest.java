package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.journeycanvas.layout.LaneRow;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.PersonaBand;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.render.MapTheme;
import org.journeycanvas.render.Rgb;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Edit → Copy as Picture, driven by clicks and the shortcut; the clipboard's image is read back and looked at. */
@ExtendWith(ApplicationExtension.class)
class CopyAsPictureTest {
    private static final double FRAME = CopyAsPictureArea.MARGIN;

    @TempDir
    Path dataFolder;

    private final FakeDialogs dialogs = new FakeDialogs();
    private MainView view;

    @Start
    void start(Stage stage) {
        view = EditorWindow.show(stage, dialogs, dataFolder, 1200, 760);
    }

    @BeforeEach
    void openSample(FxRobot robot) {
        EditorWindow.openZoomedOut(robot, view, SampleMaps.threeStages());
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
    }

    @Test
    void selectedCardsGoOnTheClipboardAsAPictureTwiceTheirSize(FxRobot robot) throws Exception {
        MapGeometry geometry = view.canvas().geometry();
        Rect webinar = geometry.card("c1").orElseThrow().bounds();
        Rect demo = geometry.card("c3").orElseThrow().bounds();
        robot.clickOn(robot.point(screen(webinar.centerX(), webinar.centerY())));
        robot.press(KeyCode.SHIFT).clickOn(robot.point(screen(demo.centerX(), demo.centerY())));
        robot.release(KeyCode.SHIFT);
        assertThat(view.editor().getSelection().cardIds()).containsExactly("c1", "c3");

        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.SHORTCUT);

        Image image = clipboardImage();
        Rect cards = Rect.spanning(webinar.x(), webinar.y(), demo.maxX(), Math.max(webinar.maxY(), demo.maxY()));
        double around = 2 * (CopyAsPictureArea.CARD_CONTEXT + FRAME);
        assertThat(image.getWidth()).isCloseTo(2 * cards.width() + 2 * around, within(2 + 2 * around));
        assertThat(image.getHeight()).isCloseTo(2 * cards.height() + 2 * around, within(2 + 2 * around));
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(2 * cards.width());
        assertThat(contains(image, MapTheme.LIGHT.cardFill(LaneKind.TOUCHPOINTS)))
                .isTrue();
        assertThat(status(robot)).isEqualTo("Copied a picture of 2 cards to the clipboard");
        assertThat(view.editor().isDirty()).isFalse();
        ByteBuffer bytes = WaitForAsyncUtils.asyncFx(
                        () -> (ByteBuffer) Clipboard.getSystemClipboard().getContent(CopyAsPictureFlavour.svgFormat()))
                .get(10, TimeUnit.SECONDS);
        String svg = StandardCharsets.UTF_8.decode(bytes).toString();
        assertThat(svg).as("the vector form of the same picture").contains("<svg", "Industry webinar", "Product demo");
        javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance()
                .newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(svg)));
    }

    @Test
    void withNothingSelectedTheStagesInViewAreCopiedWithHeadersAndLaneLabels(FxRobot robot) throws Exception {
        robot.clickOn("Edit").clickOn("Copy as Picture");

        Image image = clipboardImage();
        Rect map = view.canvas().geometry().bounds();
        assertThat(image.getWidth()).isCloseTo(2 * (map.width() + 2 * FRAME), within(2.0));
        assertThat(image.getHeight()).isCloseTo(2 * (map.height() + 2 * FRAME), within(2.0));
        assertThat(contains(image, MapTheme.LIGHT.cardFill(LaneKind.TOUCHPOINTS)))
                .isTrue();
        assertThat(status(robot)).isEqualTo("Copied a picture of the stages in view to the clipboard");
    }

    @Test
    void aStageIsCopiedAsItsColumnBesideTheLaneLabels(FxRobot robot) throws Exception {
        MapGeometry geometry = view.canvas().geometry();
        Rect header = geometry.stage("s2").orElseThrow().header();
        robot.clickOn(robot.point(screen(header.centerX(), header.centerY())));
        assertThat(view.editor().getSelection()).isEqualTo(new Selection.OfStage("s2"));

        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.SHORTCUT);

        Image image = clipboardImage();
        double width = geometry.style().laneLabelWidth() + geometry.style().stageWidth();
        assertThat(image.getWidth()).isCloseTo(2 * (width + 2 * FRAME), within(2.0));
        assertThat(image.getHeight()).isCloseTo(2 * (geometry.bounds().height() + 2 * FRAME), within(2.0));
        assertThat(contains(image, MapTheme.LIGHT.cardFill(LaneKind.TOUCHPOINTS)))
                .isTrue();
        assertThat(status(robot)).isEqualTo("Copied a picture of the stage \"Consideration\" to the clipboard");
    }

    @Test
    void aLaneIsCopiedAsItsRowUnderTheStageHeaders(FxRobot robot) throws Exception {
        MapGeometry geometry = view.canvas().geometry();
        LaneRow lane = geometry.lane("l-touch").orElseThrow();
        Rect label = lane.label();
        robot.clickOn(robot.point(screen(label.x() + 30, label.y() + 8)));
        assertThat(view.editor().getSelection()).isEqualTo(new Selection.OfLane("l-touch"));

        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.SHORTCUT);

        Image image = clipboardImage();
        double height = geometry.headerHeight() + lane.bounds().height();
        assertThat(image.getWidth()).isCloseTo(2 * (geometry.bounds().width() + 2 * FRAME), within(2.0));
        assertThat(image.getHeight()).isCloseTo(2 * (height + 2 * FRAME), within(2.0));
        assertThat(status(robot)).isEqualTo("Copied a picture of the lane \"Touchpoints\" to the clipboard");
    }

    @Test
    void aPersonaIsCopiedAsItsBandUnderTheStageHeaders(FxRobot robot) throws Exception {
        MapGeometry geometry = view.canvas().geometry();
        PersonaBand band = geometry.personas().get(0);
        robot.clickOn(robot.point(screen(band.header().x() + 280, band.header().y() + 10)));
        assertThat(view.editor().getSelection()).isEqualTo(new Selection.OfPersona("p1"));

        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.SHORTCUT);

        Image image = clipboardImage();
        double height = geometry.headerHeight() + band.bounds().height();
        assertThat(image.getHeight()).isCloseTo(2 * (height + 2 * FRAME), within(2.0));
        assertThat(status(robot)).isEqualTo("Copied a picture of the persona \"Dana\" to the clipboard");
    }

    @Test
    void onlyTheStagesInViewAreCopiedWhenTheMapIsScrolled(FxRobot robot) throws Exception {
        robot.interact(() -> {
            view.canvas().zoomTo(2, 0, 0);
            view.canvas()
                    .reveal(view.canvas().geometry().stage("s3").orElseThrow().header());
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.SHORTCUT);

        Image image = clipboardImage();
        MapGeometry geometry = view.canvas().geometry();
        double all = geometry.style().laneLabelWidth() + 3 * geometry.style().stageWidth();
        assertThat(image.getWidth()).isLessThan(2 * (all + 2 * FRAME) - 1);
        assertThat(image.getWidth())
                .isGreaterThanOrEqualTo(2
                        * (geometry.style().laneLabelWidth() + geometry.style().stageWidth()));
    }

    private static Image clipboardImage() throws Exception {
        Image image = WaitForAsyncUtils.asyncFx(
                        () -> Clipboard.getSystemClipboard().getImage())
                .get(10, TimeUnit.SECONDS);
        assertThat(image).as("an image on the clipboard").isNotNull();
        return image;
    }

    /** Whether some pixel of the image is this colour (give or take rounding). */
    static boolean contains(Image image, Rgb color) {
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                int argb = pixels.getArgb(x, y);
                if (Math.abs(((argb >> 16) & 0xFF) - color.red()) <= 2
                        && Math.abs(((argb >> 8) & 0xFF) - color.green()) <= 2
                        && Math.abs((argb & 0xFF) - color.blue()) <= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#statusLabel").queryLabeled().getText();
    }

    private Point2D screen(double mapX, double mapY) {
        return view.canvas().toScreen(mapX, mapY);
    }
}
