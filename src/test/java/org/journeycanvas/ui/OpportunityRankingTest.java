package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.OpportunityHighlight;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Opportunity;
import org.journeycanvas.model.OpportunityStatus;
import org.journeycanvas.testing.RankedOpportunities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ranking an opportunity in the inspector and highlighting opportunities from the View menu, as a user does. */
@ExtendWith(ApplicationExtension.class)
class OpportunityRankingTest {
    @TempDir
    Path settingsFolder;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final JourneyMap original = RankedOpportunities.map();
    private MainView view;

    @Start
    void start(Stage stage) {
        view = EditorWindow.show(stage, dialogs, settingsFolder, 1200, 900);
    }

    @BeforeEach
    void openSample(FxRobot robot) {
        EditorWindow.openZoomedOut(robot, view, original);
    }

    @Test
    void rankingAnOpportunityInTheInspectorIsOneUndoStepPerChange(FxRobot robot) {
        clickCard(robot, "o3");
        assertThat(robot.lookup("#opportunitySection").query().isVisible()).isTrue();

        robot.clickOn(inView(robot, "#opportunityImpact4"));
        assertThat(opportunity("o3")).isEqualTo(Opportunity.UNRATED.withImpact(4));
        robot.clickOn(inView(robot, "#opportunityEffort2"));
        assertThat(opportunity("o3").effort()).isEqualTo(2);
        robot.clickOn(inView(robot, "#opportunityStatus"));
        robot.clickOn(robot.lookup(".list-cell")
                .match(node -> "In progress".equals(((javafx.scene.control.ListCell<?>) node).getText()))
                .<Node>query());
        assertThat(opportunity("o3").status()).isEqualTo(OpportunityStatus.IN_PROGRESS);
        robot.clickOn(inView(robot, "#opportunityOwner"));
        robot.write("Product team");
        assertThat(opportunity("o3").owner()).isEqualTo("Product team");
        robot.clickOn(inView(robot, "#painPoint-pp2"));
        assertThat(opportunity("o3"))
                .isEqualTo(new Opportunity(4, 2, "Product team", OpportunityStatus.IN_PROGRESS, List.of("pp2")));
        assertThat(view.canvas().geometry().card("o3").orElseThrow().bounds().height())
                .isEqualTo(view.canvas()
                        .geometry()
                        .card("o1")
                        .orElseThrow()
                        .bounds()
                        .height());

        clickCard(robot, "o3");
        ctrlZ(robot);
        assertThat(opportunity("o3").addresses()).isEmpty();
        ctrlZ(robot);
        assertThat(opportunity("o3").owner()).isEmpty();
        ctrlZ(robot);
        assertThat(opportunity("o3").status()).isEqualTo(OpportunityStatus.IDEA);
        ctrlZ(robot);
        assertThat(opportunity("o3").effort()).isNull();
        ctrlZ(robot);
        assertThat(map()).isEqualTo(original);
    }

    @Test
    void theInspectorShowsARankedCardsRankingAndUntickingALinkRemovesIt(FxRobot robot) {
        clickCard(robot, "o1");
        assertThat(robot.lookup("#opportunityImpact4")
                        .queryAs(javafx.scene.control.ToggleButton.class)
                        .isSelected())
                .isTrue();
        assertThat(robot.lookup("#opportunityOwner")
                        .queryAs(javafx.scene.control.TextField.class)
                        .getText())
                .isEqualTo("Sales ops");
        assertThat(robot.lookup("#painPoint-pp1")
                        .queryAs(javafx.scene.control.CheckBox.class)
                        .isSelected())
                .isTrue();

        robot.clickOn(inView(robot, "#painPoint-pp1"));
        assertThat(opportunity("o1").addresses()).isEmpty();
        robot.clickOn(inView(robot, "#opportunityImpact4"));
        assertThat(opportunity("o1").impact()).isNull();
        clickCard(robot, "o1");
        ctrlZ(robot);
        ctrlZ(robot);
        assertThat(map()).isEqualTo(original);
    }

    @Test
    void tickingAPainPointKeepsTheKeyboardOnItsBox(FxRobot robot) {
        clickCard(robot, "o3");
        Node box = robot.lookup("#painPoint-pp2").query();
        robot.clickOn(inView(robot, "#painPoint-pp2"));
        assertThat(opportunity("o3").addresses()).containsExactly("pp2");
        assertThat(box.getScene().getFocusOwner()).isSameAs(box);

        // Space goes to the same box: it unticks it rather than pressing a toolbar button.
        robot.type(KeyCode.SPACE);
        assertThat(opportunity("o3").addresses()).isEmpty();
        assertThat(robot.lookup("#painPoint-pp2").<Node>query()).isSameAs(box);
    }

    @Test
    void painPointsJoinedByAnArrowAreLinkedWithOneClick(FxRobot robot) {
        JourneyMap connected =
                original.withConnectors(List.of(org.journeycanvas.model.Connector.between("k1", "o3", "pp2")));
        EditorWindow.openZoomedOut(robot, view, connected);
        clickCard(robot, "o3");
        assertThat(robot.lookup("#opportunityLinkConnected")
                        .queryAs(javafx.scene.control.Button.class)
                        .getText())
                .isEqualTo("Link the pain point joined by an arrow");

        robot.clickOn(inView(robot, "#opportunityLinkConnected"));
        assertThat(opportunity("o3")).isEqualTo(Opportunity.UNRATED.withAddresses(List.of("pp2")));
        assertThat(robot.lookup("#opportunityLinkConnected").query().isVisible())
                .isFalse();

        clickCard(robot, "o3");
        ctrlZ(robot);
        assertThat(map()).isEqualTo(connected);
    }

    @Test
    void otherCardsHaveNoRankingPart(FxRobot robot) {
        clickCard(robot, "pp1");
        assertThat(robot.lookup("#opportunitySection").query().isVisible()).isFalse();
    }

    @Test
    void highlightingFromTheViewMenuDimsEveryOtherCardAndEscapeClearsIt(FxRobot robot) {
        Color doneBefore = pixel(robot, "o2");
        Color plannedBefore = pixel(robot, "o1");

        chooseHighlight(robot, "highlight-PLANNED");

        OpportunityHighlight planned = new OpportunityHighlight(OpportunityStatus.PLANNED, null);
        assertThat(view.editor().viewOptionsProperty().get().highlight()).isEqualTo(planned);
        assertThat(view.canvas().viewOptions().highlight()).isEqualTo(planned);
        assertThat(lightness(pixel(robot, "o2"))).isGreaterThan(lightness(doneBefore) + 0.02);
        assertThat(pixel(robot, "o1")).isEqualTo(plannedBefore);

        clickCard(robot, "o1");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        // The first Escape clears the selection only; the next one takes the highlight away.
        assertThat(view.editor().getSelection().isNothing()).isTrue();
        assertThat(view.editor().viewOptionsProperty().get().highlight()).isEqualTo(planned);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(view.editor().viewOptionsProperty().get().highlight()).isNull();
        assertThat(pixel(robot, "o2")).isEqualTo(doneBefore);
    }

    @Test
    void escapeDuringADragCancelsTheDragAndKeepsTheHighlight(FxRobot robot) {
        chooseHighlight(robot, "highlight-PLANNED");
        OpportunityHighlight planned = new OpportunityHighlight(OpportunityStatus.PLANNED, null);
        Rect from = geometry().card("o1").orElseThrow().bounds();
        Rect to = geometry().card("o2").orElseThrow().bounds();
        robot.moveTo(robot.point(view.canvas().toScreen(from.centerX(), from.y() + 10)))
                .press(javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(robot.point(view.canvas().toScreen(to.centerX() + 40, to.y() + 40)));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.release(javafx.scene.input.MouseButton.PRIMARY);

        assertThat(map()).isEqualTo(original);
        assertThat(view.editor().viewOptionsProperty().get().highlight()).isEqualTo(planned);
    }

    @Test
    void theMenuOffersEveryOwnerOfTheMapAndNoneClearsTheHighlight(FxRobot robot) {
        chooseHighlight(robot, "highlightOwner-Ana Ruiz");
        assertThat(view.editor().viewOptionsProperty().get().highlight())
                .isEqualTo(new OpportunityHighlight(null, "Ana Ruiz"));

        chooseHighlight(robot, "highlightNone");
        assertThat(view.editor().viewOptionsProperty().get().highlight()).isNull();
        assertThat(HighlightMenu.owners(original)).containsExactly("Ana Ruiz", "Sales ops");
    }

    @Test
    void theHighlightMenuIsBuiltAgainOnlyWhenTheOwnersChange(FxRobot robot) {
        javafx.scene.control.MenuItem planned = highlightItem("highlight-PLANNED");
        clickCard(robot, "o3");
        robot.clickOn(inView(robot, "#opportunityImpact4"));
        assertThat(highlightItem("highlight-PLANNED")).isSameAs(planned);

        robot.clickOn(inView(robot, "#opportunityOwner"));
        robot.write("Zoe");
        assertThat(highlightItem("highlightOwner-Zoe")).isNotNull();
    }

    private javafx.scene.control.MenuItem highlightItem(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.MenuBar menuBar =
                (javafx.scene.control.MenuBar) view.canvas().getScene().lookup("#menuBar");
        return menuBar.getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> "highlightMenu".equals(item.getId()))
                .flatMap(menu -> ((javafx.scene.control.Menu) menu).getItems().stream())
                .filter(item -> id.equals(item.getId()))
                .findFirst()
                .orElse(null);
    }

    /** Opens View, then Highlight Opportunities, and clicks the item with that id, as a user does. */
    private void chooseHighlight(FxRobot robot, String itemId) {
        javafx.scene.control.MenuBar menuBar = robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu viewMenu = menuBar.getMenus().stream()
                .filter(menu -> menu.getText().equals("_View"))
                .findFirst()
                .orElseThrow();
        javafx.scene.control.Menu highlights = (javafx.scene.control.Menu) viewMenu.getItems().stream()
                .filter(item -> "highlightMenu".equals(item.getId()))
                .findFirst()
                .orElseThrow();
        robot.clickOn(robot.from(menuBar)
                .lookup((Node node) ->
                        node instanceof javafx.scene.control.MenuButton button && "_View".equals(button.getText()))
                .<Node>query());
        robot.clickOn(showing(robot, highlights.getText()));
        javafx.scene.control.MenuItem item = highlights.getItems().stream()
                .filter(candidate -> itemId.equals(candidate.getId()))
                .findFirst()
                .orElseThrow();
        // Across into the submenu first, then down: a diagonal path would pass over other items and close it.
        robot.clickOn(showing(robot, item.getText()), org.testfx.robot.Motion.HORIZONTAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The label with this text in a menu that is showing (menus of earlier windows may linger unshown). */
    private static Node showing(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        String shown = text.replace("_", "");
        return robot.lookup((Node node) -> node instanceof javafx.scene.control.Labeled label
                        && shown.equals(label.getText().replace("_", ""))
                        && node.getScene() != null
                        && node.getScene().getWindow() != null
                        && node.getScene().getWindow().isShowing()
                        && node.isVisible())
                .query();
    }

    /** How near white a colour is: a veil of the light theme's white background makes a card lighter. */
    private static double lightness(Color color) {
        return (color.getRed() + color.getGreen() + color.getBlue()) / 3;
    }

    private void clickCard(FxRobot robot, String cardId) {
        Rect bounds = geometry().card(cardId).orElseThrow().bounds();
        robot.clickOn(robot.point(view.canvas().toScreen(bounds.centerX(), bounds.y() + 10)));
    }

    private static void ctrlZ(FxRobot robot) {
        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the inspector so that a control is in sight, as a user would before clicking it. */
    private static Node inView(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        ScrollPane pane = robot.lookup("#inspector").queryAs(ScrollPane.class);
        robot.interact(() -> {
            double contentHeight = pane.getContent().getBoundsInLocal().getHeight();
            double viewport = pane.getViewportBounds().getHeight();
            double y = pane.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            pane.setVvalue(
                    contentHeight <= viewport
                            ? 0
                            : Math.max(0, Math.min(1, (y - viewport / 2) / (contentHeight - viewport))));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    /** The colour the canvas shows near the top left of a card (its text starts further right). */
    private Color pixel(FxRobot robot, String cardId) {
        Rect bounds = geometry().card(cardId).orElseThrow().bounds();
        Point2D local = view.canvas().toLocal(bounds.x() + 4, bounds.centerY());
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> shot[0] = view.canvas().snapshot(null, null));
        return shot[0].getPixelReader().getColor((int) local.getX(), (int) local.getY());
    }

    private Opportunity opportunity(String cardId) {
        Card card = map().findCard(cardId).orElseThrow().card();
        return card.opportunity();
    }

    private MapGeometry geometry() {
        WaitForAsyncUtils.waitForFxEvents();
        return view.canvas().geometry();
    }

    private JourneyMap map() {
        WaitForAsyncUtils.waitForFxEvents();
        return view.editor().getMap();
    }
}
