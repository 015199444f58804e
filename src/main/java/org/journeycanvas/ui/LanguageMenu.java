package org.journeycanvas.ui;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.journeycanvas.i18n.Messages;

/**
 * View → Language: the languages the interface speaks, each in its own name. A choice is saved in the settings
 * and takes effect at the next start, which the status bar says in the language chosen.
 */
final class LanguageMenu {
    private LanguageMenu() {}

    static void fill(Menu menu, AppSettings settings, Consumer<String> status) {
        ToggleGroup group = new ToggleGroup();
        String saved = settings.get().language();
        String shown = saved.isEmpty() ? Messages.language().getLanguage() : saved;
        for (Locale language : Messages.LANGUAGES) {
            String tag = language.getLanguage();
            RadioMenuItem item = new RadioMenuItem(Messages.get("menu.view.language." + tag));
            item.setId("language-" + tag);
            item.setMnemonicParsing(false);
            item.setToggleGroup(group);
            item.setSelected(tag.equals(shown));
            item.setOnAction(event -> {
                settings.update(current -> current.withLanguage(tag));
                status.accept(inLanguage(language, "status.languageAfterRestart"));
            });
            menu.getItems().add(item);
        }
    }

    /** A text without placeholders in a language other than the one spoken now. */
    private static String inLanguage(Locale language, String key) {
        return Messages.bundle(language).getString(key);
    }
}
