package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.journeycanvas.export.ExportRequest;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.Persona;
import org.journeycanvas.templates.Template;
import org.journeycanvas.templates.TemplateCatalog;
import org.journeycanvas.testing.SampleMaps;
import org.journeycanvas.ui.presentation.PresentationView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window in another language, at its default size: in the pseudo-language every text a user sees is
 * accented and bracketed, so one written into the code shows up plain; in German, French and Spanish no label is cut off.
 */
@ExtendWith(ApplicationExtension.class)
class TranslatedWindowTest {
    @TempDir
    Path folder;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final JourneyMap map = SampleMaps.threeStages();
    private Stage stage;
    private MainView view;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void speakEnglishAgain() {
        Messages.use(Locale.ENGLISH);
    }

    @Test
    void everyTextShownComesFromABundle(FxRobot robot) {
        List<String> plain = new ArrayList<>();
        Set<String> content = content(map);
        visitEverything(robot, Messages.PSEUDO, (where, labeled) -> {}, (where, text) -> {
            if (text.chars().anyMatch(Character::isLetter)
                    && !(text.startsWith("[") && text.endsWith("]"))
                    && !content.contains(text)) {
                plain.add(where + ": " + text);
            }
        });
        assertThat(plain).isEmpty();
    }

    /** German's words are the longest; French and Spanish have the longest phrases. */
    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es"})
    void noLabelIsCutOff(String language, FxRobot robot) {
        List<String> cut = new ArrayList<>();
        visitEverything(
                robot,
                Locale.forLanguageTag(language),
                (where, labeled) -> {
                    for (Node child : labeled.getChildrenUnmodifiable()) {
                        if (child instanceof Text shown
                                && !shown.getText().equals(labeled.getText())
                                && (shown.getText().endsWith("…")
                                        || shown.getText().endsWith("..."))) {
                            cut.add(where + ": " + labeled.getText() + " shown as " + shown.getText());
                        }
                    }
                },
                (where, text) -> {});
        assertThat(cut).isEmpty();
    }

    /**
     * Opens the window in a language and looks at what a user sees: the window and its menus, the inspector for
     * each kind of selection, the export dialog, the template chooser and the presentation.
     */
    private void visitEverything(
            FxRobot robot,
            Locale language,
            BiConsumer<String, Labeled> eachLabeled,
            BiConsumer<String, String> eachText) {
        Messages.use(language);
        robot.interact(() -> view = EditorWindow.show(stage, dialogs, folder, 1400, 880));
        EditorWindow.openZoomedOut(robot, view, map);
        Visitor visitor = new Visitor(eachLabeled, eachText);
        visitor.menus(robot.lookup("#menuBar").queryAs(MenuBar.class));
        visitor.visit("window", view.root());

        MapGeometry geometry = view.canvas().geometry();
        click(robot, geometry.card("c1").orElseThrow().bounds());
        visitor.visit("touchpoint", view.root());
        Rect emotion = geometry.card("e1").orElseThrow().bounds();
        click(robot, emotion);
        visitor.visit("emotion", view.root());
        click(robot, geometry.stage("s1").orElseThrow().header());
        visitor.visit("stage", view.root());
        Rect label = geometry.lane("l-pain").orElseThrow().label();
        click(robot, new Rect(label.x() + 30, label.y() + 5, 10, 10));
        visitor.visit("lane", view.root());
        Rect header = geometry.personas().get(0).header();
        click(robot, new Rect(header.x() + 280, header.y() + 10, 10, 10));
        visitor.visit("persona", view.root());

        ExportDialog[] export = new ExportDialog[1];
        robot.interact(() -> {
            export[0] = new ExportDialog(stage, ExportRequest.DEFAULT, map.personas());
            export[0].show();
        });
        visitor.visit("export dialog", export[0].getDialogPane());
        robot.interact(() -> export[0].close());

        @SuppressWarnings("unchecked")
        javafx.scene.control.Dialog<Template>[] templates = new javafx.scene.control.Dialog[1];
        robot.interact(() -> {
            templates[0] = new FxDialogService(stage).templateDialog(new TemplateCatalog(folder.resolve("templates")));
            templates[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        visitor.visit("template chooser", templates[0].getDialogPane());
        robot.interact(() -> templates[0].close());

        PresentationView[] presentation = new PresentationView[1];
        robot.interact(() -> presentation[0] = view.present());
        WaitForAsyncUtils.waitForFxEvents();
        visitor.visit("presentation", presentation[0].stage().getScene().getRoot());
        robot.interact(() -> presentation[0].stage().close());
    }

    private void click(FxRobot robot, Rect bounds) {
        Point2D point = view.canvas().toScreen(bounds.centerX(), bounds.centerY());
        robot.clickOn(robot.point(point));
    }

    /**
     * What the map itself holds, and the bundled templates' names and descriptions: the user's content and the
     * templates, which stay English, shown as they are in every language.
     */
    private Set<String> content(JourneyMap map) {
        Set<String> texts = new HashSet<>(List.of(map.title(), map.description()));
        for (Template template : new TemplateCatalog(folder.resolve("templates")).list()) {
            texts.add(template.name());
            texts.add(template.description());
        }
        map.stages().forEach(stage -> texts.add(stage.name()));
        for (Persona persona : map.personas()) {
            texts.addAll(List.of(persona.name(), persona.role(), persona.quote()));
            for (Lane lane : persona.lanes()) {
                texts.add(lane.title());
                lane.cards().stream().map(Card::text).forEach(texts::add);
            }
        }
        return texts;
    }

    /** Walks what is shown: visible nodes, their tool tips, and the menus (but not the recent files). */
    private record Visitor(BiConsumer<String, Labeled> eachLabeled, BiConsumer<String, String> eachText) {
        void visit(String where, Node node) {
            if (!node.isVisible()) {
                return;
            }
            if (node instanceof Labeled labeled) {
                eachLabeled.accept(where, labeled);
                text(where, labeled.getText());
            } else if (node instanceof Text text && !(node.getParent() instanceof Labeled)) {
                text(where, text.getText());
            }
            if (node instanceof Control control && control.getTooltip() != null) {
                text(where + " tool tip", control.getTooltip().getText());
            }
            if (node instanceof Parent parent) {
                parent.getChildrenUnmodifiable().forEach(child -> visit(where, child));
            }
        }

        void menus(MenuBar bar) {
            bar.getMenus().forEach(menu -> item("menu", menu));
        }

        private void item(String where, MenuItem item) {
            text(where, item.getText());
            if (item instanceof Menu menu && !"openRecentMenu".equals(menu.getId())) {
                menu.getItems().forEach(child -> item(where + " " + menu.getText(), child));
            }
        }

        private void text(String where, String text) {
            if (text != null && !text.isBlank()) {
                eachText.accept(where, text);
            }
        }
    }
}
