package org.journeycanvas.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private final ResourceBundle bundle = ResourceBundle.getBundle("org.journeycanvas.i18n.messages", Locale.ROOT);

    @Test
    void aCountTakesTheSingularForOneAndThePluralForAnyOther() {
        assertThat(Messages.plural("count.cards", 1)).isEqualTo("1 card");
        assertThat(Messages.plural("count.cards", 0)).isEqualTo("0 cards");
        assertThat(Messages.plural("count.cards", 2)).isEqualTo("2 cards");
        assertThat(Messages.plural("count.cards", 12_000)).isEqualTo("12,000 cards");
    }

    @Test
    void aZeroFormIsUsedOnlyWhereThereIsOne() {
        assertThat(Messages.plural("find.matches", 0)).isEqualTo("No matches");
        assertThat(Messages.plural("find.matches", 1)).isEqualTo("1 match");
        assertThat(Messages.plural("find.matches", 3)).isEqualTo("3 matches");
    }

    @Test
    void aFormMayLeaveTheCountOut() {
        assertThat(Messages.plural("undo.moveCards", 1)).isEqualTo("Move card");
        assertThat(Messages.plural("undo.moveCards", 4)).isEqualTo("Move 4 cards");
    }

    @Test
    void everyCountedTextHasBothEnglishFormsAndEveryPatternIsValid() {
        Set<String> counted = new TreeSet<>();
        for (String key : bundle.keySet()) {
            new MessageFormat(bundle.getString(key), Locale.ENGLISH);
            if (key.matches(".*\\.(zero|one|other)")) {
                counted.add(key.substring(0, key.lastIndexOf('.')));
            }
        }
        assertThat(counted)
                .isNotEmpty()
                .allSatisfy(key -> assertThat(bundle.keySet()).as(key).contains(key + ".one", key + ".other"));
    }

    @Test
    void anUnknownKeyIsAProgrammingError() {
        assertThatThrownBy(() -> Messages.plural("count.unicorns", 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no message \"count.unicorns.other\"");
    }

    @Test
    void theClosestSupportedLanguageIsSpokenAndEnglishOtherwise() {
        assertThat(Messages.supported(Locale.forLanguageTag("de-AT"))).isEqualTo(Locale.GERMAN);
        assertThat(Messages.supported(Locale.forLanguageTag("es-MX"))).isEqualTo(Locale.forLanguageTag("es"));
        assertThat(Messages.supported(Locale.forLanguageTag("fr-CA"))).isEqualTo(Locale.FRENCH);
        assertThat(Messages.supported(Locale.forLanguageTag("tr-TR"))).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.supported(Messages.PSEUDO)).isEqualTo(Messages.PSEUDO);
    }

    @Test
    void frenchCountsZeroAndOneAsOneAndGroupsThousandsItsOwnWay() {
        try {
            Messages.use(Locale.FRENCH);
            assertThat(Messages.plural("count.stages", 0)).isEqualTo("0 étape");
            assertThat(Messages.plural("count.stages", 1)).isEqualTo("1 étape");
            assertThat(Messages.plural("count.stages", 12_000)).isEqualTo("12\u202f000 étapes");
        } finally {
            Messages.use(Locale.ENGLISH);
        }
        assertThat(Messages.plural("count.stages", 12_000))
                .as("English again, its own patterns and numbers")
                .isEqualTo("12,000 stages");
    }

    @Test
    void thePseudoLanguageAccentsAndPadsEveryTextButKeepsItsPlaceholders() {
        assertThat(PseudoBundle.pseudo("Save")).isEqualTo("[Ŝàvé ··]");
        assertThat(PseudoBundle.pseudo("Copied {0} cards"))
                .startsWith("[Çöpîéd {0} çàrdŝ ")
                .endsWith("·]");
        try {
            Messages.use(Messages.PSEUDO);
            assertThat(Messages.plural("count.cards", 2)).isEqualTo("[2 çàrdŝ ···]");
        } finally {
            Messages.use(Locale.ENGLISH);
        }
    }

    @Test
    void numbersAreWrittenAsMessageFormatWritesThemInEveryTextOfEveryLanguage() {
        // Numbers in bare placeholders are written by the editor's kept number format, numbers in typed ones
        // ({0,number,integer}, {4,choice,...}) by MessageFormat: both ways must give MessageFormat's own text.
        Object[] numbers = {12_000L, 2.5, 3L, 1_234_567L, 2L, 7L, 8L, 9L, 10L, 11L};
        for (Locale language : Messages.LANGUAGES) {
            ResourceBundle texts = Messages.bundle(language);
            try {
                Messages.use(language);
                for (String key : texts.keySet()) {
                    String expected = new MessageFormat(texts.getString(key), language).format(numbers);
                    assertThat(Messages.get(key, numbers))
                            .as(language + " " + key)
                            .isEqualTo(expected);
                }
            } finally {
                Messages.use(Locale.ENGLISH);
            }
        }
        assertThat(Messages.get("status.zoom", 1_250L)).isEqualTo("1,250%");
    }

    @Test
    void aTextWithoutPlaceholdersReadsADoubledQuoteAsOne() {
        assertThat(Messages.get("find.matches.zero")).isEqualTo("No matches");
    }
}
