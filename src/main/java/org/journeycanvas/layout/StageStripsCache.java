package org.journeycanvas.layout;

import java.util.List;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.Stage;

/**
 * The strips of the last layout, kept while what they show is the same: the same stages and view options, and
 * the same lane objects among those the health counts. Counting every emotion, pain point and opportunity again
 * after each edit of a large map cost a third of a millisecond, for an edit that seldom touches them.
 */
final class StageStripsCache {
    private final LayoutStyle style;
    private List<Stage> stages;
    private ViewOptions options;
    private List<Lane> countedLanes;
    private StageStrips strips;

    StageStripsCache(LayoutStyle style) {
        this.style = style;
    }

    StageStrips strips(JourneyMap map, ViewOptions viewOptions, double width) {
        List<Lane> counted = StageHealth.countedLanes(map, viewOptions);
        if (strips == null
                || map.stages() != stages
                || !viewOptions.equals(options)
                || !sameObjects(counted, countedLanes)) {
            strips = StageStrips.of(map, viewOptions, style, width);
            stages = map.stages();
            options = viewOptions;
            countedLanes = counted;
        }
        return strips;
    }

    private static boolean sameObjects(List<Lane> these, List<Lane> those) {
        if (these.size() != those.size()) {
            return false;
        }
        for (int i = 0; i < these.size(); i++) {
            if (these.get(i) != those.get(i)) {
                return false;
            }
        }
        return true;
    }
}
