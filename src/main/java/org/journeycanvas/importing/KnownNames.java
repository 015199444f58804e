package org.journeycanvas.importing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.journeycanvas.model.Channel;
import org.journeycanvas.model.LaneKind;

/**
 * Lane kinds and channels found by the names a table gives them, in any interface language: the constant's
 * name ({@code PAIN_POINTS}), and for a kind its lane title, card name and lane name ("Schmerzpunkte",
 * "Irritant"), for a channel its label ("E-Mail"). Compared {@link LocalizedWords#normalized}.
 */
final class KnownNames {
    private static final Map<String, LaneKind> LANE_KINDS = laneKinds();
    private static final Map<String, Channel> CHANNELS = channels();

    private KnownNames() {}

    static Optional<LaneKind> laneKind(String name) {
        return Optional.ofNullable(LANE_KINDS.get(LocalizedWords.normalized(name)));
    }

    static Optional<Channel> channel(String name) {
        return Optional.ofNullable(CHANNELS.get(LocalizedWords.normalized(name)));
    }

    /** Whether a name is a lane kind's constant as the app's own files write it ({@code PAIN_POINTS}). */
    static boolean isConstantName(String name) {
        for (LaneKind kind : LaneKind.values()) {
            if (kind.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, LaneKind> laneKinds() {
        Map<String, LaneKind> names = new HashMap<>();
        for (LaneKind kind : LaneKind.values()) {
            names.putIfAbsent(LocalizedWords.normalized(kind.name()), kind);
        }
        // Titles before card names: a word that is one kind's title and another's card name means the lane.
        for (String form : new String[] {".title", ".card", ".lane"}) {
            for (LaneKind kind : LaneKind.values()) {
                for (String text : LocalizedWords.texts("laneKind." + kind.name() + form)) {
                    names.putIfAbsent(LocalizedWords.normalized(text), kind);
                }
            }
        }
        names.remove("");
        return Map.copyOf(names);
    }

    private static Map<String, Channel> channels() {
        Map<String, Channel> names = new HashMap<>();
        for (Channel channel : Channel.values()) {
            names.putIfAbsent(LocalizedWords.normalized(channel.name()), channel);
        }
        for (Channel channel : Channel.values()) {
            for (String text : LocalizedWords.texts("channel." + channel.name())) {
                names.putIfAbsent(LocalizedWords.normalized(text), channel);
            }
        }
        names.remove("");
        return Map.copyOf(names);
    }
}
