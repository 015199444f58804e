package org.journeycanvas.importing;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.Spaces;

/**
 * Whether a cell names something by its label in any of the interface's languages: a workbook exported in German
 * comes back into a window that speaks English. The pseudo-language is not among them: it is for tests of the
 * window, and an export made in it names things in English inside its brackets.
 */
final class AnyLanguage {
    private static final String BUNDLE_NAME = "org.journeycanvas.i18n.messages";
    /** Each key's labels in every language, normalized: a workbook of many rows asks for the same few. */
    private static final Map<String, Set<String>> LABELS = new ConcurrentHashMap<>();

    private AnyLanguage() {}

    /** Whether {@code text} is the label of {@code key} in some language, case and surrounding space ignored. */
    static boolean names(String key, String text) {
        return LABELS.computeIfAbsent(key, AnyLanguage::labels).contains(normalized(text));
    }

    private static Set<String> labels(String key) {
        Set<String> labels = new HashSet<>();
        for (Locale language : Messages.LANGUAGES) {
            ResourceBundle bundle = ResourceBundle.getBundle(
                    BUNDLE_NAME,
                    language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            if (bundle.containsKey(key)) {
                labels.add(normalized(bundle.getString(key)));
            }
        }
        return Set.copyOf(labels);
    }

    /** A name as it is compared: trimmed, inner runs of white space made one space, lower case. */
    static String normalized(String text) {
        return Spaces.collapsed(text).toLowerCase(Locale.ROOT);
    }
}
