package org.journeycanvas.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Makes large maps for benchmarks and tests: personas × 8 lanes × stages, the cards spread evenly over the
 * cells, with text of realistic length. The same seed always gives the same map.
 */
public final class MapGenerator {
    /** The reference map of the performance targets: 6 personas × 8 lanes × 24 stages, 4,000 cards. */
    public static JourneyMap reference() {
        return generate(6, 24, 4_000, 1);
    }

    private static final String[] WORDS = ("customer reads a long review about pricing and support before calling "
                    + "sales again after the demo with the team lead who asks for references")
            .split(" ");

    /**
     * The customer's lanes without the storyboard: the maps benchmarks have measured since before the service
     * blueprint's lanes and the storyboard's pictures.
     */
    private static final List<LaneKind> KINDS = Arrays.stream(LaneKind.values())
            .filter(kind -> kind != LaneKind.STORYBOARD && !LaneKind.BLUEPRINT_LANES.contains(kind))
            .toList();

    private MapGenerator() {}

    public static JourneyMap generate(int personas, int stages, int cards, long seed) {
        Random random = new Random(seed);
        IdGenerator ids = new IdGenerator(random);
        Set<String> taken = new HashSet<>();
        List<Stage> stageList = new ArrayList<>();
        for (int s = 0; s < stages; s++) {
            stageList.add(Stage.of(ids.take(taken), "Stage " + (s + 1)));
        }
        int cells = personas * KINDS.size() * stages;
        List<Persona> personaList = new ArrayList<>();
        int made = 0;
        for (int p = 0; p < personas; p++) {
            List<Lane> lanes = new ArrayList<>();
            for (LaneKind kind : KINDS) {
                List<Card> laneCards = new ArrayList<>();
                for (int s = 0; s < stages; s++) {
                    Stage stage = stageList.get(s);
                    int cellIndex = (p * KINDS.size() + KINDS.indexOf(kind)) * stages + s;
                    int inCell = (int) ((long) cards * (cellIndex + 1) / cells - (long) cards * cellIndex / cells);
                    for (int i = 0; i < inCell && made < cards; i++, made++) {
                        Card card = Card.of(ids.take(taken), stage.id(), sentence(random));
                        if (kind == LaneKind.EMOTIONS) {
                            card = card.withScore(random.nextInt(5) - 2);
                        } else if (kind == LaneKind.TOUCHPOINTS) {
                            card = card.withChannel(Channel.values()[random.nextInt(Channel.values().length)]);
                        }
                        laneCards.add(card);
                    }
                }
                lanes.add(new Lane(ids.take(taken), kind, kind.title(), laneCards));
            }
            personaList.add(Persona.of(ids.take(taken), "Persona " + (p + 1), lanes));
        }
        return new JourneyMap(ids.take(taken), "Large map", "", stageList, personaList);
    }

    private static String sentence(Random random) {
        StringBuilder text = new StringBuilder();
        int words = 4 + random.nextInt(14);
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
