package org.journeycanvas.layout;

/** The sizes the layout works with, in map units (pixels at 100% zoom). */
public record LayoutStyle(
        double laneLabelWidth,
        double stageWidth,
        double stageHeaderHeight,
        double personaHeaderHeight,
        double personaGap,
        double cellPadding,
        double cardGap,
        double cardPadding,
        double channelIconSize,
        double minLaneHeight,
        double emotionLevelSpacing,
        double emotionPlotPadding,
        int maxCardLines,
        int maxStageNameLines) {
    public static final LayoutStyle DEFAULT = new LayoutStyle(184, 248, 60, 46, 16, 8, 6, 8, 18, 56, 34, 24, 12, 2);

    /** The height of an emotion lane: five score levels, -2 to +2, with room above and below. */
    public double emotionLaneHeight() {
        return 2 * emotionPlotPadding + (4 * emotionLevelSpacing);
    }
}
