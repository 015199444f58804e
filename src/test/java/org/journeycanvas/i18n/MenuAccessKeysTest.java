package org.journeycanvas.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * In every language, the items of each menu of the main window have different access keys (the letter after
 * "_"), so Alt and a letter always reaches one item: several features add items to the same menus.
 */
class MenuAccessKeysTest {
    private static final Path WINDOW = Path.of("src/main/resources/org/journeycanvas/ui/MainView.fxml");
    private static final Path BUNDLES = Path.of("src/main/resources/org/journeycanvas/i18n");

    @Test
    void noTwoItemsOfAMenuShareAnAccessKeyInAnyLanguage() throws Exception {
        List<List<String>> menus = new ArrayList<>();
        collectMenus(
                DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(WINDOW.toFile())
                        .getDocumentElement(),
                menus);
        assertThat(menus).as("menus found in the window").hasSizeGreaterThan(3);
        for (Locale language : Messages.LANGUAGES) {
            Properties texts = load(language);
            for (List<String> keys : menus) {
                Map<Character, String> taken = new HashMap<>();
                for (String key : keys) {
                    String text = texts.getProperty(key);
                    assertThat(text).as(key + " in " + language).isNotNull();
                    int underscore = text.indexOf('_');
                    if (underscore < 0 || underscore == text.length() - 1) {
                        continue;
                    }
                    char letter = Character.toLowerCase(text.charAt(underscore + 1));
                    String other = taken.putIfAbsent(letter, key);
                    assertThat(other)
                            .as("%s and %s both use '%s' in %s", other, key, letter, language)
                            .isNull();
                }
            }
        }
    }

    /** Each menu bar or menu as the bundle keys of its own items, in the order the window shows them. */
    private static void collectMenus(Element element, List<List<String>> menus) {
        boolean menu =
                element.getTagName().equals("Menu") || element.getTagName().equals("MenuBar");
        List<String> keys = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element item) {
                String text = item.getAttribute("text");
                if (menu && text.startsWith("%")) {
                    keys.add(text.substring(1));
                }
                collectMenus(item, menus);
            }
        }
        if (menu && !keys.isEmpty()) {
            menus.add(keys);
        }
    }

    private static Properties load(Locale language) throws IOException {
        String suffix = language.equals(Locale.ENGLISH) ? "" : "_" + language.getLanguage();
        Properties properties = new Properties();
        try (Reader reader =
                Files.newBufferedReader(BUNDLES.resolve("messages" + suffix + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
