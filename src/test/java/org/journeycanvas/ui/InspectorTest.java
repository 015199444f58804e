package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.journeycanvas.command.ElementList;
import org.journeycanvas.command.Field;
import org.journeycanvas.command.FieldEdit;
import org.journeycanvas.command.ListEdit;
import org.journeycanvas.io.SettingsStore;
import org.journeycanvas.layout.BlueprintLine;
import org.journeycanvas.layout.LaneRow;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.PersonaBand;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Channel;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.TimeSpent;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The inspector, personas and lanes, find, the persona filter and the theme, driven as a user would. */
@ExtendWith(ApplicationExtension.class)
class InspectorTest {
    @TempDir
    Path settingsFolder;

    @TempDir
    Path folder;

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

    @Test
    void editingACardsTextIsOneUndoStep(FxRobot robot) {
        clickCard(robot, "c1");
        replaceText(robot, "#cardText", "Fleet cost webinar");
        assertThat(card("c1").text()).isEqualTo("Fleet cost webinar");
        assertThat(view.editor().undoTextProperty().get()).isEqualTo("Undo Edit card text");
        undo(robot);
        assertThat(map()).isEqualTo(original);
    }

    @Test
    void editingEveryOtherCardField(FxRobot robot) {
        clickCard(robot, "c1");
        replaceText(robot, "#cardNote", "Hosted by the trade body");
        replaceText(robot, "#cardTags", "inbound, Q3 ,");
        robot.interact(() -> robot.lookup("#cardChannel")
                .<javafx.scene.control.ComboBox<Channel>>query()
                .setValue(Channel.EVENT));
        robot.interact(() -> robot.lookup("#cardColor")
                .<javafx.scene.control.ColorPicker>query()
                .setValue(javafx.scene.paint.Color.web("#81B29A")));
        Card edited = card("c1");
        assertThat(edited.note()).isEqualTo("Hosted by the trade body");
        assertThat(edited.tags()).containsExactly("inbound", "Q3");
        assertThat(edited.channel()).isEqualTo(Channel.EVENT);
        assertThat(edited.color()).isEqualTo("#81B29A");
        robot.clickOn(inView(robot, "#cardColorReset"));
        assertThat(card("c1").color()).isNull();
        for (int i = 0; i < 5; i++) {
            undo(robot);
        }
        assertThat(map()).isEqualTo(original);
    }

    @Test
    void scoringAnEmotionWithTheFaces(FxRobot robot) {
        Point2D point = screen(
                geometry().card("e1").orElseThrow().point().x(),
                geometry().card("e1").orElseThrow().point().y());
        robot.clickOn(robot.point(point));
        assertThat(robot.lookup("#scoreRow").query().isVisible()).isTrue();
        assertThat(robot.lookup("#channelRow").query().isVisible()).isFalse();
        robot.clickOn(inView(robot, "#scoreMinus2"));
        assertThat(card("e1").score()).isEqualTo(-2);
        assertThat(robot.lookup("#scoreLabel").queryLabeled().getText()).isEqualTo("Very negative (-2)");
        undo(robot);
        assertThat(card("e1").score()).isEqualTo(1);
    }

    @Test
    void editingAStage(FxRobot robot) {
        Rect header = geometry().stages().get(1).header();
        robot.clickOn(robot.point(screen(header.centerX(), header.centerY())));
        replaceText(robot, "#stageName", "Research");
        replaceText(robot, "#stageDescription", "Shortlist, demos, references");
        robot.interact(() -> robot.lookup("#stageColor")
                .<javafx.scene.control.ColorPicker>query()
                .setValue(javafx.scene.paint.Color.web("#3D5A80")));
        var stage = map().stage("s2").orElseThrow();
        assertThat(stage.name()).isEqualTo("Research");
        assertThat(stage.description()).isEqualTo("Shortlist, demos, references");
        assertThat(stage.color()).isEqualTo("#3D5A80");
        for (int i = 0; i < 3; i++) {
            undo(robot);
        }
        assertThat(map()).isEqualTo(original);
    }

    @Test
    void typingAStagesFiguresIsOneUndoStepEachAndAWrongEntryChangesNothing(FxRobot robot) {
        Rect header = geometry().stages().get(1).header();
        robot.clickOn(robot.point(screen(header.centerX(), header.centerY())));
        replaceText(robot, "#figureEntered", "12,400");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        replaceText(robot, "#figureConversion", "61.5");
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        replaceText(robot, "#figureTime", "90");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        var figures = map().stage("s2").orElseThrow().figures();
        assertThat(figures.entered()).isEqualTo(12_400L);
        assertThat(figures.conversion()).isEqualTo(61.5);
        assertThat(figures.time()).isEqualTo(new TimeSpent(90, TimeSpent.Unit.MINUTES));
        assertThat(view.editor().undoTextProperty().get()).isEqualTo("Undo Edit stage figures");

        JourneyMap before = map();
        replaceText(robot, "#figureCsat", "140");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(robot.lookup("#figuresProblem").queryLabeled().getText())
                .isEqualTo("Satisfaction, CSAT (%): must be a percentage from 0 to 100, not 140");
        replaceText(robot, "#figureCsat", "lots");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(robot.lookup("#figuresProblem").queryLabeled().getText())
                .isEqualTo("Satisfaction, CSAT (%): \"lots\" is not a number");
        assertThat(map()).isEqualTo(before);
        replaceText(robot, "#figureCsat", "");
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(robot.lookup("#figuresProblem").query().isVisible()).isFalse();

        for (int i = 0; i < 3; i++) {
            undo(robot);
        }
        assertThat(map()).isEqualTo(original);
    }

    @Test
    void theStripsUnderTheStageHeadersAreSwitchedOffInTheViewMenuWithoutChangingTheMap(FxRobot robot) {
        Rect header = geometry().stages().get(0).header();
        robot.clickOn(robot.point(screen(header.centerX(), header.centerY())));
        replaceText(robot, "#figureEntered", "5000");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(geometry().strips().funnel()).isNotNull();
        assertThat(geometry().strips().health()).isNotNull();
        JourneyMap before = map();

        chooseFromViewMenu(robot, "funnelStripItem");
        assertThat(geometry().strips().funnel()).isNull();
        assertThat(geometry().strips().health()).isNotNull();
        chooseFromViewMenu(robot, "healthStripItem");
        assertThat(geometry().headerHeight()).isEqualTo(geometry().style().stageHeaderHeight());
        assertThat(map()).isSameAs(before);
        assertThat(view.editor().undoTextProperty().get()).isEqualTo("Undo Edit stage figures");

        chooseFromViewMenu(robot, "funnelStripItem");
        assertThat(geometry().strips().funnel()).isNotNull();
    }

    private void chooseFromViewMenu(FxRobot robot, String id) {
        javafx.scene.control.MenuItem item = robot
                .lookup("#menuBar")
                .queryAs(javafx.scene.control.MenuBar.class)
                .getMenus()
                .stream()
                .filter(menu -> menu.getText().equals("_View"))
                .findFirst()
                .orElseThrow()
                .getItems()
                .stream()
                .filter(candidate -> id.equals(candidate.getId()))
                .findFirst()
                .orElseThrow();
        robot.interact(item::fire);
    }

    @Test
    void editingTheMapWhenNothingIsSelected(FxRobot robot) {
        assertThat(robot.lookup("#mapSection").query().isVisible()).isTrue();
        for (String hidden : new String[] {"#cardSection", "#stageSection", "#laneSection", "#personaSection"}) {
            assertThat(robot.lookup(hidden).tryQuery())
                    .as("%s is left out of the scene", hidden)
                    .isEmpty();
        }
        replaceText(robot, "#mapTitle", "Fleet buyers");
        replaceText(robot, "#mapDescription", "Mid-size logistics");
        assertThat(map().title()).isEqualTo("Fleet buyers");
        assertThat(map().description()).isEqualTo("Mid-size logistics");
        undo(robot);
        undo(robot);
        assertThat(map()).isEqualTo(original);
    }

    @Test
    void editingAPersonasFields(FxRobot robot) {
        clickPersonaHeader(robot, "p1");
        replaceText(robot, "#personaName", "Dana Okafor");
        replaceText(robot, "#personaRole", "Head of fleet");
        replaceText(robot, "#personaQuote", "Proof, not promises.");
        replaceText(robot, "#personaDescription", "Runs 240 vans.");
        replaceText(robot, "#personaGoals", "Cut costs\n\nKeep drivers on side");
        Persona dana = map().persona("p1").orElseThrow();
        assertThat(dana.name()).isEqualTo("Dana Okafor");
        assertThat(dana.role()).isEqualTo("Head of fleet");
        assertThat(dana.quote()).isEqualTo("Proof, not promises.");
        assertThat(dana.description()).isEqualTo("Runs 240 vans.");
        assertThat(dana.goals()).containsExactly("Cut costs", "Keep drivers on side");
        for (int i = 0; i < 5; i++) {
            undo(robot);
        }
        assertThat(map()).isEqualTo(original);
    }

    @Test
    void addingAndDeletingAPersonaWithUndo(FxRobot robot) {
        robot.clickOn("#canvas");
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.SHORTCUT);
        robot.write("Raj Mehta");
        assertThat(map().personas()).hasSize(2);
        Persona raj = map().personas().get(1);
        assertThat(raj.name()).isEqualTo("Raj Mehta");
        assertThat(raj.lanes()).extracting(Lane::kind).containsExactlyElementsOf(LaneKind.NEW_PERSONA_LANES);

        robot.clickOn(inView(robot, "#personaUp"));
        assertThat(map().personas()).extracting(Persona::name).containsExactly("Raj Mehta", "Dana");
        robot.clickOn(inView(robot, "#personaDelete"));
        assertThat(map().personas()).extracting(Persona::name).containsExactly("Dana");
        undo(robot);
        assertThat(map().personas()).extracting(Persona::name).containsExactly("Raj Mehta", "Dana");
        undo(robot);
        undo(robot);
        undo(robot);
        assertThat(map()).isEqualTo(original);
    }

    @Test
    void theServiceBlueprintItemAddsItsLanesUnderThePersonasOwnInOneUndoStep(FxRobot robot) {
        clickPersonaHeader(robot, "p1");
        robot.clickOn(inView(robot, "#addLaneButton")).clickOn("Service blueprint (its five lanes)");

        assertThat(lanes())
                .extracting(Lane::kind)
                .containsExactly(
                        LaneKind.TOUCHPOINTS,
                        LaneKind.EMOTIONS,
                        LaneKind.PAIN_POINTS,
                        LaneKind.PHYSICAL_EVIDENCE,
                        LaneKind.FRONTSTAGE,
                        LaneKind.BACKSTAGE,
                        LaneKind.SUPPORT_PROCESSES,
                        LaneKind.SYSTEMS);
        assertThat(BlueprintLine.in(geometry().personas().get(0))).hasSize(3);
        undo(robot);
        assertThat(map()).isEqualTo(original);
    }

    @Test
    void theInsertMenuAddsAPersonaWithAServiceBlueprint(FxRobot robot) {
        robot.clickOn("Insert").clickOn("Persona with service blueprint");

        List<Persona> personas = map().personas();
        assertThat(personas).hasSize(2);
        assertThat(personas.get(1).lanes())
                .extracting(Lane::kind)
                .endsWith(LaneKind.BLUEPRINT_LANES.toArray(LaneKind[]::new));
        undo(robot);
        assertThat(map()).isEqualTo(original);
    }

    @Test
    void addingRenamingMovingCollapsingAndDeletingLanes(FxRobot robot) {
        clickPersonaHeader(robot, "p1");
        robot.clickOn(inView(robot, "#addLaneButton")).clickOn("Metrics");
        assertThat(lanes())
                .extracting(Lane::kind)
                .containsExactly(LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS, LaneKind.PAIN_POINTS, LaneKind.METRICS);

        clickLaneLabel(robot, "l-pain");
        replaceText(robot, "#laneTitle", "Frictions");
        robot.clickOn(inView(robot, "#laneUp"));
        assertThat(lanes()).extracting(Lane::title).containsExactly("Touchpoints", "Frictions", "Emotions", "Metrics");
        robot.clickOn(inView(robot, "#laneCollapse"));
        LaneRow folded = geometry().lane("l-pain").orElseThrow();
        assertThat(folded.collapsed()).isTrue();
        assertThat(folded.bounds().height()).isLessThan(40);
        robot.clickOn(inView(robot, "#laneCollapse"));
        assertThat(geometry().lane("l-pain").orElseThrow().collapsed()).isFalse();

        robot.clickOn(inView(robot, "#laneDelete"));
        assertThat(lanes()).extracting(Lane::id).doesNotContain("l-pain");
        for (int i = 0; i < 4; i++) {
            undo(robot);
        }
        assertThat(map()).isEqualTo(original);
    }

    @Test
    void photoFromARealPngOrJpegIsEmbedded(FxRobot robot) throws Exception {
        clickPersonaHeader(robot, "p1");
        dialogs.photoAnswer = image("dana.png", "png");
        robot.clickOn(inView(robot, "#personaPhotoChoose"));
        waitUntil(() -> map().persona("p1").orElseThrow().photo() != null);
        assertThat(map().persona("p1").orElseThrow().photo()).startsWith("data:image/png;base64,");
        assertThat(robot.lookup("#personaPhoto").tryQuery()).isPresent();

        dialogs.photoAnswer = image("dana.jpg", "jpeg");
        robot.clickOn(inView(robot, "#personaPhotoChoose"));
        waitUntil(() -> map().persona("p1").orElseThrow().photo().startsWith("data:image/jpeg"));
        robot.clickOn(inView(robot, "#personaPhotoRemove"));
        assertThat(map().persona("p1").orElseThrow().photo()).isNull();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void photoThatIsNotAnImageOrTooLargeIsRefusedWithAMessage(FxRobot robot) throws Exception {
        clickPersonaHeader(robot, "p1");
        dialogs.photoAnswer = Files.writeString(folder.resolve("notes.png"), "meeting notes, not a picture");
        robot.clickOn(inView(robot, "#personaPhotoChoose"));
        waitUntil(() -> dialogs.errors.size() == 1);
        assertThat(dialogs.errors.get(0)).isEqualTo("Cannot use this photo: notes.png is not a PNG or JPEG image.");

        Path huge = folder.resolve("huge.jpg");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(12L * 1024 * 1024);
        }
        dialogs.photoAnswer = huge;
        robot.clickOn(inView(robot, "#personaPhotoChoose"));
        waitUntil(() -> dialogs.errors.size() == 2);
        assertThat(dialogs.errors.get(1)).contains("huge.jpg is larger than 10 MB");
        assertThat(map()).isEqualTo(original);
    }

    @Test
    void aPhotoThatIsNotValidBase64ShowsThePlaceholderInsteadOfFailing(FxRobot robot) {
        robot.interact(() -> view.editor()
                .execute(new FieldEdit<>(Field.PERSONA_PHOTO, "p1", "data:image/png;base64,%%% not base64")));
        clickPersonaHeader(robot, "p1");
        assertThat(robot.lookup("#personaName")
                        .queryAs(javafx.scene.control.TextField.class)
                        .getText())
                .isEqualTo("Dana");
        assertThat(robot.lookup("#personaPhoto").tryQuery()).isEmpty();
        assertThat(robot.lookup("#photoBox")
                        .queryAs(javafx.scene.layout.VBox.class)
                        .getChildren())
                .hasSize(1);
    }

    @Test
    void renamingAPersonaUpdatesTheFilterMenu(FxRobot robot) {
        clickPersonaHeader(robot, "p1");
        replaceText(robot, "#personaName", "Dana Okafor");
        chooseFromPersonaFilter(robot, "Dana Okafor");
        assertThat(geometry().personas()).extracting(PersonaBand::personaId).containsExactly("p1");
    }

    @Test
    void personaFilterShowsOnePersonaOrAll(FxRobot robot) {
        robot.interact(() -> view.editor()
                .execute(ListEdit.insert(
                        ElementList.personas(),
                        Persona.of("p2", "Raj", List.of(Lane.of("l-raj", LaneKind.ACTIONS))),
                        1)));
        chooseFromPersonaFilter(robot, "Raj");
        assertThat(geometry().personas()).extracting(PersonaBand::personaId).containsExactly("p2");
        chooseFromPersonaFilter(robot, "All Personas");
        assertThat(geometry().personas()).extracting(PersonaBand::personaId).containsExactly("p1", "p2");
    }

    @Test
    void findHighlightsMatchesAndStepsThroughThem(FxRobot robot) {
        robot.clickOn("#canvas");
        robot.press(KeyCode.SHORTCUT, KeyCode.F).release(KeyCode.F, KeyCode.SHORTCUT);
        robot.write("analyst");
        assertThat(robot.lookup("#findCount").queryLabeled().getText()).isEqualTo("1 match");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(view.editor().getSelection().cardIds()).containsExactly("c2");
        robot.press(KeyCode.SHORTCUT, KeyCode.A).release(KeyCode.A, KeyCode.SHORTCUT);
        robot.write("e");
        assertThat(robot.lookup("#findCount").queryLabeled().getText()).isEqualTo("3 matches");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(robot.lookup("#findBar").query().isVisible()).isFalse();
    }

    @Test
    void arrowsAndTabMoveTheSelectionBetweenCards(FxRobot robot) {
        clickCard(robot, "c1");
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        assertThat(view.editor().getSelection().cardIds()).containsExactly("c2");
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        assertThat(view.editor().getSelection().cardIds()).containsExactly("c3");
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        assertThat(view.editor().getSelection().cardIds()).containsExactly("e1");
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        assertThat(view.editor().getSelection().cardIds()).containsExactly("c3");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(robot.lookup("#inPlaceEditor").tryQuery()).isPresent();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void theDarkThemeIsRememberedForTheNextStart(FxRobot robot) throws Exception {
        robot.clickOn("#canvas");
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.SHORTCUT);
        assertThat(view.theme()).isEqualTo(AppTheme.DARK);
        waitUntil(() -> new SettingsStore(settingsFolder).load().theme().equals("DARK"));

        MainView[] restarted = new MainView[1];
        robot.interact(() -> restarted[0] = MainView.load(new Stage(), new FakeDialogs(), settingsFolder));
        assertThat(restarted[0].theme()).isEqualTo(AppTheme.DARK);

        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.SHORTCUT);
        waitUntil(() -> new SettingsStore(settingsFolder).load().theme().equals("LIGHT"));
        robot.interact(AppTheme.LIGHT::apply);
    }

    @Test
    void tabLeavesAMultiLineFieldLikeAFormAndCtrlTabTypesATab(FxRobot robot) {
        clickCard(robot, "c1");
        robot.clickOn(inView(robot, "#cardText"));
        robot.press(KeyCode.TAB).release(KeyCode.TAB);

        javafx.scene.Node focused = robot.lookup("#cardText").query().getScene().getFocusOwner();
        assertThat(focused.getId()).isEqualTo("cardChannel");
        assertThat(card("c1").text()).isEqualTo("Industry webinar");

        robot.clickOn(inView(robot, "#cardNote"));
        robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
        assertThat(card("c1").note()).isEqualTo("\t");
    }

    @Test
    void selectingEachKindOfThingChangesNothing(FxRobot robot) {
        clickCard(robot, "c1");
        clickCard(robot, "e1");
        clickCard(robot, "c3");
        clickPersonaHeader(robot, "p1");
        clickLaneLabel(robot, "l-pain");
        clickCard(robot, "c2");

        assertThat(view.editor().canUndoProperty().get()).isFalse();
        assertThat(map()).isEqualTo(original);
    }

    @Test
    void helpAboutShowsTheAboutBox(FxRobot robot) {
        robot.clickOn("Help").clickOn("About Journey Canvas");
        assertThat(dialogs.aboutShown).isEqualTo(1);
    }

    private void clickCard(FxRobot robot, String cardId) {
        Rect bounds = geometry().card(cardId).orElseThrow().bounds();
        robot.clickOn(robot.point(screen(bounds.centerX(), bounds.centerY())));
    }

    private void clickPersonaHeader(FxRobot robot, String personaId) {
        Rect header = geometry().personas().stream()
                .filter(p -> p.personaId().equals(personaId))
                .findFirst()
                .orElseThrow()
                .header();
        robot.clickOn(robot.point(screen(header.x() + 300, header.centerY())));
    }

    private void clickLaneLabel(FxRobot robot, String laneId) {
        Rect label = geometry().lane(laneId).orElseThrow().label();
        robot.clickOn(robot.point(screen(label.x() + 40, label.y() + 10)));
    }

    /** Scrolls the inspector so that a control is in sight, as a user would before clicking it. */
    private static javafx.scene.Node inView(FxRobot robot, String query) {
        javafx.scene.Node node = robot.lookup(query).query();
        javafx.scene.control.ScrollPane pane =
                robot.lookup("#inspector").queryAs(javafx.scene.control.ScrollPane.class);
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

    private void chooseFromPersonaFilter(FxRobot robot, String text) {
        javafx.scene.control.Menu filter = robot
                .lookup("#menuBar")
                .queryAs(javafx.scene.control.MenuBar.class)
                .getMenus()
                .stream()
                .filter(menu -> menu.getText().equals("_View"))
                .findFirst()
                .orElseThrow()
                .getItems()
                .stream()
                .filter(item -> "personaFilterMenu".equals(item.getId()))
                .map(javafx.scene.control.Menu.class::cast)
                .findFirst()
                .orElseThrow();
        robot.interact(() -> filter.getItems().stream()
                .filter(item -> text.equals(item.getText()))
                .findFirst()
                .orElseThrow()
                .fire());
    }

    private static void replaceText(FxRobot robot, String field, String text) {
        robot.clickOn(inView(robot, field));
        robot.press(KeyCode.SHORTCUT, KeyCode.A).release(KeyCode.A, KeyCode.SHORTCUT);
        if (text.contains("\n")) {
            for (String line : text.split("\n", -1)) {
                robot.write(line);
                if (!line.equals(text.substring(text.lastIndexOf('\n') + 1))) {
                    robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
                }
            }
        } else {
            robot.write(text);
        }
    }

    private void undo(FxRobot robot) {
        robot.interact(() -> view.editor().undo());
    }

    private Path image(String name, String format) throws Exception {
        BufferedImage image = new BufferedImage(120, 90, BufferedImage.TYPE_INT_RGB);
        Path file = folder.resolve(name);
        ImageIO.write(image, format, file.toFile());
        return file;
    }

    private Point2D screen(double x, double y) {
        return view.canvas().toScreen(x, y);
    }

    private MapGeometry geometry() {
        WaitForAsyncUtils.waitForFxEvents();
        return view.canvas().geometry();
    }

    private JourneyMap map() {
        WaitForAsyncUtils.waitForFxEvents();
        return view.editor().getMap();
    }

    private List<Lane> lanes() {
        return map().persona("p1").orElseThrow().lanes();
    }

    private Card card(String cardId) {
        return map().findCard(cardId).orElseThrow().card();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
