package org.journeycanvas.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Channel;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.ConnectorStyle;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Opportunity;
import org.journeycanvas.model.OpportunityStatus;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;
import org.journeycanvas.model.StageFigures;
import org.journeycanvas.model.TimeSpent;

/**
 * Valid maps for property tests, built from jqwik arbitraries so that a failing map shrinks to a small one: every
 * lane kind, channels, scores, photos, colours, and text meant to trip a file format up (quotes, escapes, control
 * characters, scripts, emoji, any character at all, long runs).
 *
 * <p>Elements are drawn without ids and numbered once the map is put together ({@code s0}, {@code p1}, {@code l1},
 * {@code c1}, …), so ids are unique however the parts shrink; a card is drawn with the number of its stage, taken
 * modulo the stages there are.
 */
public final class MapArbitraries {
    private static final String[] PIECES = {
        "",
        "a",
        "Awareness",
        " ",
        "  ",
        "\"",
        "\\",
        "/",
        "\n",
        "\r\n",
        "\t",
        "\u0000",
        "\u001f",
        "é",
        "ß",
        "日本語",
        "العربية",
        "😀",
        "👩‍💼",
        "<b>",
        "=SUM(A1)",
        "+1",
        "-2",
        "@x",
        "{\"json\": true}",
        "null",
        "\u2028",
        "\uFEFF"
    };
    private static final String[] PHOTOS = {"data:image/png;base64,iVBORw0KGgo=", "data:image/jpeg;base64,/9j/4AAQ"};
    /** The id every element is drawn with, until the map numbers them. */
    private static final String UNNUMBERED = "x";

    private static final int MAX_STAGES = 5;

    private MapArbitraries() {}

    /**
     * Maps of up to five stages and three personas, each of up to four lanes of up to seven cards, every count equally
     * likely. Without jqwik's edge cases: combined over so many parts they made half the maps empty.
     */
    public static Arbitrary<JourneyMap> maps() {
        return Combinators.combine(texts(), texts(), upTo(MAX_STAGES, stages()), upTo(3, personas()))
                .as(MapArbitraries::numbered)
                .withoutEdgeCases();
    }

    /** Short text made of awkward pieces mostly, sometimes any characters at all, now and then a long run. */
    private static Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of(PIECES).list().ofMaxSize(3).map(list -> String.join("", list));
        Arbitrary<String> anyCharacters = Arbitraries.strings().all().ofMaxLength(12);
        Arbitrary<String> longRuns =
                Arbitraries.strings().all().ofMinLength(200).ofMaxLength(2000);
        return Arbitraries.frequencyOf(Tuple.of(30, pieces), Tuple.of(6, anyCharacters), Tuple.of(1, longRuns));
    }

    private static Arbitrary<Stage> stages() {
        return Combinators.combine(texts(), texts(), colors(), figures())
                .as((name, description, color, figures) -> new Stage(UNNUMBERED, name, description, color, figures));
    }

    /** Mostly none, else any mix of known and unknown figures, fractions and the ends of each range included. */
    private static Arbitrary<StageFigures> figures() {
        Arbitrary<Double> percent = Arbitraries.doubles().between(0, 100).injectNull(0.3);
        Arbitrary<TimeSpent> time = Combinators.combine(
                        Arbitraries.doubles().between(0, 1e6), Arbitraries.of(TimeSpent.Unit.class))
                .as(TimeSpent::new)
                .injectNull(0.3);
        Arbitrary<StageFigures> some = Combinators.combine(
                        Arbitraries.longs().between(0, Long.MAX_VALUE).injectNull(0.3),
                        percent,
                        percent,
                        Arbitraries.doubles().between(-100, 100).injectNull(0.3),
                        time)
                .as(StageFigures::new);
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(StageFigures.NONE)), Tuple.of(1, some));
    }

    private static Arbitrary<Persona> personas() {
        return Combinators.combine(
                        texts(),
                        texts(),
                        texts(),
                        texts(),
                        texts().list().ofMaxSize(2),
                        colors(),
                        Arbitraries.of(PHOTOS).injectNull(0.75),
                        upTo(4, lanes()))
                .as((name, role, quote, description, goals, color, photo, lanes) ->
                        new Persona(UNNUMBERED, name, role, quote, description, goals, color, photo, lanes));
    }

    private static Arbitrary<Lane> lanes() {
        return Combinators.combine(Arbitraries.of(LaneKind.class), texts(), upTo(7, cards()))
                .as((kind, title, cards) -> new Lane(
                        UNNUMBERED,
                        kind,
                        title,
                        cards.stream().map(card -> card.adaptedTo(kind)).toList()));
    }

    /**
     * Cards with any channel, score and picture: the lane keeps only what its kind holds (touchpoints, emotions,
     * storyboard).
     */
    private static Arbitrary<Card> cards() {
        return Combinators.combine(plainCards(), futureScores(), opportunities())
                .as((card, futureScore, opportunity) ->
                        card.withFutureScore(futureScore).withOpportunity(opportunity));
    }

    private static Arbitrary<Integer> futureScores() {
        return Arbitraries.integers().between(Card.MIN_SCORE, Card.MAX_SCORE).injectNull(0.4);
    }

    /** Rankings without links: the map links its opportunities to its pain points once it is numbered. */
    private static Arbitrary<Opportunity> opportunities() {
        Arbitrary<Integer> ratings = Arbitraries.integers()
                .between(Opportunity.MIN_RATING, Opportunity.MAX_RATING)
                .injectNull(0.2);
        return Combinators.combine(ratings, ratings, texts(), Arbitraries.of(OpportunityStatus.class))
                .as((impact, effort, owner, status) -> new Opportunity(impact, effort, owner, status, List.of()))
                .injectNull(0.3);
    }

    private static Arbitrary<Card> plainCards() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, MAX_STAGES - 1),
                        texts(),
                        texts(),
                        Arbitraries.of(Channel.class).injectNull(0.5),
                        Arbitraries.integers()
                                .between(Card.MIN_SCORE, Card.MAX_SCORE)
                                .injectNull(0.2),
                        colors(),
                        texts().list().ofMaxSize(2),
                        Arbitraries.of(PHOTOS).injectNull(0.5))
                .as((stage, text, note, channel, score, color, tags, picture) ->
                        new Card(UNNUMBERED, stageId(stage), text, note, channel, score, color, tags, picture));
    }

    private static <T> Arbitrary<List<T>> upTo(int most, Arbitrary<T> elements) {
        return elements.list().ofMaxSize(most).withSizeDistribution(RandomDistribution.uniform());
    }

    private static Arbitrary<String> colors() {
        return Arbitraries.integers()
                .between(0, 0xFFFFFF)
                .map(rgb -> String.format(Locale.ROOT, "#%06X", rgb))
                .injectNull(0.5);
    }

    /** The map with its elements numbered and each card at the stage its number picks; no stages, no cards. */
    private static JourneyMap numbered(
            String title, String description, List<Stage> drawnStages, List<Persona> drawnPersonas) {
        List<Stage> stages = new ArrayList<>();
        for (Stage stage : drawnStages) {
            stages.add(stage.withId(stageId(stages.size())));
        }
        int lanes = 0;
        int cards = 0;
        List<Persona> personas = new ArrayList<>();
        for (Persona persona : drawnPersonas) {
            List<Lane> numberedLanes = new ArrayList<>();
            for (Lane lane : persona.lanes()) {
                List<Card> numberedCards = new ArrayList<>();
                for (Card card : stages.isEmpty() ? List.<Card>of() : lane.cards()) {
                    int stage = Integer.parseInt(card.stageId().substring(1)) % stages.size();
                    numberedCards.add(new Card(
                            "c" + ++cards,
                            stageId(stage),
                            card.text(),
                            card.note(),
                            card.channel(),
                            card.score(),
                            card.color(),
                            card.tags(),
                            card.picture(),
                            card.futureScore(),
                            card.opportunity()));
                }
                numberedLanes.add(new Lane("l" + ++lanes, lane.kind(), lane.title(), numberedCards));
            }
            personas.add(new Persona(
                    "p" + (personas.size() + 1),
                    persona.name(),
                    persona.role(),
                    persona.quote(),
                    persona.description(),
                    persona.goals(),
                    persona.color(),
                    persona.photo(),
                    numberedLanes));
        }
        List<Persona> linked = linkedToPainPoints(personas);
        return new JourneyMap("m1", title, description, stages, linked, connectors(linked, cards));
    }

    /** Each ranked opportunity addresses the map's first pain point, if it has one. */
    private static List<Persona> linkedToPainPoints(List<Persona> personas) {
        String painPoint = personas.stream()
                .flatMap(persona -> persona.lanes().stream())
                .filter(lane -> lane.kind() == LaneKind.PAIN_POINTS)
                .flatMap(lane -> lane.cards().stream())
                .map(Card::id)
                .findFirst()
                .orElse(null);
        if (painPoint == null) {
            return personas;
        }
        return personas.stream()
                .map(persona -> persona.withLanesMapped(lane -> lane.withCardsMapped(card -> card.opportunity() == null
                        ? card
                        : card.withOpportunity(card.opportunity().withAddresses(List.of(painPoint))))))
                .toList();
    }

    /** A connector from every third card to the next one, labelled with the note it starts at (any text). */
    private static List<Connector> connectors(List<Persona> personas, int cards) {
        List<Connector> connectors = new ArrayList<>();
        for (int k = 3; k < cards; k += 3) {
            String from = "c" + k;
            String label = personas.stream()
                    .flatMap(persona -> persona.lanes().stream())
                    .flatMap(lane -> lane.cards().stream())
                    .filter(card -> card.id().equals(from))
                    .findFirst()
                    .map(Card::note)
                    .orElse("");
            connectors.add(new Connector(
                    "k" + k, from, "c" + (k + 1), label, k % 2 == 0 ? ConnectorStyle.DASHED : ConnectorStyle.SOLID));
        }
        return connectors;
    }

    private static String stageId(int index) {
        return "s" + index;
    }
}
