package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.CellBox;
import org.journeycanvas.layout.ConnectorRoute;
import org.journeycanvas.layout.Hit;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.Point;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.ConnectorStyle;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Connectors drawn, selected, edited and deleted with real mouse and keyboard gestures, headless. */
@ExtendWith(ApplicationExtension.class)
class ConnectorEditorTest {
    @TempDir
    Path settingsFolder;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final JourneyMap original = blueprint();
    private MainView view;

    @Start
    void start(javafx.stage.Stage stage) {
        view = EditorWindow.show(stage, dialogs, settingsFolder, 1200, 760);
    }

    @BeforeEach
    void openBlueprint(FxRobot robot) {
        EditorWindow.openZoomedOut(robot, view, original);
    }

    @Test
    void draggingFromAFrontstageCardsHandleToABackstageCardInAnotherStageConnectsThem(FxRobot robot) {
        dragFromHandle(robot, "f1", "b2");

        assertThat(map().connectors()).singleElement().satisfies(connector -> {
            assertThat(connector.fromCardId()).isEqualTo("f1");
            assertThat(connector.toCardId()).isEqualTo("b2");
        });
        String connectorId = map().connectors().get(0).id();
        assertThat(view.editor().getSelection()).isEqualTo(new Selection.OfConnector(connectorId));
        assertThat(geometry().connector(connectorId)).isPresent();
        assertThat(view.editor().undoTextProperty().get()).isEqualTo("Undo Add connector");

        undo(robot);
        assertThat(map()).isEqualTo(original);
        redo(robot);
        assertThat(map().connectors()).extracting(Connector::id).containsExactly(connectorId);
    }

    @Test
    void theSelectedCardsHandleWorksTooAndCardsStillDragFromTheirMiddle(FxRobot robot) {
        clickCard(robot, "f1");
        dragFromHandle(robot, "f1", "b1");
        assertThat(map().connectors()).extracting(Connector::toCardId).containsExactly("b1");

        CardBox booking = geometry().card("f1").orElseThrow();
        CellBox target = geometry().cell("l-front", "s3").orElseThrow();
        robot.drag(
                        robot.point(screen(
                                booking.bounds().centerX(), booking.bounds().centerY())),
                        MouseButton.PRIMARY)
                .dropTo(robot.point(
                        screen(target.bounds().centerX(), target.bounds().centerY())));
        assertThat(map().lane("l-front").orElseThrow().cardsAt("s3"))
                .extracting(Card::id)
                .containsExactly("f1");
        assertThat(map().connectors()).hasSize(1);
    }

    @Test
    void droppingOnNothingOnTheSameCardOrPressingEscapeDrawsNothing(FxRobot robot) {
        CellBox empty = geometry().cell("l-pain", "s2").orElseThrow();
        Point handle = handle("f1");
        robot.drag(robot.point(screen(handle.x(), handle.y())), MouseButton.PRIMARY)
                .dropTo(robot.point(
                        screen(empty.bounds().centerX(), empty.bounds().centerY())));
        dragFromHandle(robot, "f1", "f1");

        Rect target = geometry().card("b2").orElseThrow().bounds();
        handle = handle("f1");
        robot.moveTo(robot.point(screen(handle.x(), handle.y())))
                .press(MouseButton.PRIMARY)
                .moveTo(robot.point(screen(target.centerX(), target.centerY())));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.release(MouseButton.PRIMARY);

        assertThat(map()).isEqualTo(original);
        assertThat(view.editor().canUndoProperty().get()).isFalse();
    }

    @Test
    void twoCardsChosenWithCtrlClickAreConnectedInTheOrderChosenByTheShortcut(FxRobot robot) {
        MenuItem connect = menuItem(robot, "connectCards");
        clickCard(robot, "b2");
        assertThat(connect.isDisable()).isTrue();
        robot.press(KeyCode.SHORTCUT);
        clickCard(robot, "f1");
        robot.release(KeyCode.SHORTCUT);
        assertThat(connect.isDisable()).isFalse();

        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.SHORTCUT);

        assertThat(map().connectors()).singleElement().satisfies(connector -> {
            assertThat(connector.fromCardId()).isEqualTo("b2");
            assertThat(connector.toCardId()).isEqualTo("f1");
        });
        JourneyMap connected = map();
        undo(robot);
        assertThat(map()).isEqualTo(original);
        redo(robot);
        assertThat(map()).isEqualTo(connected);
    }

    @Test
    void aClickOnTheLineSelectsTheConnectorAndTheInspectorEditsItOneUndoStepEach(FxRobot robot) {
        JourneyMap connected = openConnected(robot);
        clickLine(robot, "k1");
        assertThat(view.editor().getSelection()).isEqualTo(new Selection.OfConnector("k1"));
        assertThat(robot.lookup(".inspector-heading").queryLabeled().getText()).isEqualTo("Connector");
        assertThat(robot.lookup("#connectorFrom").queryLabeled().getText()).isEqualTo("Rep books the demo");
        assertThat(robot.lookup("#connectorTo").queryLabeled().getText()).isEqualTo("Engineer loads fleet data");

        robot.clickOn("#connectorLabel").write("if the demo fails");
        robot.clickOn("#connectorDashed");
        assertThat(connector("k1").label()).isEqualTo("if the demo fails");
        assertThat(connector("k1").style()).isEqualTo(ConnectorStyle.DASHED);

        undo(robot);
        assertThat(connector("k1").style()).isEqualTo(ConnectorStyle.SOLID);
        assertThat(robot.lookup("#connectorSolid")
                        .queryAs(javafx.scene.control.ToggleButton.class)
                        .isSelected())
                .isTrue();
        undo(robot);
        assertThat(map()).isEqualTo(connected);
        redo(robot);
        assertThat(connector("k1").label()).isEqualTo("if the demo fails");

        robot.clickOn("#connectorReverse");
        assertThat(connector("k1").fromCardId()).isEqualTo("b2");
        robot.clickOn("#connectorDelete");
        assertThat(map().connectors()).isEmpty();
        undo(robot);
        assertThat(connector("k1").toCardId()).isEqualTo("f1");
    }

    @Test
    void deleteAndBackspaceDeleteTheSelectedConnectorAndEscapeClearsTheSelection(FxRobot robot) {
        openConnected(robot);
        clickLine(robot, "k1");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(view.editor().getSelection().isNothing()).isTrue();

        clickLine(robot, "k1");
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        assertThat(map().connectors()).isEmpty();
        assertThat(map().cardCount()).isEqualTo(original.cardCount());
        assertThat(view.editor().undoTextProperty().get()).isEqualTo("Undo Delete connector");
        undo(robot);

        clickLine(robot, "k1");
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        assertThat(map().connectors()).isEmpty();
    }

    @Test
    void aCardUnderThePointerWinsOverAConnectorThere(FxRobot robot) {
        openConnected(robot);
        Point end = geometry().connector("k1").orElseThrow().end();
        double inside = 3 / view.canvas().getZoom();
        assertThat(geometry()
                        .connectorAt(
                                end.x() + inside, end.y(), 5 / view.canvas().getZoom()))
                .isPresent();
        robot.clickOn(robot.point(screen(end.x() + inside, end.y())));
        assertThat(view.editor().getSelection().cardIds()).containsExactly("b2");
    }

    @Test
    void movingAConnectedCardToAnotherStageTakesTheRouteAlong(FxRobot robot) {
        openConnected(robot);
        CardBox engineer = geometry().card("b2").orElseThrow();
        CellBox decision = geometry().cell("l-back", "s3").orElseThrow();
        robot.drag(
                        robot.point(screen(
                                engineer.bounds().centerX(), engineer.bounds().centerY())),
                        MouseButton.PRIMARY)
                .dropTo(robot.point(
                        screen(decision.bounds().centerX(), decision.bounds().centerY())));
        assertThat(map().lane("l-back").orElseThrow().cardsAt("s3"))
                .extracting(Card::id)
                .containsExactly("b2");

        assertThat(map().connectors()).extracting(Connector::id).containsExactly("k1");
        assertRouteEndsAt("b2");
        Rect moved = geometry().card("b2").orElseThrow().bounds();
        assertThat(moved).isNotEqualTo(engineer.bounds());

        undo(robot);
        assertRouteEndsAt("b2");
        assertThat(geometry().card("b2").orElseThrow().bounds()).isEqualTo(engineer.bounds());
        redo(robot);
        assertThat(geometry().card("b2").orElseThrow().bounds()).isEqualTo(moved);
        assertRouteEndsAt("b2");
    }

    @Test
    void deletingACardDeletesItsConnectorsOnTheCanvasAndUndoBringsThemBack(FxRobot robot) {
        openConnected(robot);
        clickCard(robot, "b2");
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);

        assertThat(map().findCard("b2")).isEmpty();
        assertThat(map().connectors()).isEmpty();
        assertThat(geometry().connectors()).isEmpty();
        undo(robot);
        assertThat(geometry().connectors())
                .extracting(ConnectorRoute::connectorId)
                .containsExactly("k1");
    }

    @Test
    void copiedCardsPasteWithTheConnectorsBetweenThemInOneUndoStep(FxRobot robot) {
        JourneyMap connected = openConnected(robot);
        clickCard(robot, "f1");
        robot.press(KeyCode.SHORTCUT);
        clickCard(robot, "b2");
        robot.release(KeyCode.SHORTCUT);
        robot.press(KeyCode.SHORTCUT, KeyCode.C).release(KeyCode.C, KeyCode.SHORTCUT);
        CellBox empty = geometry().cell("l-back", "s3").orElseThrow();
        robot.clickOn(
                robot.point(screen(empty.bounds().centerX(), empty.bounds().centerY())));
        robot.press(KeyCode.SHORTCUT, KeyCode.V).release(KeyCode.V, KeyCode.SHORTCUT);

        List<Card> pasted = map().lane("l-back").orElseThrow().cardsAt("s3");
        assertThat(pasted).extracting(Card::text).containsExactly("Rep books the demo", "Engineer loads fleet data");
        assertThat(map().connectors()).hasSize(2).last().satisfies(copy -> {
            assertThat(copy.fromCardId()).isEqualTo(pasted.get(0).id());
            assertThat(copy.toCardId()).isEqualTo(pasted.get(1).id());
        });
        assertThat(view.editor().undoTextProperty().get()).isEqualTo("Undo Paste 2 cards");
        undo(robot);
        assertThat(map()).isEqualTo(connected);
    }

    @Test
    void theSelectedConnectorIsMarkedAndACardUnderThePointerShowsItsHandle(FxRobot robot) {
        openConnected(robot);
        Point middle = longestPieceMiddle("k1");
        javafx.scene.paint.Color lineBefore = pixel(robot, middle);
        clickLine(robot, "k1");
        assertThat(pixel(robot, middle)).isNotEqualTo(lineBefore);

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        Point handle = handle("b1");
        javafx.scene.paint.Color handleBefore = pixel(robot, handle);
        Rect crm = geometry().card("b1").orElseThrow().bounds();
        robot.moveTo(robot.point(screen(crm.centerX(), crm.centerY())));
        assertThat(pixel(robot, handle)).isNotEqualTo(handleBefore);
    }

    /** The colour the canvas shows at a map point, once the pending paint is done. */
    private javafx.scene.paint.Color pixel(FxRobot robot, Point mapPoint) {
        WaitForAsyncUtils.waitForFxEvents();
        Point2D local = view.canvas().toLocal(mapPoint.x(), mapPoint.y());
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> shot[0] = view.canvas().snapshot(null, null));
        return shot[0].getPixelReader().getColor((int) local.getX(), (int) local.getY());
    }

    /** The route's last point lies on the edge of the card's box, where the arrow head goes. */
    private void assertRouteEndsAt(String cardId) {
        Rect box = geometry().card(cardId).orElseThrow().bounds();
        Point end = geometry().connector("k1").orElseThrow().end();
        boolean onSide = (end.x() == box.x() || end.x() == box.maxX()) && end.y() >= box.y() && end.y() <= box.maxY();
        boolean onTopOrBottom =
                (end.y() == box.y() || end.y() == box.maxY()) && end.x() >= box.x() && end.x() <= box.maxX();
        assertThat(onSide || onTopOrBottom).as("%s ends on %s", end, box).isTrue();
    }

    private JourneyMap openConnected(FxRobot robot) {
        JourneyMap connected = original.withConnectors(List.of(Connector.between("k1", "f1", "b2")));
        EditorWindow.openZoomedOut(robot, view, connected);
        return connected;
    }

    private void dragFromHandle(FxRobot robot, String fromCardId, String toCardId) {
        Point handle = handle(fromCardId);
        Rect target = geometry().card(toCardId).orElseThrow().bounds();
        robot.drag(robot.point(screen(handle.x(), handle.y())), MouseButton.PRIMARY)
                .dropTo(robot.point(screen(target.centerX(), target.centerY())));
    }

    /** The middle of the right edge, where a card's handle is. */
    private Point handle(String cardId) {
        Rect bounds = geometry().card(cardId).orElseThrow().bounds();
        return new Point(bounds.maxX(), bounds.centerY());
    }

    /** Clicks the middle of the longest piece of the connector's line (away from the cards and their handles). */
    private void clickLine(FxRobot robot, String connectorId) {
        Point middle = longestPieceMiddle(connectorId);
        assertThat(geometry().hit(middle.x(), middle.y())).isNotInstanceOf(Hit.OnCard.class);
        robot.clickOn(robot.point(screen(middle.x(), middle.y())));
    }

    private Point longestPieceMiddle(String connectorId) {
        List<Point> points = geometry().connector(connectorId).orElseThrow().points();
        int longest = 1;
        for (int i = 1; i < points.size(); i++) {
            if (length(points, i) > length(points, longest)) {
                longest = i;
            }
        }
        return new Point(
                (points.get(longest - 1).x() + points.get(longest).x()) / 2,
                (points.get(longest - 1).y() + points.get(longest).y()) / 2);
    }

    private static double length(List<Point> points, int i) {
        return Math.hypot(
                points.get(i).x() - points.get(i - 1).x(),
                points.get(i).y() - points.get(i - 1).y());
    }

    private void clickCard(FxRobot robot, String cardId) {
        Rect bounds = geometry().card(cardId).orElseThrow().bounds();
        robot.clickOn(robot.point(screen(bounds.centerX(), bounds.centerY())));
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(candidate -> id.equals(candidate.getId()))
                .findFirst()
                .orElseThrow();
    }

    private static void undo(FxRobot robot) {
        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
    }

    private static void redo(FxRobot robot) {
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.SHORTCUT);
    }

    private Point2D screen(double mapX, double mapY) {
        return view.canvas().toScreen(mapX, mapY);
    }

    private MapGeometry geometry() {
        WaitForAsyncUtils.waitForFxEvents();
        return view.canvas().geometry();
    }

    private JourneyMap map() {
        WaitForAsyncUtils.waitForFxEvents();
        return view.editor().getMap();
    }

    private Connector connector(String connectorId) {
        return map().connector(connectorId).orElseThrow();
    }

    /** The sample map with a frontstage and a backstage lane: a rep books the demo, an engineer prepares it. */
    static JourneyMap blueprint() {
        JourneyMap sample = SampleMaps.threeStages();
        Persona dana = sample.personas().get(0);
        Lane front = new Lane(
                "l-front", LaneKind.FRONTSTAGE, "Frontstage", List.of(Card.of("f1", "s1", "Rep books the demo")));
        Lane back = new Lane(
                "l-back",
                LaneKind.BACKSTAGE,
                "Backstage",
                List.of(Card.of("b1", "s1", "CRM lead created"), Card.of("b2", "s2", "Engineer loads fleet data")));
        List<Lane> lanes = new java.util.ArrayList<>(dana.lanes());
        lanes.add(front);
        lanes.add(back);
        return sample.withPersonas(List.of(dana.withLanes(lanes)));
    }
}
