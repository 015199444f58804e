package org.journeycanvas.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.FileLimits;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Channel;
import org.journeycanvas.model.IdGenerator;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Spaces;
import org.journeycanvas.model.Stage;

/**
 * The map a table makes, while its rows are read: stages and personas in the order they first appear, each
 * persona's lanes in the usual kind order, cards in row order. Mutable, so that 100,000 rows cost one pass; the
 * immutable map is made once at the end. It refuses what would break the map's limits ({@link FileLimits}).
 */
final class MapDraft {
    private static final String[] KIND_KEYS =
            Arrays.stream(LaneKind.values()).map(kind -> "kind " + kind.name()).toArray(String[]::new);

    private final FileLimits limits;
    private final IdGenerator ids;
    private final Set<String> taken = new HashSet<>();
    private final Map<String, Stage> stages = new LinkedHashMap<>();
    private final Map<String, PersonaDraft> personas = new LinkedHashMap<>();
    private final Map<String, String> nameKeys = new HashMap<>();
    private int cards;

    MapDraft(FileLimits limits, IdGenerator ids) {
        this.limits = limits;
        this.ids = ids;
    }

    /**
     * Why a card in this persona, stage and lane cannot be added (a limit of the map), or null when it can.
     * Checked before anything is added, so that a refused row leaves no empty persona, stage or lane behind.
     */
    String refusal(String persona, String stage, String laneKey) {
        if (cards >= limits.maxCards()) {
            return Messages.get("import.build.tooManyCards", limits.maxCards());
        }
        if (!stages.containsKey(key(stage)) && stages.size() >= limits.maxStages()) {
            return Messages.get("import.build.tooManyStages", limits.maxStages());
        }
        PersonaDraft found = personas.get(key(persona));
        if (found == null && personas.size() >= limits.maxPersonas()) {
            return Messages.get("import.build.tooManyPersonas", limits.maxPersonas());
        }
        int lanes = found == null ? 0 : found.lanes.size();
        boolean newLane = found == null || !found.lanes.containsKey(laneKey);
        if (newLane && lanes >= limits.maxLanesPerPersona()) {
            return Messages.get("import.build.tooManyLanes", limits.maxLanesPerPersona(), persona);
        }
        return null;
    }

    /** What a row puts on its card. */
    record CardContent(String text, String note, Channel channel, Integer score, List<String> tags) {}

    /**
     * Adds a card to the persona, stage and lane named, making those that are new; a new lane takes the kind and
     * title given.
     */
    void add(String persona, String stage, String laneKey, LaneKind kind, String laneTitle, CardContent card) {
        Stage column = stages.computeIfAbsent(key(stage), key -> Stage.of(ids.take(taken), stage));
        PersonaDraft band = personas.computeIfAbsent(key(persona), key -> new PersonaDraft(ids.take(taken), persona));
        LaneDraft lane = band.lanes.computeIfAbsent(laneKey, key -> new LaneDraft(ids.take(taken), kind, laneTitle));
        lane.cards.add(new Card(
                ids.take(taken),
                column.id(),
                card.text(),
                card.note(),
                lane.kind == LaneKind.TOUCHPOINTS ? card.channel() : null,
                lane.kind == LaneKind.EMOTIONS ? card.score() : null,
                null,
                card.tags()));
        cards++;
    }

    JourneyMap toMap(String title) {
        List<Persona> bands = new ArrayList<>(personas.size());
        for (PersonaDraft persona : personas.values()) {
            List<Lane> lanes = new ArrayList<>();
            for (LaneDraft lane : persona.lanes.values()) {
                int index = 0;
                for (int i = 0; i < lanes.size(); i++) {
                    if (lanes.get(i).kind().ordinal() <= lane.kind.ordinal()) {
                        index = i + 1;
                    }
                }
                lanes.add(index, new Lane(lane.id, lane.kind, lane.title, lane.cards));
            }
            bands.add(Persona.of(persona.id, persona.name, lanes));
        }
        return new JourneyMap(ids.take(taken), title, "", List.copyOf(stages.values()), bands);
    }

    /** A name's key, worked out once: most rows repeat the names of others. */
    private String key(String name) {
        return nameKeys.computeIfAbsent(name, MapDraft::nameKey);
    }

    /** Stages and personas are the same when their names differ only in case and spacing. */
    static String nameKey(String name) {
        return Spaces.collapsed(name).toLowerCase(Locale.ROOT);
    }

    /** The lane of a kind the table named by one of the kind's names: one such lane per kind and persona. */
    static String laneKey(LaneKind kind) {
        return KIND_KEYS[kind.ordinal()];
    }

    /** Any other lane: the same when titles differ only in case, accents, spacing or punctuation. */
    static String laneKey(String title) {
        String key = LocalizedWords.normalized(title);
        return "title " + (key.isEmpty() ? nameKey(title) : key);
    }

    private static final class PersonaDraft {
        final String id;
        final String name;
        final Map<String, LaneDraft> lanes = new LinkedHashMap<>();

        PersonaDraft(String id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    private static final class LaneDraft {
        final String id;
        final LaneKind kind;
        final String title;
        final List<Card> cards = new ArrayList<>();

        LaneDraft(String id, LaneKind kind, String title) {
            this.id = id;
            this.kind = kind;
            this.title = title;
        }
    }
}
