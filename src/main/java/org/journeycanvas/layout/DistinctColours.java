package org.journeycanvas.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/**
 * The colour each persona or stage is shown in wherever several stand side by side (the opportunity matrix, the
 * persona comparison and their exports), so that one persona has one colour in every view and no two share one.
 */
public final class DistinctColours {
    /** Colours for elements without one of their own, or whose colour an earlier element already shows. */
    public static final List<String> PALETTE = List.of(
            "#4E79A7", "#F28E2B", "#E15759", "#59A14F", "#B07AA1", "#76B7B2", "#EDC948", "#9C755F", "#FF9DA7",
            "#BAB0AC");

    private DistinctColours() {}

    /** Each persona's colour ({@code #RRGGBB}), in the map's order. */
    public static List<String> ofPersonas(List<Persona> personas) {
        return choose(personas.stream().map(Persona::color).toList());
    }

    /** Each stage's colour ({@code #RRGGBB}), in the map's order. */
    public static List<String> ofStages(List<Stage> stages) {
        return choose(stages.stream().map(Stage::color).toList());
    }

    /**
     * Each element's own colour, unless an earlier element already shows it or it has none; then the first palette
     * colour no element uses (the palette repeats when there are more elements than colours).
     *
     * @param own each element's own colour, null where it has none
     */
    static List<String> choose(List<String> own) {
        Set<String> owned = new HashSet<>();
        for (String color : own) {
            if (color != null) {
                owned.add(color.toUpperCase(Locale.ROOT));
            }
        }
        Set<String> taken = new HashSet<>();
        List<String> colors = new ArrayList<>();
        int next = 0;
        for (String each : own) {
            String color = each == null ? null : each.toUpperCase(Locale.ROOT);
            if (color == null || taken.contains(color)) {
                color = null;
                for (int tries = 0; tries < PALETTE.size() && color == null; tries++) {
                    String candidate = PALETTE.get(next++ % PALETTE.size());
                    if (!owned.contains(candidate) && !taken.contains(candidate)) {
                        color = candidate;
                    }
                }
                if (color == null) {
                    color = PALETTE.get(next++ % PALETTE.size());
                }
            }
            taken.add(color);
            colors.add(color);
        }
        return colors;
    }
}
