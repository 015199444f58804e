package org.journeycanvas.io;

import java.util.Optional;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Persona;

/**
 * How much a map file may hold. They keep a hostile or broken file from exhausting memory or time; each is
 * far above what a real map needs (the largest benchmark map has 16,000 cards).
 */
public record FileLimits(
        long maxFileBytes,
        int maxTextLength,
        int maxPhotoLength,
        int maxNestingDepth,
        int maxStages,
        int maxPersonas,
        int maxLanesPerPersona,
        int maxCards,
        int maxListItems) {
    public static final FileLimits DEFAULT =
            new FileLimits(50L * 1024 * 1024, 20_000, 2_000_000, 32, 1_000, 200, 100, 200_000, 200);

    /**
     * What a map breaks of these limits, said in one message, or empty when it keeps them all. Checked before
     * content is added to a map, so that no map is saved that the app would refuse to open.
     */
    public Optional<String> exceededBy(JourneyMap map) {
        if (map.stages().size() > maxStages) {
            return Optional.of(
                    Messages.get("limits.exceeded.stages", map.stages().size(), maxStages));
        }
        if (map.personas().size() > maxPersonas) {
            return Optional.of(
                    Messages.get("limits.exceeded.personas", map.personas().size(), maxPersonas));
        }
        for (Persona persona : map.personas()) {
            if (persona.lanes().size() > maxLanesPerPersona) {
                return Optional.of(Messages.get(
                        "limits.exceeded.lanes", persona.name(), persona.lanes().size(), maxLanesPerPersona));
            }
        }
        if (map.cardCount() > maxCards) {
            return Optional.of(Messages.get("limits.exceeded.cards", map.cardCount(), maxCards));
        }
        return Optional.empty();
    }
}
