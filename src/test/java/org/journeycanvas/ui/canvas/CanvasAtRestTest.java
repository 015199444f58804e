package org.journeycanvas.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.render.MapPainter;
import org.journeycanvas.render.MapTheme;
import org.journeycanvas.render.Rgb;
import org.journeycanvas.templates.BundledTemplate;
import org.journeycanvas.templates.TemplateCatalog;
import org.journeycanvas.ui.EditorWindow;
import org.journeycanvas.ui.FakeDialogs;
import org.journeycanvas.ui.MainView;
import org.journeycanvas.ui.Selection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The canvas keeps the painted map in tiles; at rest it must show exactly what painting the view in one piece
 * shows (the way the canvas painted before it had tiles), pixel for pixel up to the rounding of blended edges,
 * and exactly the same pixels after panning away and back; also after edits and
 * after a wheel zoom has come to rest. While a wheel zoom moves, it shows the map scaled from copies of its
 * tiles' pixels, which differs from painting at that zoom only in text and edges.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasAtRestTest {
    /**
     * What may differ between the tiles and one piece, in a colour channel: the pinned headers' shadow blended on
     * a layer of its own instead of onto the map, and the anti-aliased edge of a curve that two tiles paint in
     * halves, or that a tile moved with the picture below a lane that grew painted before it moved (a tile's
     * origin shifts its coordinates' last bits). A shifted or missing piece differs by far more.
     */
    private static final int ROUNDING = 24;
    /** What may differ between the zoom preview's nearest pixels and painting at its zoom: text and edges. */
    private static final int NEAREST_PIXEL = 96;

    @TempDir
    static Path folder;

    private MainView view;
    private JourneyMap map;

    @Start
    void start(Stage stage) {
        view = EditorWindow.show(stage, new FakeDialogs(), folder.resolve("settings"), 1100, 760);
    }

    @BeforeEach
    void openTemplate(FxRobot robot) throws Exception {
        TemplateCatalog catalog = new TemplateCatalog(folder.resolve("templates"));
        map = catalog.read(catalog.find(BundledTemplate.B2B_BUYER.id()).orElseThrow());
        robot.interact(() -> {
            view.editor().open(map, null);
            view.canvas().zoomTo(1, 0, 0);
            // Into the middle of the map, scrolled down so the stage headers are pinned to the top.
            view.canvas().scrollBy(437, 391);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theTiledViewShowsWhatPaintingItInOnePieceShows(FxRobot robot) {
        assertSameAsOnePiece(robot);
    }

    @Test
    void panningAwayAndBackShowsTheSamePixels(FxRobot robot) {
        WritableImage before = viewShot(robot);
        Point2D middle = middleOfView(robot);
        robot.drag(middle, MouseButton.MIDDLE);
        for (int step = 0; step < 12; step++) {
            robot.moveBy(-29, -23);
        }
        for (int step = 0; step < 12; step++) {
            robot.moveBy(29, 23);
        }
        robot.release(MouseButton.MIDDLE);
        moveOffTheMap(robot);

        assertThat(differingPixels(before, viewShot(robot), 0)).isZero();
        assertSameAsOnePiece(robot);
    }

    @Test
    void aWheelZoomAtRestIsAsCrispAsPaintingAtThatZoom(FxRobot robot) {
        robot.moveTo(middleOfView(robot));
        robot.press(KeyCode.CONTROL);
        robot.scroll(3, VerticalDirection.DOWN);
        robot.release(KeyCode.CONTROL);
        moveOffTheMap(robot);
        robot.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.canvas().getZoom()).isNotEqualTo(1.0);
        assertSameAsOnePiece(robot);
    }

    @Test
    void whileTheWheelZoomMovesTheViewShowsTheMapScaledFromCopiesOfTheTiles(FxRobot robot) {
        moveOffTheMap(robot);
        robot.sleep(1500); // idle: the canvas copies its tiles' pixels and paints its overview
        assertTheZoomPreviewShowsTheMap(robot, 0.8);
    }

    @Test
    void farOutTheZoomShowsTheOverviewWhereTheTilesDoNotReach(FxRobot robot) {
        moveOffTheMap(robot);
        robot.sleep(1500);
        assertTheZoomPreviewShowsTheMap(robot, 0.3);
        assertThat(view.canvas().isViewComplete()).isTrue();
    }

    @Test
    void aWheelZoomStartedBeforeTheViewWasIdleShowsTheTilesToo(FxRobot robot) {
        moveOffTheMap(robot);
        robot.interact(() -> view.canvas().scrollBy(300, 0)); // new tiles, not copied yet
        assertTheZoomPreviewShowsTheMap(robot, 0.8);
    }

    @Test
    void aWheelZoomRightAfterALaneShrankShowsWhereTilesMovedToo(FxRobot robot) {
        editPricingCard(robot, " once seats, channels, AI replies and the premium support plan are added");
        robot.interact(() -> view.editor().select(Selection.NOTHING));
        moveOffTheMap(robot);
        robot.sleep(1500);
        // The lane shrinks back, the tiles below it move up, and the zoom starts in the same frame: tiles on the
        // grid, copied, show where the moved tiles were (the overview there was dropped with the edit).
        boolean complete =
                assertTheZoomPreviewShowsTheMap(robot, 0.8, () -> view.editor().undo());
        assertThat(complete)
                .as("every pixel of the preview from a copied tile or the overview")
                .isTrue();
    }

    private void assertTheZoomPreviewShowsTheMap(FxRobot robot, double zoom) {
        assertTheZoomPreviewShowsTheMap(robot, zoom, () -> {});
    }

    /**
     * After {@code first}, in the same frame, a wheel zoom starts: its preview shows the map, scaled. Returns
     * whether the canvas says that preview showed the whole view, no pixel of it the plain backdrop.
     */
    private boolean assertTheZoomPreviewShowsTheMap(FxRobot robot, double zoom, Runnable first) {
        WritableImage before = viewShot(robot);
        MapCanvas canvas = view.canvas();
        WritableImage[] moving = new WritableImage[1];
        boolean[] previewShown = new boolean[1];
        boolean[] complete = new boolean[1];
        robot.interact(() -> {
            first.run();
            canvas.layout();
            canvas.zoomGradually(zoom, canvas.viewportWidth() / 2, canvas.viewportHeight() / 2);
            canvas.layout();
            previewShown[0] = canvas.lookup("#zoom-preview").isVisible();
            complete[0] = canvas.isViewComplete();
            moving[0] = canvas.snapshot(null, null);
        });
        assertThat(previewShown[0]).isTrue();
        WritableImage onePiece = onePiece(robot, false);
        long pixels = (long) (canvas.viewportWidth() * canvas.viewportHeight());
        long offPainted = differingPixels(moving[0], onePiece, NEAREST_PIXEL);
        // Only text and edges differ, a few in a hundred; the picture before the zoom, unscaled, far more.
        assertThat(offPainted).isLessThan(pixels / 20);
        assertThat(differingPixels(moving[0], before, NEAREST_PIXEL)).isGreaterThan(2 * offPainted);
        return complete[0];
    }

    @Test
    void afterEditsOnlyWhatChangedIsPaintedAgainAndTheViewShowsTheEditedMap(FxRobot robot) {
        Point2D middle = middleOfView(robot);
        robot.drag("#palette-touchpoint", MouseButton.PRIMARY).dropTo(middle);
        robot.write("A touchpoint dropped on the tiles");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertSameAsOnePieceWithNothingSelected(robot);

        robot.clickOn(middle);
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        assertSameAsOnePieceWithNothingSelected(robot);

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        assertSameAsOnePieceWithNothingSelected(robot);
    }

    @Test
    void anEditThatMovesNothingElsePaintsOnlyItsCellAgainAndShowsTheEdit(FxRobot robot) {
        CardEdit edit = editPricingCard(robot, "Pricing pages hide the true cost per agent");

        assertThat(new MapIndex(view.canvas().map()).card(edit.cardId()).text()).endsWith("true cost per agent");
        assertThat(edit.changes().areas())
                .as("only the card's cell, from the card down, is painted again")
                .containsExactly(edit.cell());
        assertThat(edit.changes().move()).isNull();
        assertSameAsOnePieceWithNothingSelected(robot);
    }

    @Test
    void anEditThatGrowsALanePaintsItAgainMovesWhatIsBelowAndShowsTheEdit(FxRobot robot) {
        CardEdit edit =
                editPricingCard(robot, " once seats, channels, AI replies and the premium support plan are added");

        Rect map = edit.after().bounds();
        assertThat(map.height())
                .as("the lane grew")
                .isGreaterThan(edit.before().bounds().height());
        Rect grownBy = new Rect(
                map.x(),
                edit.lane().maxY() - map.height() + edit.before().bounds().height(),
                map.width(),
                map.height() - edit.before().bounds().height());
        assertThat(edit.changes().areas())
                .as(
                        "the card's cell from the card down and the strip its lane grew by are painted again, nothing above")
                .containsExactlyInAnyOrder(edit.cell(), grownBy);
        assertThat(edit.changes().move().area())
                .as("the lane and all below it moved")
                .isEqualTo(new Rect(
                        map.x(),
                        edit.lane().y(),
                        map.width(),
                        map.maxY() - edit.lane().y()));
        assertSameAsOnePieceWithNothingSelected(robot);

        robot.interact(() -> view.editor().select(Selection.NOTHING));
        moveOffTheMap(robot);
        // Shot in the frame of the edit, before idle frames paint tiles on the grid over the moved ones.
        WritableImage shrunk = viewShotRightAfter(robot, () -> view.editor().undo());
        assertThat(view.canvas().geometry().bounds())
                .as("shrunk back")
                .isEqualTo(edit.before().bounds());
        assertThat(differingPixels(shrunk, onePiece(robot, false), ROUNDING)).isZero();
        WritableImage grown = viewShotRightAfter(robot, () -> view.editor().redo());
        assertThat(differingPixels(grown, onePiece(robot, false), ROUNDING)).isZero();
        assertSameAsOnePiece(robot);

        // Down the map, where tiles moved twice and tiles not painted before meet, and half way back.
        robot.drag(middleOfView(robot), MouseButton.MIDDLE);
        for (int step = 0; step < 12; step++) {
            robot.moveBy(0, -31);
        }
        for (int step = 0; step < 6; step++) {
            robot.moveBy(0, 31);
        }
        robot.release(MouseButton.MIDDLE);
        assertSameAsOnePieceWithNothingSelected(robot);
    }

    @Test
    void aSelectedCardIsOutlinedOnACanvasOnlyAsLargeAsTheOutlineAsIfPaintedOverTheWholeView(FxRobot robot) {
        String cardId = cardWithText("Pricing pages hide the real cost per agent");
        Rect box = view.canvas().geometry().card(cardId).orElseThrow().bounds();
        robot.clickOn(view.canvas().toScreen(box.centerX(), box.centerY()));
        moveOffTheMap(robot);

        assertThat(view.editor().getSelection().cardIds()).containsExactly(cardId);
        Canvas marks = marksCanvas();
        assertThat(marks.isVisible()).isTrue();
        assertThat(marks.getWidth() * marks.getHeight())
                .as("the marks' canvas covers the outline, not the view")
                .isLessThan(view.canvas().viewportWidth() * view.canvas().viewportHeight() / 8);
        assertThat(differingPixels(viewShot(robot), onePiece(robot, true), ROUNDING))
                .isZero();
    }

    /** The canvas of the editor's marks: the first canvas over the tiles, under the pinned headers' canvas. */
    private Canvas marksCanvas() {
        return view.canvas().getChildrenUnmodifiable().stream()
                .filter(Canvas.class::isInstance)
                .map(Canvas.class::cast)
                .findFirst()
                .orElseThrow();
    }

    /**
     * An edit of a card's text in place, and the map's layout and what the canvas painted again; {@code cell} is
     * the card's cell from the card's top down, the part of it that the edit changed.
     */
    private record CardEdit(
            String cardId, MapGeometry before, MapGeometry after, Rect lane, Rect cell, ChangedAreas.Changes changes) {}

    /** Double-clicks the pricing card, types (after its text, or over it if selected) and presses Enter. */
    private CardEdit editPricingCard(FxRobot robot, String typed) {
        MapGeometry before = view.canvas().geometry();
        MapIndex beforeIndex = new MapIndex(view.canvas().map());
        String cardId = cardWithText("Pricing pages hide the real cost per agent");
        Rect box = before.card(cardId).orElseThrow().bounds();
        robot.doubleClickOn(view.canvas().toScreen(box.centerX(), box.centerY()));
        robot.write(typed);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        MapGeometry after = view.canvas().geometry();
        Rect cardBounds = after.card(cardId).orElseThrow().bounds();
        Rect lane = laneAround(after, cardBounds);
        Rect cell = after.personas().stream()
                .flatMap(persona -> persona.lanes().stream())
                .flatMap(row -> row.cells().stream())
                .map(cellBox -> cellBox.bounds())
                .filter(cellBounds -> cellBounds.intersects(cardBounds))
                .map(cellBounds -> new Rect(
                        cellBounds.x(), cardBounds.y(), cellBounds.width(), cellBounds.maxY() - cardBounds.y()))
                .findFirst()
                .orElseThrow();
        return new CardEdit(
                cardId,
                before,
                after,
                lane,
                cell,
                ChangedAreas.between(
                        before, beforeIndex, after, new MapIndex(view.canvas().map())));
    }

    private String cardWithText(String text) {
        return view.canvas().map().personas().stream()
                .flatMap(persona -> persona.lanes().stream())
                .flatMap(lane -> lane.cards().stream())
                .filter(card -> card.text().equals(text))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static Rect laneAround(MapGeometry geometry, Rect cardBounds) {
        return geometry.personas().stream()
                .flatMap(persona -> persona.lanes().stream())
                .map(lane -> lane.bounds())
                .filter(lane -> lane.intersects(cardBounds))
                .findFirst()
                .orElseThrow();
    }

    /** The selection's outline is a mark over the map, not part of its picture. */
    private void assertSameAsOnePieceWithNothingSelected(FxRobot robot) {
        robot.interact(() -> view.editor().select(Selection.NOTHING));
        moveOffTheMap(robot);
        assertSameAsOnePiece(robot);
    }

    private void assertSameAsOnePiece(FxRobot robot) {
        WritableImage tiled = viewShot(robot);
        WritableImage onePiece = onePiece(robot, false);
        assertThat(view.canvas().isViewComplete()).isTrue();
        assertThat(differingPixels(tiled, onePiece, ROUNDING)).isZero();
    }

    /** Away from the cards, whose hover marks (a connector's handle) are not the map's. */
    private void moveOffTheMap(FxRobot robot) {
        robot.moveTo("#palette-touchpoint");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D middleOfView(FxRobot robot) {
        MapCanvas canvas = view.canvas();
        return canvas.localToScreen(canvas.viewportWidth() / 2, canvas.viewportHeight() / 2);
    }

    /** The view's pixels as the canvas shows them right after an action, with no frame in between. */
    private WritableImage viewShotRightAfter(FxRobot robot, Runnable action) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            action.run();
            shot[0] = view.canvas().snapshot(null, null);
        });
        return shot[0];
    }

    /** The view's pixels as the canvas shows them (without its scroll bars). */
    private WritableImage viewShot(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        MapCanvas canvas = view.canvas();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = canvas.snapshot(null, null));
        return shot[0];
    }

    /**
     * The view painted on one canvas as the map canvas painted it before it kept tiles: the map with the transform
     * of the zoom and scroll, the backdrop around it, the editor's marks over it when asked, and the pinned stage
     * headers with their shadow.
     */
    private WritableImage onePiece(FxRobot robot, boolean withMarks) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            MapCanvas mapCanvas = view.canvas();
            MapGeometry geometry = mapCanvas.geometry();
            double width = mapCanvas.viewportWidth();
            double height = mapCanvas.viewportHeight();
            double zoom = mapCanvas.getZoom();
            Point2D origin = mapCanvas.toLocal(0, 0);
            double scrollX = -origin.getX() / zoom;
            double scrollY = -origin.getY() / zoom;
            Canvas canvas = new Canvas(mapCanvas.getWidth(), mapCanvas.getHeight());
            GraphicsContext gc = canvas.getGraphicsContext2D();
            FxSurface surface = new FxSurface(gc);
            MapPainter painter = new MapPainter(MapTheme.LIGHT);
            MapIndex index = new MapIndex(mapCanvas.map());
            gc.setTransform(zoom, 0, 0, zoom, -scrollX * zoom, -scrollY * zoom);
            Rect visible = new Rect(scrollX, scrollY, width / zoom, height / zoom);
            painter.paint(geometry, index, visible, surface, zoom, null);
            Rect bounds = geometry.bounds();
            Rgb fill = MapTheme.LIGHT.bandFill();
            fill(surface, visible.x(), visible.y(), visible.width(), bounds.y() - visible.y(), fill);
            fill(surface, visible.x(), bounds.maxY(), visible.width(), visible.maxY() - bounds.maxY(), fill);
            double top = Math.max(visible.y(), bounds.y());
            double bottom = Math.min(visible.maxY(), bounds.maxY());
            fill(surface, visible.x(), top, bounds.x() - visible.x(), bottom - top, fill);
            fill(surface, bounds.maxX(), top, visible.maxX() - bounds.maxX(), bottom - top, fill);
            if (withMarks) {
                new CanvasMarks(surface, () -> zoom)
                        .paint(geometry, MapTheme.LIGHT, view.editor().getSelection(), Set.of(), CanvasOverlay.NONE);
            }
            if (scrollY > 0) {
                gc.setTransform(zoom, 0, 0, zoom, -scrollX * zoom, 0);
                painter.paintStageHeaders(
                        geometry, index, new Rect(scrollX, 0, width / zoom, geometry.headerHeight()), surface);
                gc.setTransform(1, 0, 0, 1, 0, 0);
                gc.setFill(FxSurface.fx(Rgb.of("#000000").withAlpha(0.15)));
                gc.fillRect(0, geometry.headerHeight() * zoom, width, 2);
            }
            shot[0] = canvas.snapshot(null, null);
        });
        return shot[0];
    }

    private static void fill(FxSurface surface, double x, double y, double width, double height, Rgb fill) {
        if (width > 0 && height > 0) {
            surface.fillRect(new Rect(x, y, width, height), fill);
        }
    }

    /**
     * How many pixels of the view (left of and above the scroll bars) differ between two pictures of it by more
     * than {@code tolerance} in a colour channel.
     */
    private long differingPixels(WritableImage first, WritableImage second, int tolerance) {
        int width = (int) view.canvas().viewportWidth();
        int height = (int) view.canvas().viewportHeight();
        PixelReader a = first.getPixelReader();
        PixelReader b = second.getPixelReader();
        long differing = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (channelDifference(a.getArgb(x, y), b.getArgb(x, y)) > tolerance) {
                    differing++;
                }
            }
        }
        return differing;
    }

    private static int channelDifference(int first, int second) {
        int largest = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            largest = Math.max(largest, Math.abs(((first >> shift) & 0xff) - ((second >> shift) & 0xff)));
        }
        return largest;
    }
}
