package org.journeycanvas.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.IdGenerator;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Stage;
import org.journeycanvas.testing.CapturedLog;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCatalogTest {
    @TempDir
    Path userFolder;

    private final JourneyMap sample = SampleMaps.threeStages();

    @Test
    void theBlankTemplateSpeaksTheInterfaceLanguageAndTheExamplesStayEnglish() throws Exception {
        TemplateCatalog catalog = new TemplateCatalog(userFolder);
        assertThat(catalog.newMap("blank", new IdGenerator()).stages())
                .extracting(Stage::name)
                .containsExactly("Awareness", "Consideration", "Purchase", "Retention", "Advocacy");
        try {
            Messages.use(Locale.GERMAN);
            JourneyMap blank = catalog.newMap("blank", new IdGenerator());
            assertThat(blank.title()).isEmpty();
            assertThat(blank.stages())
                    .extracting(Stage::name)
                    .containsExactly("Aufmerksamkeit", "Abwägung", "Kauf", "Bindung", "Empfehlung");
            assertThat(catalog.find("blank").orElseThrow().name()).isEqualTo("Leere Journey Map");
            assertThat(catalog.find("b2b-buyer").orElseThrow().name()).isEqualTo("B2B buyer journey");
        } finally {
            Messages.use(Locale.ENGLISH);
        }
    }

    @Test
    void bundledTemplatesComeFirstInTheirOrder() {
        assertThat(new TemplateCatalog(userFolder).list())
                .extracting(Template::id)
                .containsExactly(
                        "b2b-buyer",
                        "b2b-customer",
                        "b2b-blueprint",
                        "b2c-buyer",
                        "b2c-customer",
                        "user-journey",
                        "blank");
    }

    @Test
    void aTemplateReadAheadGivesNewMapsLikeAnyOtherWithTheirOwnIds() throws Exception {
        TemplateCatalog.readAhead(BundledTemplate.B2C_BUYER);
        TemplateCatalog catalog = new TemplateCatalog(userFolder);
        JourneyMap first = catalog.newMap("b2c-buyer", new IdGenerator());
        JourneyMap second = catalog.newMap("b2c-buyer", new IdGenerator());

        assertThat(first.title()).isEqualTo("B2C buyer journey");
        assertThat(first.cardCount()).isEqualTo(second.cardCount()).isPositive();
        assertThat(first.ids()).doesNotContainAnyElementsOf(second.ids());
    }

    @Test
    void savedTemplatesAreListedAfterTheBundledOnesAndOpenWithFreshIds() throws Exception {
        TemplateCatalog catalog = new TemplateCatalog(userFolder);
        Template saved = catalog.save(sample, "Fleet buyers");
        catalog.save(sample, "Another map");

        assertThat(saved.id()).isEqualTo("fleet-buyers");
        assertThat(catalog.list()).extracting(Template::name).endsWith("Another map", "Fleet buyers");
        assertThat(Files.exists(userFolder.resolve("fleet-buyers.journey"))).isTrue();
        JourneyMap fresh = catalog.newMap("fleet-buyers", new IdGenerator());
        assertThat(fresh.title()).isEqualTo("Fleet buyers");
        assertThat(fresh.cardCount()).isEqualTo(sample.cardCount());
        assertThat(fresh.ids()).doesNotContainAnyElementsOf(sample.ids());
    }

    @Test
    void aNameThatIsTakenGetsANumber() throws Exception {
        TemplateCatalog catalog = new TemplateCatalog(userFolder);
        assertThat(catalog.save(sample, "Blank").id()).isEqualTo("blank-2");
        assertThat(catalog.save(sample, "Blank").id()).isEqualTo("blank-3");
        assertThatThrownBy(() -> catalog.save(sample, "  ")).hasMessage("A template needs a name.");
    }

    @Test
    void userTemplatesCanBeRemovedButBundledOnesCannot() throws Exception {
        TemplateCatalog catalog = new TemplateCatalog(userFolder);
        Template saved = catalog.save(sample, "Temporary");
        catalog.remove(saved);
        assertThat(catalog.find("temporary")).isEmpty();
        assertThatThrownBy(() -> catalog.remove(catalog.find("blank").orElseThrow()))
                .hasMessage("\"Blank map\" comes with the app and cannot be removed.");
    }

    @Test
    void aBrokenUserTemplateIsSkippedAndAnUnknownIdListsTheKnownOnes() throws Exception {
        Files.createDirectories(userFolder);
        Files.writeString(userFolder.resolve("broken.journey"), "{ not json");
        TemplateCatalog catalog = new TemplateCatalog(userFolder);
        try (CapturedLog log = CapturedLog.of(TemplateCatalog.class)) {
            assertThat(catalog.list()).extracting(Template::id).doesNotContain("broken");
            assertThatThrownBy(() -> catalog.newMap("nope", new IdGenerator()))
                    .hasMessage(
                            "no template \"nope\" (known: b2b-buyer, b2b-customer, b2b-blueprint, b2c-buyer, b2c-customer, "
                                    + "user-journey, blank)");
            assertThat(log.messages()).isNotEmpty().allMatch(message -> message.contains("broken.journey"));
        }
    }
}
