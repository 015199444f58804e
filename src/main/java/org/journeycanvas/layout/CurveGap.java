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
        List<Moment> moments = new ArrayList<>();
        for (CellBox cell : lane.cells()) {
            for (CardBox box : cell.cards()) {
                moments.add(new Moment(scored.test(box.cardId()), box.futurePoint() != null));
            }
        }
        return areas(lane.curve(), lane.futureCurve(), moments);
    }

    /** Which of a lane's two series a moment is on, left to right. */
    public record Moment(boolean asIs, boolean toBe) {}

    /**
     * The gap between two curves through these points (a slide's part of a lane, say), given which series each
     * moment is on: the as-is points are those of the moments on it, in order, and likewise the to-be points.
     */
    public static List<List<CurveSegment>> areas(List<Point> asIsCurve, List<Point> toBeCurve, List<Moment> moments) {
        List<CurveSegment> asIs = EmotionCurve.through(asIsCurve);
        List<CurveSegment> toBe = EmotionCurve.through(toBeCurve);
        List<List<CurveSegment>> areas = new ArrayList<>();
        int asIsIndex = -1;
        int toBeIndex = -1;
        int runStartAsIs = -1;
        int runStartToBe = -1;
        int runLength = 0;
        for (Moment moment : moments) {
            asIsIndex += moment.asIs() ? 1 : 0;
            toBeIndex += moment.toBe() ? 1 : 0;
            if (moment.asIs() && moment.toBe()) {
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
