package org.journeycanvas.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;
import org.journeycanvas.io.MapFileWriter;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.IdGenerator;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.PhotoUri;
import org.journeycanvas.model.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BundledTemplatesTest {
    /** The lanes every persona of a non-blank template fills at every stage. */
    private static final List<LaneKind> FILLED = List.of(
            LaneKind.ACTIONS,
            LaneKind.TOUCHPOINTS,
            LaneKind.THOUGHTS,
            LaneKind.EMOTIONS,
            LaneKind.PAIN_POINTS,
            LaneKind.OPPORTUNITIES,
            LaneKind.METRICS);

    @TempDir
    Path userFolder;

    @ParameterizedTest
    @EnumSource(BundledTemplate.class)
    void loadsValidatesAndIsStoredInCanonicalForm(BundledTemplate bundled) throws Exception {
        JourneyMap map = read(bundled);
        assertThat(map.title()).isNotBlank();
        assertThat(map.description()).isNotBlank();
        try (InputStream in = getClass().getResourceAsStream(bundled.resource())) {
            assertThat(new MapFileWriter().toBytes(map)).isEqualTo(in.readAllBytes());
        }
    }

    @ParameterizedTest
    @EnumSource(value = BundledTemplate.class, names = "BLANK", mode = EnumSource.Mode.EXCLUDE)
    void everyPersonaFillsEveryLaneAtEveryStage(BundledTemplate bundled) throws Exception {
        JourneyMap map = read(bundled);
        assertThat(map.stages()).hasSizeGreaterThanOrEqualTo(4);
        for (Persona persona : map.personas()) {
            assertThat(persona.role()).as(persona.name()).isNotBlank();
            assertThat(persona.lanes())
                    .extracting(Lane::kind)
                    .as(persona.name())
                    .containsAll(FILLED);
            for (Lane lane : persona.lanes()) {
                for (Stage stage : map.stages()) {
                    List<Card> cell = lane.cardsAt(stage.id());
                    assertThat(cell)
                            .as(persona.name() + " / " + lane.title() + " / " + stage.name())
                            .isNotEmpty();
                    cell.forEach(card -> assertThat(card.text()).isNotBlank());
                    if (lane.kind() == LaneKind.TOUCHPOINTS) {
                        cell.forEach(card ->
                                assertThat(card.channel()).as(card.text()).isNotNull());
                    }
                    if (lane.kind() == LaneKind.EMOTIONS) {
                        cell.forEach(
                                card -> assertThat(card.score()).as(card.text()).isNotNull());
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = BundledTemplate.class, names = "BLANK", mode = EnumSource.Mode.EXCLUDE)
    void aPersonaWithBlueprintLanesHasAllFiveFilledAtEveryStageWithTextsOfItsOwn(BundledTemplate bundled)
            throws Exception {
        JourneyMap map = read(bundled);
        for (Persona persona : map.personas()) {
            List<LaneKind> kinds = persona.lanes().stream().map(Lane::kind).toList();
            if (kinds.stream().noneMatch(LaneKind.BLUEPRINT_LANES::contains)) {
                continue;
            }
            assertThat(kinds)
                    .as(persona.name() + "'s blueprint lanes, in their order under the customer's")
                    .endsWith(LaneKind.BLUEPRINT_LANES.toArray(LaneKind[]::new));
            for (LaneKind kind : LaneKind.BLUEPRINT_LANES) {
                Lane lane = persona.lanes().get(kinds.indexOf(kind));
                for (Stage stage : map.stages()) {
                    assertThat(lane.cardsAt(stage.id()))
                            .as(persona.name() + " / " + kind + " / " + stage.name())
                            .isNotEmpty()
                            .allSatisfy(card -> assertThat(card.text()).isNotBlank());
                }
                List<String> texts = lane.cards().stream().map(Card::text).toList();
                assertThat(Set.copyOf(texts))
                        .as(persona.name() + " / " + kind + " says the same at two stages")
                        .hasSameSizeAs(texts);
            }
        }
    }

    @Test
    void b2bBlueprintShowsWhatTheVendorDoesBehindTheOnboardingOfEveryPersona() throws Exception {
        JourneyMap map = read(BundledTemplate.B2B_BLUEPRINT);
        assertThat(map.stages()).hasSizeBetween(5, 6);
        assertThat(map.stages().get(0).name()).containsIgnoringCase("contract");
        assertThat(lastStage(map)).containsIgnoringCase("value review");
        assertThat(map.personas())
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(persona -> assertThat(persona.lanes())
                        .extracting(Lane::kind)
                        .as(persona.name())
                        .containsAll(LaneKind.BLUEPRINT_LANES));
        assertThat(BundledTemplate.B2B_BLUEPRINT.journey()).isEqualTo(BundledTemplate.Journey.CUSTOMER);
    }

    @ParameterizedTest
    @EnumSource(value = BundledTemplate.class, names = "BLANK", mode = EnumSource.Mode.EXCLUDE)
    void emotionsRiseAndFallAndDifferBetweenPersonas(BundledTemplate bundled) throws Exception {
        JourneyMap map = read(bundled);
        for (Persona persona : map.personas()) {
            List<Integer> scores = scores(persona);
            assertThat(Set.copyOf(scores))
                    .as(persona.name() + " has one mood throughout")
                    .hasSizeGreaterThan(2);
            assertThat(hasRiseAndFall(scores)).as(persona.name() + " " + scores).isTrue();
        }
        List<List<Integer>> curves =
                map.personas().stream().map(BundledTemplatesTest::scores).toList();
        assertThat(Set.copyOf(curves))
                .as("each persona's emotions follow a curve of their own " + curves)
                .hasSameSizeAs(curves);
        List<String> firstActions = map.personas().stream()
                .map(persona -> persona.lanes().stream()
                        .filter(lane -> lane.kind() == LaneKind.ACTIONS)
                        .findFirst()
                        .orElseThrow()
                        .cards()
                        .get(0)
                        .text())
                .toList();
        assertThat(Set.copyOf(firstActions)).hasSameSizeAs(firstActions);
    }

    @Test
    void b2bBlueprintsProjectLeadHasAStoryboardWithAModestPictureAndACaptionAtEveryStage() throws Exception {
        JourneyMap map = read(BundledTemplate.B2B_BLUEPRINT);
        Persona lead = map.personas().get(0);
        Lane storyboard = lead.lanes().get(0);
        assertThat(storyboard.kind()).isEqualTo(LaneKind.STORYBOARD);
        for (Stage stage : map.stages()) {
            List<Card> cell = storyboard.cardsAt(stage.id());
            assertThat(cell).as(stage.name()).hasSize(1);
            Card card = cell.get(0);
            assertThat(card.text().split(" ")).as(card.text()).hasSizeGreaterThanOrEqualTo(6);
            assertThat(card.picture()).startsWith("data:image/jpeg;base64,");
            byte[] jpeg = PhotoUri.bytes(card.picture());
            assertThat(jpeg.length).as(card.text()).isLessThanOrEqualTo(30 * 1024);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
            assertThat(Math.max(image.getWidth(), image.getHeight())).isLessThanOrEqualTo(1024);
        }
        List<String> captions = storyboard.cards().stream().map(Card::text).toList();
        assertThat(Set.copyOf(captions)).hasSameSizeAs(captions);
        List<String> pictures = storyboard.cards().stream().map(Card::picture).toList();
        assertThat(Set.copyOf(pictures))
                .as("a picture of its own at every stage")
                .hasSameSizeAs(pictures);
    }

    @Test
    void b2bBuyerHasABuyingGroupAndEndsAtTheDecision() throws Exception {
        JourneyMap map = read(BundledTemplate.B2B_BUYER);
        assertThat(map.personas()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(map.personas())
                .extracting(Persona::role)
                .anyMatch(role -> role.contains("champion"))
                .anyMatch(role -> role.contains("economic buyer"))
                .anyMatch(role -> role.contains("evaluator"));
        assertThat(lastStage(map)).containsIgnoringCase("decision");
        assertThat(touchpointChannels(map)).contains("WEBINAR", "DEMO", "SALES_CALL", "REVIEW_SITE");
    }

    @Test
    void b2cBuyerHasAFirstTimeAndARepeatBuyerAndEndsAtCheckout() throws Exception {
        JourneyMap map = read(BundledTemplate.B2C_BUYER);
        assertThat(map.personas())
                .extracting(Persona::role)
                .anyMatch(role -> role.contains("First-time"))
                .anyMatch(role -> role.contains("Repeat"));
        assertThat(map.stages().get(0).name()).isEqualTo("Discovery");
        assertThat(lastStage(map)).isEqualTo("Checkout");
        assertThat(touchpointChannels(map)).contains("SOCIAL", "SEARCH", "REVIEW_SITE");
    }

    @ParameterizedTest
    @EnumSource(
            value = BundledTemplate.class,
            names = {"B2B_CUSTOMER", "B2C_CUSTOMER"})
    void customerJourneysRunThroughRetentionToAdvocacy(BundledTemplate bundled) throws Exception {
        JourneyMap map = read(bundled);
        List<String> stages = map.stages().stream().map(Stage::name).toList();
        assertThat(stages).anyMatch(name -> name.contains("Retention"));
        assertThat(stages.get(stages.size() - 1)).contains("Advocacy");
        String metrics = map.personas().stream()
                .flatMap(p -> p.lanes().stream())
                .filter(lane -> lane.kind() == LaneKind.METRICS)
                .flatMap(lane -> lane.cards().stream())
                .map(Card::text)
                .reduce("", String::concat);
        assertThat(metrics)
                .containsAnyOf("CSAT", "NPS")
                .containsIgnoringCase("retention")
                .containsIgnoringCase("referral")
                .containsAnyOf("lifetime value", "revenue retention");
    }

    @Test
    void b2cCustomerHasTheUsualTouchpoints() throws Exception {
        String touchpoints = String.join(
                " | ",
                read(BundledTemplate.B2C_CUSTOMER).personas().stream()
                        .flatMap(p -> p.lanes().stream())
                        .filter(lane -> lane.kind() == LaneKind.TOUCHPOINTS)
                        .flatMap(lane -> lane.cards().stream())
                        .map(Card::text)
                        .toList());
        assertThat(touchpoints)
                .contains("Order confirmation email", "Loyalty rewards", "personalised offers", "Referral programme");
    }

    @Test
    void blankHasOnePersonaWithTheUsualLanesAndTheFiveClassicStages() throws Exception {
        JourneyMap map = read(BundledTemplate.BLANK);
        assertThat(map.stages())
                .extracting(Stage::name)
                .containsExactly("Awareness", "Consideration", "Purchase", "Retention", "Advocacy");
        assertThat(map.personas())
                .singleElement()
                .satisfies(persona -> assertThat(persona.lanes())
                        .extracting(Lane::kind)
                        .containsExactlyElementsOf(LaneKind.NEW_PERSONA_LANES));
        assertThat(map.cardCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(BundledTemplate.class)
    void aNewMapFromATemplateHasTheSameContentWithFreshIds(BundledTemplate bundled) throws Exception {
        TemplateCatalog catalog = new TemplateCatalog(userFolder);
        JourneyMap template = read(bundled);
        JourneyMap fresh = catalog.newMap(bundled.id(), new IdGenerator(new Random(3)));
        assertThat(fresh.ids()).doesNotContainAnyElementsOf(template.ids());
        assertThat(fresh.cardCount()).isEqualTo(template.cardCount());
        assertThat(fresh.stages())
                .extracting(Stage::name)
                .containsExactlyElementsOf(
                        template.stages().stream().map(Stage::name).toList());
        assertThat(fresh.personas())
                .extracting(Persona::name)
                .containsExactlyElementsOf(
                        template.personas().stream().map(Persona::name).toList());
    }

    @ParameterizedTest
    @EnumSource(value = BundledTemplate.class, names = "BLANK", mode = EnumSource.Mode.EXCLUDE)
    void aNewMapKeepsTheTemplatesTitleAndDescriptionWhichAreItsContent(BundledTemplate bundled) throws Exception {
        JourneyMap template = read(bundled);
        JourneyMap fresh = new TemplateCatalog(userFolder).newMap(bundled.id(), new IdGenerator());
        assertThat(fresh.title()).isEqualTo(template.title());
        assertThat(fresh.description()).isEqualTo(template.description());
    }

    @Test
    void aNewMapFromTheBlankTemplateIsUntitledThoughTheCatalogStillNamesTheTemplate() throws Exception {
        TemplateCatalog catalog = new TemplateCatalog(userFolder);
        JourneyMap fresh = catalog.newMap(BundledTemplate.BLANK.id(), new IdGenerator());
        assertThat(fresh.title()).isEmpty();
        assertThat(fresh.description()).isEmpty();
        assertThat(catalog.find(BundledTemplate.BLANK.id()).orElseThrow()).satisfies(template -> {
            assertThat(template.name()).isEqualTo("Blank map");
            assertThat(template.description()).startsWith("One persona, the usual lanes");
        });
    }

    private JourneyMap read(BundledTemplate bundled) throws TemplateException {
        TemplateCatalog catalog = new TemplateCatalog(userFolder);
        return catalog.read(catalog.find(bundled.id()).orElseThrow());
    }

    private static List<Integer> scores(Persona persona) {
        return persona.lanes().stream()
                .filter(lane -> lane.kind() == LaneKind.EMOTIONS)
                .flatMap(lane -> lane.cards().stream())
                .map(Card::score)
                .toList();
    }

    private static boolean hasRiseAndFall(List<Integer> scores) {
        boolean rise = false;
        boolean fall = false;
        for (int i = 1; i < scores.size(); i++) {
            rise |= scores.get(i) > scores.get(i - 1);
            fall |= scores.get(i) < scores.get(i - 1);
        }
        return rise && fall;
    }

    private static String lastStage(JourneyMap map) {
        return map.stages().get(map.stages().size() - 1).name();
    }

    private static List<String> touchpointChannels(JourneyMap map) {
        return map.personas().stream()
                .flatMap(p -> p.lanes().stream())
                .filter(lane -> lane.kind() == LaneKind.TOUCHPOINTS)
                .flatMap(lane -> lane.cards().stream())
                .map(card -> card.channel().name())
                .toList();
    }
}
