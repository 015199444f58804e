package org.journeycanvas.layout;

import java.util.List;
import org.journeycanvas.model.JourneyMap;

/**
 * The strips under the stage headers, top to bottom: the funnel of measured figures (when a stage has figures)
 * and the journey's health (when an emotion is scored); each can be switched off in the view options. They
 * belong to the header: a click on them is on the stage, and the screen pins them with the headers.
 *
 * @param funnel the funnel strip across the map, or null when not shown
 * @param health the health strip across the map, or null when not shown
 * @param bottom where the strips end and the personas start
 */
public record StageStrips(
        Rect funnel, Rect health, double bottom, List<FunnelStep> funnelSteps, List<StageHealth> stageHealth) {
    public static final double FUNNEL_HEIGHT = 50;
    public static final double HEALTH_HEIGHT = 26;

    public StageStrips {
        funnelSteps = List.copyOf(funnelSteps);
        stageHealth = List.copyOf(stageHealth);
    }

    /** No strips: the personas start right under the stage headers. */
    public static StageStrips none(LayoutStyle style) {
        return new StageStrips(null, null, style.stageHeaderHeight(), List.of(), List.of());
    }

    static StageStrips of(JourneyMap map, ViewOptions options, LayoutStyle style, double width) {
        double y = style.stageHeaderHeight();
        Rect funnel = null;
        List<FunnelStep> steps = List.of();
        if (options.showsFunnel() && FunnelStep.any(map.stages())) {
            funnel = new Rect(0, y, width, FUNNEL_HEIGHT);
            steps = FunnelStep.of(map.stages());
            y = funnel.maxY();
        }
        Rect health = null;
        List<StageHealth> stageHealth = List.of();
        if (options.showsHealth()) {
            List<StageHealth> measured = StageHealth.of(map, options);
            if (StageHealth.hasEmotions(measured)) {
                health = new Rect(0, y, width, HEALTH_HEIGHT);
                stageHealth = measured;
                y = health.maxY();
            }
        }
        return new StageStrips(funnel, health, y, steps, stageHealth);
    }
}
