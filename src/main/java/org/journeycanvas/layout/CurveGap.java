package org.journeycanvas.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The gap between an emotion lane's as-is and to-be curves, as closed outlines to shade: one for each run of
 * neighbouring moments that have both scores. Each outline follows the as-is curve left to right and the to-be
 * curve back, through the very segments the two curves are drawn with, so the shading meets both lines exactly.
 */
public final class CurveGap {
    private CurveGap() {}

    /**
     * @param scored whether a card (by id) has an as-is score, that is a point on {@link LaneRow#curve()}
     */
    public static List<List<CurveSegment>> areas(LaneRow lane, Predicate<String> scored) {
        List<CurveSegment> asIs = EmotionCurve.through(lane.curve());
        List<CurveSegment> toBe = EmotionCurve.through(lane.futureCurve());
        List<List<CurveSegment>> areas = new ArrayList<>();
        int asIsIndex = -1;
        int toBeIndex = -1;
        int runStartAsIs = -1;
        int runStartToBe = -1;
        int runLength = 0;
        for (CellBox cell : lane.cells()) {
            for (CardBox box : cell.cards()) {
                boolean hasAsIs = scored.test(box.cardId());
                boolean hasToBe = box.futurePoint() != null;
                asIsIndex += hasAsIs ? 1 : 0;
                toBeIndex += hasToBe ? 1 : 0;
                if (hasAsIs && hasToBe) {
                    if (runLength == 0) {
                        runStartAsIs = asIsIndex;
                        runStartToBe = toBeIndex;
                    }
                    runLength++;
                    continue;
                }
                addArea(areas, asIs, toBe, runStartAsIs, runStartToBe, runLength);
                runLength = 0;
            }
        }
        addArea(areas, asIs, toBe, runStartAsIs, runStartToBe, runLength);
        return areas;
    }

    private static void addArea(
            List<List<CurveSegment>> areas,
            List<CurveSegment> asIs,
            List<CurveSegment> toBe,
            int asIsStart,
            int toBeStart,
            int moments) {
        if (moments < 2) {
            return;
        }
        List<CurveSegment> outline = new ArrayList<>(asIs.subList(asIsStart, asIsStart + moments - 1));
        for (int i = toBeStart + moments - 2; i >= toBeStart; i--) {
            CurveSegment forward = toBe.get(i);
            outline.add(new CurveSegment(forward.end(), forward.control2(), forward.control1(), forward.start()));
        }
        areas.add(outline);
    }
}
