package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.journeycanvas.command.ElementList;
import org.journeycanvas.command.ListEdit;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.CellBox;
import org.journeycanvas.layout.EmotionScale;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.StageColumn;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.testing.SampleMaps;
import org.journeycanvas.ui.canvas.PaletteItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the editor with real mouse and keyboard gestures, headless. */
@ExtendWith(ApplicationExtension.class)
class CanvasEditorTest {
    @TempDir
    Path settingsFolder;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final JourneyMap original = SampleMaps.threeStages();
    private MainView view;

    @Start
    void start(Stage stage) {
        view = EditorWindow.show(stage, dialogs, settingsFolder, 1200, 760);
    }

    @BeforeEach
    void openSample(FxRobot robot) {
        EditorWindow.openZoomedOut(robot, view, original);
    }

    @ParameterizedTest
    @EnumSource(value = PaletteItem.class, names = "STAGE", mode = EnumSource.Mode.EXCLUDE)
    void droppingEachPaletteItemOnAnEmptyCellAddsThatCardThere(PaletteItem item, FxRobot robot) {
        CellBox target = cellOfKindOrPain(item.kind(), "s3");
        robot.drag("#palette-" + item.key(), MouseButton.PRIMARY)
                .dropTo(robot.point(
                        screen(target.bounds().centerX(), target.bounds().centerY())));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        JourneyMap map = map();
        List<Card> added = map.personas().get(0).lanes().stream()
                .filter(lane -> lane.kind() == item.kind())
                .flatMap(lane -> lane.cardsAt("s3").stream())
                .toList();
        assertThat(added)
                .singleElement()
                .satisfies(card -> assertThat(card.text())
                        .isEqualTo("New " + item.kind().cardName().toLowerCase(Locale.ROOT)));
        assertThat(map.cardCount()).isEqualTo(original.cardCount() + 1);

        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        assertThat(map()).isEqualTo(original);
    }

    @Test
    void altAndAPalettePlaceInsertsThatKindBesideTheSelectedCardReadyToType(FxRobot robot) {
        CardBox demo = geometry().card("c3").orElseThrow();
        robot.clickOn(robot.point(screen(demo.bounds().centerX(), demo.bounds().centerY())));

        robot.press(KeyCode.ALT, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.ALT);
        robot.write("Self-serve pilot").press(KeyCode.ENTER).release(KeyCode.ENTER);

        List<Card> opportunities = map().personas().get(0).lanes().stream()
                .filter(lane -> lane.kind() == LaneKind.OPPORTUNITIES)
                .flatMap(lane -> lane.cardsAt("s2").stream())
                .toList();
        assertThat(opportunities).extracting(Card::text).containsExactly("Self-serve pilot");
        assertThat(map().cardCount()).isEqualTo(original.cardCount() + 1);
    }

    @Test
    void theFirstNinePaletteItemsHaveAnInsertShortcutInPaletteOrder(FxRobot robot) {
        PaletteItem[] items = PaletteItem.values();
        for (int i = 0; i < 9; i++) {
            String id = "insert-" + items[i].key();
            MenuItem item = robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                    .flatMap(menu -> menu.getItems().stream())
                    .filter(candidate -> id.equals(candidate.getId()))
                    .findFirst()
                    .orElseThrow();
            assertThat(item.getAccelerator())
                    .as(id)
                    .isEqualTo(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (i + 1)), KeyCombination.ALT_DOWN));
        }
    }

    @Test
    void theStatusBarFollowsTheCardCountAndWhetherAllIsSavedThroughEditAndUndo(FxRobot robot) {
        String before = robot.lookup("#cardCountLabel").queryLabeled().getText();
        int cards = map().cardCount();
        CellBox pain = geometry().cell("l-pain", "s2").orElseThrow();
        robot.drag("#palette-pain-point", MouseButton.PRIMARY)
                .dropTo(robot.point(
                        screen(pain.bounds().centerX(), pain.bounds().centerY())));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        assertThat(robot.lookup("#cardCountLabel").queryLabeled().getText()).isEqualTo((cards + 1) + " cards");
        assertThat(robot.lookup("#fileStateLabel").queryLabeled().getText()).isEqualTo("Unsaved changes");
        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        assertThat(robot.lookup("#cardCountLabel").queryLabeled().getText()).isEqualTo(before);
    }

    @Test
    void aCardDroppedOnALaneOfAnotherKindLandsInItsOwnLaneAtThatStage(FxRobot robot) {
        CellBox pain = geometry().cell("l-pain", "s3").orElseThrow();
        robot.drag("#palette-touchpoint", MouseButton.PRIMARY)
                .dropTo(robot.point(
                        screen(pain.bounds().centerX(), pain.bounds().centerY())));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        assertThat(map().lane("l-touch").orElseThrow().cardsAt("s3"))
                .singleElement()
                .satisfies(card -> assertThat(card.text()).isEqualTo("New touchpoint"));
        assertThat(map().lane("l-pain").orElseThrow().cards()).isEmpty();
    }

    @Test
    void aNewCardCanBeTypedRightAfterTheDrop(FxRobot robot) {
        CellBox pain = geometry().cell("l-pain", "s2").orElseThrow();
        robot.drag("#palette-pain-point", MouseButton.PRIMARY)
                .dropTo(robot.point(
                        screen(pain.bounds().centerX(), pain.bounds().centerY())));
        robot.write("Pricing page is vague").press(KeyCode.ENTER).release(KeyCode.ENTER);

        assertThat(map().lane("l-pain").orElseThrow().cards())
                .extracting(Card::text)
                .containsExactly("Pricing page is vague");
        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        assertThat(map().lane("l-pain").orElseThrow().cards())
                .extracting(Card::text)
                .containsExactly("New pain point");
    }

    @Test
    void aStageDroppedBetweenTwoHeadersIsInsertedThere(FxRobot robot) {
        StageColumn first = geometry().stages().get(0);
        robot.drag("#palette-stage", MouseButton.PRIMARY)
                .dropTo(robot.point(
                        screen(first.header().maxX() - 8, first.header().centerY())));
        robot.write("Research").press(KeyCode.ENTER).release(KeyCode.ENTER);

        assertThat(map().stages())
                .extracting(org.journeycanvas.model.Stage::name)
                .containsExactly("Awareness", "Research", "Consideration", "Decision");
    }

    @Test
    void draggingAStageHeaderReordersTheStages(FxRobot robot) {
        StageColumn decision = geometry().stages().get(2);
        StageColumn awareness = geometry().stages().get(0);
        robot.drag(
                        robot.point(screen(
                                decision.header().centerX(), decision.header().centerY())),
                        MouseButton.PRIMARY)
                .dropTo(robot.point(screen(
                        awareness.header().maxX() - 10, awareness.header().centerY())));

        assertThat(map().stages()).extracting(org.journeycanvas.model.Stage::id).containsExactly("s1", "s3", "s2");
        assertThat(view.editor().undoTextProperty().get()).isEqualTo("Undo Move stage");
    }

    @Test
    void draggingAnEmotionPointChangesItsScoreToAWholeValue(FxRobot robot) {
        CardBox curious = geometry().card("e1").orElseThrow();
        EmotionScale scale = EmotionScale.of(
                geometry().lane("l-emo").orElseThrow(), geometry().style());
        robot.drag(robot.point(screen(curious.point().x(), curious.point().y())), MouseButton.PRIMARY)
                .dropTo(robot.point(screen(curious.point().x(), scale.y(-2) + 6)));

        assertThat(card("e1").score()).isEqualTo(-2);
        assertThat(view.editor().undoTextProperty().get()).isEqualTo("Undo Change emotion score");
        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        assertThat(card("e1").score()).isEqualTo(1);
    }

    @Test
    void aCardDragsToAnotherCell(FxRobot robot) {
        CardBox webinar = geometry().card("c1").orElseThrow();
        CellBox target = geometry().cell("l-touch", "s3").orElseThrow();
        robot.drag(
                        robot.point(screen(
                                webinar.bounds().centerX(), webinar.bounds().centerY())),
                        MouseButton.PRIMARY)
                .dropTo(robot.point(
                        screen(target.bounds().centerX(), target.bounds().centerY())));

        assertThat(map().lane("l-touch").orElseThrow().cardsAt("s3"))
                .extracting(Card::id)
                .containsExactly("c1");
        assertThat(map().lane("l-touch").orElseThrow().cardsAt("s1"))
                .extracting(Card::id)
                .containsExactly("c2");
    }

    @Test
    void escapeDuringADragCancelsIt(FxRobot robot) {
        CardBox webinar = geometry().card("c1").orElseThrow();
        CellBox target = geometry().cell("l-touch", "s3").orElseThrow();
        robot.moveTo(robot.point(
                        screen(webinar.bounds().centerX(), webinar.bounds().centerY())))
                .press(MouseButton.PRIMARY)
                .moveTo(robot.point(
                        screen(target.bounds().centerX(), target.bounds().centerY())));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.release(MouseButton.PRIMARY);

        assertThat(map()).isEqualTo(original);
        assertThat(view.editor().canUndoProperty().get()).isFalse();
    }

    @Test
    void rubberBandSelectsCardsAndDeleteRemovesThem(FxRobot robot) {
        MapGeometry geometry = geometry();
        CellBox emptyPain = geometry.cell("l-pain", "s1").orElseThrow();
        Rect webinar = geometry.card("c1").orElseThrow().bounds();
        robot.drag(
                        robot.point(screen(
                                emptyPain.bounds().x() + 4, emptyPain.bounds().centerY())),
                        MouseButton.PRIMARY)
                .dropTo(robot.point(screen(webinar.maxX() - 4, webinar.y() + 4)));

        assertThat(view.editor().getSelection().cardIds()).containsExactlyInAnyOrder("c1", "c2", "e1");
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);

        assertThat(map().cardCount()).isEqualTo(1);
        assertThat(map().findCard("c3")).isPresent();
        assertThat(view.editor().undoTextProperty().get()).isEqualTo("Undo Delete 3 cards");
    }

    @Test
    void doubleClickEditsACardInPlace(FxRobot robot) {
        Rect demo = geometry().card("c3").orElseThrow().bounds();
        robot.doubleClickOn(robot.point(screen(demo.centerX(), demo.centerY())));
        robot.write("Tailored demo for fleets").press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(card("c3").text()).isEqualTo("Tailored demo for fleets");

        robot.doubleClickOn(robot.point(screen(demo.centerX(), demo.centerY())));
        robot.write("Thrown away").press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(card("c3").text()).isEqualTo("Tailored demo for fleets");
        assertThat(robot.lookup("#inPlaceEditor").query().isVisible()).isFalse();
    }

    @Test
    void everyGestureUndoesBackToTheStartAndRedoesToTheEnd(FxRobot robot) {
        CellBox pain = geometry().cell("l-pain", "s2").orElseThrow();
        robot.drag("#palette-opportunity", MouseButton.PRIMARY)
                .dropTo(robot.point(
                        screen(pain.bounds().centerX(), pain.bounds().centerY())));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        CardBox webinar = geometry().card("c1").orElseThrow();
        CellBox s2 = geometry().cell("l-touch", "s2").orElseThrow();
        robot.drag(
                        robot.point(screen(
                                webinar.bounds().centerX(), webinar.bounds().centerY())),
                        MouseButton.PRIMARY)
                .dropTo(robot.point(screen(s2.bounds().centerX(), s2.bounds().maxY() - 4)));
        StageColumn decision = geometry().stages().get(2);
        robot.drag(robot.point(screen(decision.header().centerX(), 20)), MouseButton.PRIMARY)
                .dropTo(robot.point(screen(geometry().stages().get(0).header().x() + 10, 20)));
        JourneyMap end = map();
        assertThat(end).isNotEqualTo(original);

        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        }
        assertThat(map()).isEqualTo(original);
        assertThat(view.editor().canUndoProperty().get()).isFalse();

        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.SHORTCUT);
        }
        assertThat(map()).isEqualTo(end);
    }

    @Test
    void savingAndReopeningGivesTheSameMap(FxRobot robot, @TempDir Path folder) throws Exception {
        CardBox webinar = geometry().card("c1").orElseThrow();
        CellBox s3 = geometry().cell("l-touch", "s3").orElseThrow();
        robot.drag(
                        robot.point(screen(
                                webinar.bounds().centerX(), webinar.bounds().centerY())),
                        MouseButton.PRIMARY)
                .dropTo(robot.point(screen(s3.bounds().centerX(), s3.bounds().centerY())));
        JourneyMap edited = map();
        Path file = folder.resolve("fleet.journey");
        dialogs.saveAnswer = file;

        robot.press(KeyCode.SHORTCUT, KeyCode.S).release(KeyCode.S, KeyCode.SHORTCUT);
        waitUntil(() -> !view.editor().isDirty());

        assertThat(new MapFileReader().read(file)).isEqualTo(edited);
        robot.interact(() -> view.editor().open(original, null));
        robot.interact(() -> view.open(file));
        waitUntil(() -> file.equals(view.editor().getFile().orElse(null)));
        assertThat(map()).isEqualTo(edited);
        assertThat(((Stage) robot.window(0)).getTitle()).isEqualTo("fleet.journey — Journey Canvas");
    }

    @Test
    void openingOverUnsavedChangesAsksFirstAndCancelKeepsTheMap(FxRobot robot, @TempDir Path folder) throws Exception {
        robot.interact(() -> view.editor().execute(ListEdit.remove(ElementList.stages(), "s3")));
        Path other = Files.writeString(folder.resolve("other.journey"), "{}");
        dialogs.saveChangesAnswer = DialogService.SaveChoice.CANCEL;
        robot.interact(() -> view.open(other));
        assertThat(dialogs.saveChangesQuestions).isEqualTo(1);
        assertThat(map().stages()).hasSize(2);
        assertThat(((Stage) robot.window(0)).getTitle()).startsWith("• Untitled");
    }

    @Test
    void aBadFileShowsItsProblemAndTheCurrentMapStays(FxRobot robot, @TempDir Path folder) throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.journey"), "{\"type\": \"journey-canvas\", \"vers");
        robot.interact(() -> view.open(broken));
        waitUntil(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors)
                .singleElement()
                .asString()
                .startsWith("Cannot open broken.journey: " + broken + ":1:")
                .contains("the file ends too early");
        assertThat(map()).isEqualTo(original);
    }

    @Test
    void keyboardZoomChangesTheZoomShownInTheStatusBar(FxRobot robot) {
        robot.clickOn("#canvas");
        robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.SHORTCUT);
        robot.press(KeyCode.SHORTCUT, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.SHORTCUT);
        assertThat(view.canvas().getZoom()).isEqualTo(1.25);
        assertThat(robot.lookup("#zoomLabel").queryLabeled().getText()).isEqualTo("125%");
        robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.SHORTCUT);
        assertThat(view.canvas().getZoom()).isEqualTo(1.0);
    }

    @Test
    void copyThenPasteIntoAnotherCellCopiesTheCards(FxRobot robot) {
        Rect webinar = geometry().card("c1").orElseThrow().bounds();
        robot.clickOn(robot.point(screen(webinar.centerX(), webinar.centerY())));
        robot.press(KeyCode.SHORTCUT, KeyCode.C).release(KeyCode.C, KeyCode.SHORTCUT);
        CellBox s3 = geometry().cell("l-touch", "s3").orElseThrow();
        robot.clickOn(robot.point(screen(s3.bounds().centerX(), s3.bounds().centerY())));
        robot.press(KeyCode.SHORTCUT, KeyCode.V).release(KeyCode.V, KeyCode.SHORTCUT);

        List<Card> pasted = map().lane("l-touch").orElseThrow().cardsAt("s3");
        assertThat(pasted).singleElement().satisfies(card -> {
            assertThat(card.text()).isEqualTo("Industry webinar");
            assertThat(card.channel()).isEqualTo(org.journeycanvas.model.Channel.WEBINAR);
            assertThat(card.id()).isNotEqualTo("c1");
        });
        assertThat(view.editor().undoTextProperty().get()).isEqualTo("Undo Paste card");
    }

    @Test
    void newMapStartsBlankWithTheClassicStagesAndAPersona(FxRobot robot) {
        robot.clickOn("#canvas");
        robot.press(KeyCode.SHORTCUT, KeyCode.N).release(KeyCode.N, KeyCode.SHORTCUT);
        assertThat(map().stages())
                .extracting(org.journeycanvas.model.Stage::name)
                .containsExactly("Awareness", "Consideration", "Purchase", "Retention", "Advocacy");
        assertThat(map().personas())
                .singleElement()
                .satisfies(persona -> assertThat(persona.lanes())
                        .extracting(org.journeycanvas.model.Lane::kind)
                        .containsExactlyElementsOf(LaneKind.NEW_PERSONA_LANES));
        assertThat(dialogs.saveChangesQuestions).isZero();
    }

    @Test
    void dontSaveDiscardsAndSaveWritesBeforeReplacingTheMap(FxRobot robot, @TempDir Path folder) throws Exception {
        robot.interact(() -> view.editor().execute(ListEdit.remove(ElementList.stages(), "s3")));
        dialogs.saveChangesAnswer = DialogService.SaveChoice.DONT_SAVE;
        robot.clickOn("#canvas");
        robot.press(KeyCode.SHORTCUT, KeyCode.N).release(KeyCode.N, KeyCode.SHORTCUT);
        assertThat(map().stages()).hasSize(5);

        robot.interact(() -> view.editor()
                .execute(ListEdit.remove(
                        ElementList.stages(),
                        view.editor().getMap().stages().get(0).id())));
        JourneyMap unsaved = map();
        Path file = folder.resolve("kept.journey");
        dialogs.saveChangesAnswer = DialogService.SaveChoice.SAVE;
        dialogs.saveAnswer = file;
        robot.press(KeyCode.SHORTCUT, KeyCode.N).release(KeyCode.N, KeyCode.SHORTCUT);
        waitUntil(() -> map().stages().size() == 5);
        assertThat(new MapFileReader().read(file)).isEqualTo(unsaved);
        assertThat(view.recentFiles()).first().isEqualTo(file.toAbsolutePath().toString());
    }

    @Test
    void middleDragAndSpaceDragPanTheMapWithoutChangingIt(FxRobot robot) {
        robot.interact(() -> view.canvas().zoomTo(2.5, 0, 0));
        Point2D centre = view.canvas()
                .localToScreen(view.canvas().viewportWidth() / 2, view.canvas().viewportHeight() / 2);
        Point2D before = view.canvas().toLocal(300, 300);
        robot.drag(robot.point(centre), MouseButton.MIDDLE).dropBy(-100, -60);
        Point2D afterMiddle = view.canvas().toLocal(300, 300);
        assertThat(afterMiddle.getX()).isCloseTo(before.getX() - 100, org.assertj.core.data.Offset.offset(1.0));
        assertThat(afterMiddle.getY()).isCloseTo(before.getY() - 60, org.assertj.core.data.Offset.offset(1.0));

        robot.press(KeyCode.SPACE);
        robot.drag(robot.point(centre), MouseButton.PRIMARY).dropBy(50, 40);
        robot.release(KeyCode.SPACE);
        Point2D afterSpace = view.canvas().toLocal(300, 300);
        assertThat(afterSpace.getX()).isCloseTo(afterMiddle.getX() + 50, org.assertj.core.data.Offset.offset(1.0));
        assertThat(map()).isEqualTo(original);
        assertThat(view.editor().getSelection().cardIds()).isEmpty();
    }

    /** The wheel is sent as events: the robot cannot scroll on headless Monocle (TestFX issue 658). */
    @Test
    void wheelScrollsAndCtrlWheelZoomsAroundThePointer(FxRobot robot) {
        robot.interact(() -> view.canvas().zoomTo(2.5, 0, 0));
        double x = view.canvas().viewportWidth() / 2;
        double y = view.canvas().viewportHeight() / 2;
        Point2D before = view.canvas().toLocal(300, 300);
        robot.interact(() -> wheel(x, y, -120, false));
        assertThat(view.canvas().toLocal(300, 300).getY()).isEqualTo(before.getY() - 120);

        org.journeycanvas.layout.Point underPointer = view.canvas().toMap(x, y);
        robot.interact(() -> wheel(x, y, 80, true));
        assertThat(view.canvas().getZoom()).isGreaterThan(2.5);
        Point2D after = view.canvas().toLocal(underPointer.x(), underPointer.y());
        assertThat(after.getX()).isCloseTo(x, org.assertj.core.data.Offset.offset(0.5));
        assertThat(after.getY()).isCloseTo(y, org.assertj.core.data.Offset.offset(0.5));
    }

    /** With the shortcut held as the platform has it (Command on macOS, Control elsewhere), as TestFX presses it. */
    private void wheel(double x, double y, double deltaY, boolean shortcut) {
        boolean mac =
                System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).startsWith("mac");
        Point2D screen = view.canvas().localToScreen(x, y);
        Point2D scene = view.canvas().localToScene(x, y);
        javafx.event.Event.fireEvent(
                view.canvas(),
                new javafx.scene.input.ScrollEvent(
                        javafx.scene.input.ScrollEvent.SCROLL,
                        scene.getX(),
                        scene.getY(),
                        screen.getX(),
                        screen.getY(),
                        false,
                        shortcut && !mac,
                        false,
                        shortcut && mac,
                        false,
                        false,
                        0,
                        deltaY,
                        0,
                        deltaY,
                        javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE,
                        0,
                        javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE,
                        0,
                        0,
                        null));
    }

    private CellBox cellOfKindOrPain(LaneKind kind, String stageId) {
        return geometry().personas().get(0).lanes().stream()
                .filter(lane -> lane.kind() == kind)
                .findFirst()
                .or(() -> geometry().lane("l-pain"))
                .flatMap(lane -> geometry().cell(lane.laneId(), stageId))
                .orElseThrow();
    }

    private Point2D screen(double mapX, double mapY) {
        return view.canvas().toScreen(mapX, mapY);
    }

    private MapGeometry geometry() {
        return view.canvas().geometry();
    }

    private JourneyMap map() {
        WaitForAsyncUtils.waitForFxEvents();
        return view.editor().getMap();
    }

    private Card card(String cardId) {
        return map().findCard(cardId).orElseThrow().card();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
