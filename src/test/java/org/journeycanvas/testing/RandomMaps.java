package org.journeycanvas.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Channel;
import org.journeycanvas.model.IdGenerator;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/** Valid maps made from a seed, with text meant to trip a file format up: quotes, escapes, scripts, emoji. */
public final class RandomMaps {
    private static final String[] PIECES = {
        "", "a", "Awareness", " ", "  ", "\"", "\\", "/", "\n", "\r\n", "\t", "\u0000", "\u001f", "é", "ß", "日本語",
        "العربية", "😀", "👩‍💼", "<b>", "=SUM(A1)", "+1", "-2", "@x", "{\"json\": true}", "null", "\u2028", "\uFEFF"
    };

    private final Random random;
    private final IdGenerator ids;
    private final Set<String> taken = new HashSet<>();

    public RandomMaps(long seed) {
        this.random = new Random(seed);
        this.ids = new IdGenerator(new Random(seed ^ 0x5DEECE66DL));
    }

    public JourneyMap next() {
        List<Stage> stages = new ArrayList<>();
        int stageCount = random.nextInt(6);
        for (int i = 0; i < stageCount; i++) {
            stages.add(new Stage(id(), text(), text(), color()));
        }
        List<Persona> personas = new ArrayList<>();
        int personaCount = random.nextInt(4);
        for (int i = 0; i < personaCount; i++) {
            personas.add(persona(stages));
        }
        return new JourneyMap(id(), text(), text(), stages, personas);
    }

    private Persona persona(List<Stage> stages) {
        List<Lane> lanes = new ArrayList<>();
        int laneCount = random.nextInt(5);
        for (int i = 0; i < laneCount; i++) {
            LaneKind kind = LaneKind.values()[random.nextInt(LaneKind.values().length)];
            List<Card> cards = new ArrayList<>();
            int cardCount = stages.isEmpty() ? 0 : random.nextInt(8);
            for (int c = 0; c < cardCount; c++) {
                cards.add(card(kind, stages.get(random.nextInt(stages.size())).id()));
            }
            lanes.add(new Lane(id(), kind, text(), cards));
        }
        String photo = random.nextInt(4) == 0 ? "data:image/png;base64,iVBORw0KGgo=" : null;
        return new Persona(id(), text(), text(), text(), text(), texts(), color(), photo, lanes);
    }

    private Card card(LaneKind kind, String stageId) {
        Channel channel = kind == LaneKind.TOUCHPOINTS && random.nextBoolean()
                ? Channel.values()[random.nextInt(Channel.values().length)]
                : null;
        Integer score = kind == LaneKind.EMOTIONS && random.nextInt(5) > 0
                ? random.nextInt(Card.MAX_SCORE - Card.MIN_SCORE + 1) + Card.MIN_SCORE
                : null;
        return new Card(id(), stageId, text(), text(), channel, score, color(), texts());
    }

    private String id() {
        return ids.take(taken);
    }

    private String text() {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(4);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    private List<String> texts() {
        List<String> texts = new ArrayList<>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            texts.add(text());
        }
        return texts;
    }

    private String color() {
        return random.nextBoolean() ? null : String.format("#%06X", random.nextInt(0x1000000));
    }

    /** Makes an id that is not yet in the map, for tests that add elements. */
    public String freshId() {
        return id();
    }

    public Random random() {
        return random;
    }
}
