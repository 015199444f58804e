package org.journeycanvas.ui.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ComparisonTextsTest {
    @Test
    void theGermanHintCallsTheMapAJourneyMapAsTheRestOfTheAppDoesNotACard() {
        String text = ResourceBundle.getBundle("org.journeycanvas.i18n.messages", Locale.GERMAN)
                .getString("comparison.fewPersonas");

        assertThat(text).contains("diese Journey Map hat {0}").doesNotContain("Karte");
    }
}
