package org.journeycanvas.importing;

import java.util.Locale;
import java.util.ResourceBundle;
import org.journeycanvas.i18n.Messages;

/**
 * Whether a cell names something by its label in any of the interface's languages: a workbook exported in German
 * comes back into a window that speaks English.
 */
final class AnyLanguage {
    private static final String BUNDLE_NAME = "org.journeycanvas.i18n.messages";

    private AnyLanguage() {}

    /** Whether {@code text} is the label of {@code key} in some language, case and surrounding space ignored. */
    static boolean names(String key, String text) {
        String wanted = normalized(text);
        for (Locale language : Messages.LANGUAGES) {
            ResourceBundle bundle = ResourceBundle.getBundle(
                    BUNDLE_NAME,
                    language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            if (bundle.containsKey(key) && normalized(bundle.getString(key)).equals(wanted)) {
                return true;
            }
        }
        return normalized(Messages.get(key)).equals(wanted);
    }

    /** A name as it is compared: trimmed, inner spaces collapsed, lower case. */
    static String normalized(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
