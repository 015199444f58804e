package org.journeycanvas.render;

import java.util.List;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.layout.FunnelStep;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.StageColumn;
import org.journeycanvas.layout.StageHealth;
import org.journeycanvas.layout.StageStrips;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.MapIndex;

/**
 * The strips under the stage headers. The funnel: per stage a bar as long as its share of the most people any
 * stage had, the people entering on it, satisfaction and time below, and the drop-off to the next stage at the
 * column's right edge. The health: per stage the lowest emotion as a coloured point, and the numbers of pain
 * points and opportunities beside their lanes' icons.
 */
final class StageStripPainter {
    private static final double PADDING = 8;
    private static final double BAR_TOP = 7;
    private static final double BAR_HEIGHT = 20;
    /** Room kept at a column's right edge for its drop-off ("−38.5%"). */
    private static final double DROP_OFF_ROOM = 58;

    private static final double ICON_SIZE = 14;

    private final MapTheme theme;

    StageStripPainter(MapTheme theme) {
        this.theme = theme;
    }

    void paint(MapGeometry geometry, MapIndex index, Rect visible, Surface surface) {
        StageStrips strips = geometry.strips();
        if (strips.funnel() != null && strips.funnel().intersects(visible)) {
            paintFunnel(geometry, index, strips.funnel(), strips.funnelSteps(), visible, surface);
        }
        if (strips.health() != null && strips.health().intersects(visible)) {
            paintHealth(geometry, strips.health(), strips.stageHealth(), visible, surface);
        }
    }

    private void paintFunnel(
            MapGeometry geometry, MapIndex index, Rect strip, List<FunnelStep> steps, Rect visible, Surface surface) {
        paintStrip(geometry, strip, Messages.get("figures.strip.funnel"), surface);
        long most = steps.stream()
                .filter(step -> step.figures().entered() != null)
                .mapToLong(step -> step.figures().entered())
                .max()
                .orElse(0);
        for (StageColumn column : geometry.stages()) {
            Rect cell = new Rect(column.column().x(), strip.y(), column.column().width(), strip.height());
            if (!cell.intersects(visible) || column.index() >= steps.size()) {
                continue;
            }
            FunnelStep step = steps.get(column.index());
            double barWidth = cell.width() - 2 * PADDING - DROP_OFF_ROOM;
            double top = cell.y() + BAR_TOP;
            Long entered = step.figures().entered();
            if (entered != null) {
                surface.fillRoundRect(new Rect(cell.x() + PADDING, top, barWidth, BAR_HEIGHT), 4, theme.gridLine());
                double share = most == 0 ? 0 : (double) entered / most;
                if (entered > 0) {
                    Rect bar = new Rect(cell.x() + PADDING, top, Math.max(4, barWidth * share), BAR_HEIGHT);
                    surface.fillRoundRect(
                            bar, 4, barColor(index.stage(step.stageId()).color()));
                }
                surface.text(
                        FigureTexts.entered(entered),
                        cell.x() + PADDING + 6,
                        MapPainter.baseline(
                                top + (BAR_HEIGHT - TextStyle.LANE_TITLE.lineHeight()) / 2, TextStyle.LANE_TITLE),
                        TextStyle.LANE_TITLE,
                        theme.text());
            }
            if (step.dropOffToNext() != null) {
                surface.text(
                        FigureTexts.dropOff(step.dropOffToNext()),
                        cell.maxX() - DROP_OFF_ROOM + 2,
                        MapPainter.baseline(
                                top + (BAR_HEIGHT - TextStyle.LANE_TITLE.lineHeight()) / 2, TextStyle.LANE_TITLE),
                        TextStyle.LANE_TITLE,
                        MapPainter.scoreColor(-2).mix(theme.text(), 0.25));
            }
            String details = FigureTexts.details(step.figures());
            if (!details.isEmpty()) {
                surface.text(
                        details,
                        cell.x() + PADDING,
                        MapPainter.baseline(top + BAR_HEIGHT + 3, TextStyle.EMOTION_LABEL),
                        TextStyle.EMOTION_LABEL,
                        theme.mutedText());
            }
        }
    }

    private void paintHealth(
            MapGeometry geometry, Rect strip, List<StageHealth> health, Rect visible, Surface surface) {
        paintStrip(geometry, strip, Messages.get("figures.strip.health"), surface);
        double middle = strip.centerY();
        double baseline =
                MapPainter.baseline(middle - TextStyle.EMOTION_LABEL.lineHeight() / 2, TextStyle.EMOTION_LABEL);
        for (StageColumn column : geometry.stages()) {
            Rect cell = new Rect(column.column().x(), strip.y(), column.column().width(), strip.height());
            if (!cell.intersects(visible) || column.index() >= health.size()) {
                continue;
            }
            StageHealth stage = health.get(column.index());
            double x = cell.x() + PADDING + 6;
            if (stage.lowestScore() == null) {
                surface.strokeCircle(x, middle, 6, theme.mutedText(), 1.5);
            } else {
                surface.fillCircle(x, middle, 6, MapPainter.scoreColor(stage.lowestScore()));
                surface.text(
                        FigureTexts.score(stage.lowestScore()),
                        x + 10,
                        baseline,
                        TextStyle.EMOTION_LABEL,
                        theme.text());
            }
            x = cell.x() + PADDING + 48;
            surface.icon(Icons.laneKind(LaneKind.PAIN_POINTS), x, middle - ICON_SIZE / 2, ICON_SIZE, theme.mutedText());
            surface.text(
                    String.valueOf(stage.painPoints()),
                    x + ICON_SIZE + 3,
                    baseline,
                    TextStyle.EMOTION_LABEL,
                    theme.text());
            x += 52;
            surface.icon(
                    Icons.laneKind(LaneKind.OPPORTUNITIES), x, middle - ICON_SIZE / 2, ICON_SIZE, theme.mutedText());
            surface.text(
                    String.valueOf(stage.openOpportunities()),
                    x + ICON_SIZE + 3,
                    baseline,
                    TextStyle.EMOTION_LABEL,
                    theme.text());
        }
    }

    /** The stage's own colour, or the headers', light enough for dark text on it. */
    private Rgb barColor(String stageColor) {
        Rgb color = stageColor == null ? theme.headerFill() : Rgb.of(stageColor);
        return color.mix(theme.background(), 0.5);
    }

    /** The strip's background, its name in the corner, and the lines between stages and below. */
    private void paintStrip(MapGeometry geometry, Rect strip, String name, Surface surface) {
        LayoutStyle style = geometry.style();
        surface.fillRect(strip, theme.bandFill());
        Rect corner = new Rect(0, strip.y(), style.laneLabelWidth(), strip.height());
        surface.fillRect(corner, theme.headerFill().mix(theme.background(), 0.7));
        surface.text(
                name,
                PADDING + 4,
                MapPainter.baseline(strip.centerY() - TextStyle.LANE_TITLE.lineHeight() / 2, TextStyle.LANE_TITLE),
                TextStyle.LANE_TITLE,
                theme.text());
        for (StageColumn column : geometry.stages()) {
            double x = column.column().maxX();
            surface.strokeLine(x, strip.y(), x, strip.maxY(), theme.gridLine(), 1, false);
        }
        surface.strokeLine(0, strip.maxY(), strip.maxX(), strip.maxY(), theme.gridLine(), 1, false);
    }
}
