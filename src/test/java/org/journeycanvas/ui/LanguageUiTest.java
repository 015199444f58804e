package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.stage.Stage;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View → Language: each language in its own name, the choice saved for the next start; a window in German. */
@ExtendWith(ApplicationExtension.class)
class LanguageUiTest {
    @TempDir
    Path folder;

    private MainView view;

    @Start
    void start(Stage stage) {
        view = EditorWindow.show(stage, new FakeDialogs(), folder, 1200, 760);
    }

    @Test
    void aChosenLanguageIsSavedAndTheStatusBarSaysSoInThatLanguage(FxRobot robot) throws Exception {
        Menu languages = (Menu) robot.lookup(".menu-bar").<MenuBar>query().getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> "languageMenu".equals(item.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(languages.getText()).isEqualTo("_Language");
        assertThat(languages.getItems())
                .extracting(MenuItem::getId)
                .containsExactly("language-en", "language-de", "language-fr", "language-es");
        assertThat(languages.getItems())
                .extracting(MenuItem::getText)
                .containsExactly("English", "Deutsch", "Français", "Español");
        assertThat(((RadioMenuItem) languages.getItems().get(0)).isSelected()).isTrue();

        robot.interact(() -> languages.getItems().get(1).fire());

        assertThat(robot.lookup("#statusLabel").<Label>query().getText())
                .isEqualTo("Deutsch wird nach einem Neustart verwendet");
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> new SettingsStore(folder).load().language().equals("de"));
        assertThat(Messages.language()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aWindowOpenedInGermanHasGermanMenus(FxRobot robot) {
        MainView[] german = new MainView[1];
        robot.interact(() -> {
            Messages.use(Locale.GERMAN);
            try {
                german[0] = MainView.load(new Stage(), new FakeDialogs(), folder);
            } finally {
                Messages.use(Locale.ENGLISH);
            }
        });
        MenuBar bar = (MenuBar) german[0].root().lookup(".menu-bar");
        List<String> menus = bar.getMenus().stream().map(Menu::getText).toList();
        assertThat(menus).containsExactly("_Datei", "_Bearbeiten", "_Ansicht", "_Einfügen", "_Hilfe");
        assertThat(german[0].editor().undoTextProperty().get()).isEqualTo("Rückgängig");
        assertThat(((Label) german[0].root().lookup("#statusLabel")).getText()).isEqualTo("Bereit");
    }

    /** In the pseudo-language every text from a bundle is in brackets: one still in plain English stands out. */
    @Test
    void everyMenuAndToolTipOfTheWindowComesFromTheBundle(FxRobot robot) {
        MainView[] pseudo = new MainView[1];
        robot.interact(() -> {
            Messages.use(Messages.PSEUDO);
            try {
                pseudo[0] = MainView.load(new Stage(), new FakeDialogs(), folder);
            } finally {
                Messages.use(Locale.ENGLISH);
            }
        });
        Parent root = pseudo[0].root();
        List<String> texts = new ArrayList<>();
        for (Menu menu : ((MenuBar) root.lookup(".menu-bar")).getMenus()) {
            collect(menu, texts);
        }
        for (Node tool : ((ToolBar) root.lookup(".tool-bar")).getItems()) {
            if (tool instanceof Button button && button.getTooltip() != null) {
                texts.add(button.getTooltip().getText());
            }
        }
        texts.add(((Label) root.lookup("#statusLabel")).getText());
        texts.add(((Label) root.lookup("#fileStateLabel")).getText());
        assertThat(texts)
                .hasSizeGreaterThan(40)
                .allSatisfy(text -> assertThat(text).startsWith("["));
    }

    /** A menu's texts and its items', leaving out the names of what is on the map and of palette items. */
    private static void collect(MenuItem item, List<String> texts) {
        texts.add(item.getText());
        if (item instanceof Menu menu && !"personaFilterMenu".equals(menu.getId())) {
            for (MenuItem child : menu.getItems()) {
                boolean fromPalette = child.getId() != null && child.getId().startsWith("insert-");
                if (!(child instanceof SeparatorMenuItem) && !fromPalette) {
                    collect(child, texts);
                }
            }
        }
    }
}
