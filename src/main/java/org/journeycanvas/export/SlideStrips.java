package org.journeycanvas.export;

import static org.journeycanvas.export.PowerPointExporter.THEME;

import java.util.List;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.layout.FunnelStep;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.StageColumn;
import org.journeycanvas.layout.StageHealth;
import org.journeycanvas.layout.StageStrips;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.render.FigureTexts;
import org.journeycanvas.render.Icons;
import org.journeycanvas.render.MapPainter;
import org.journeycanvas.render.Rgb;

/** The strips under a slide's stage headers (funnel, health) as native shapes, as the painter draws them. */
final class SlideStrips {
    private final SlideMap map;
    private final StageStrips strips;
    private final List<StageColumn> range;
    private final LayoutStyle style;

    SlideStrips(SlideMap map, StageStrips strips, List<StageColumn> range, LayoutStyle style) {
        this.map = map;
        this.strips = strips;
        this.range = range;
        this.style = style;
    }

    void draw(double width) {
        funnel(width);
        health(width);
    }

    /** The funnel strip: per stage a bar for its share of the most people, their number, drop-off and details. */
    private void funnel(double width) {
        if (strips.funnel() == null) {
            return;
        }
        Rect strip = strips.funnel();
        stripRow(strip, width, Messages.get("figures.strip.funnel"));
        long most = strips.funnelSteps().stream()
                .filter(step -> step.figures().entered() != null)
                .mapToLong(step -> step.figures().entered())
                .max()
                .orElse(0);
        double barWidth = style.stageWidth() - 2 * style.cardPadding() - 58;
        for (StageColumn column : range) {
            FunnelStep step = strips.funnelSteps().get(column.index());
            double x = map.stageX(column.column().x()) + style.cardPadding();
            Long entered = step.figures().entered();
            if (entered != null) {
                map.box(x, strip.y() + 7, barWidth, 20, THEME.gridLine(), null, ShapeType.ROUND_RECT);
                double share = most == 0 ? 0 : (double) entered / most;
                XSLFAutoShape bar = map.box(
                        x,
                        strip.y() + 7,
                        Math.max(4, barWidth * share),
                        20,
                        barColor(column),
                        null,
                        ShapeType.ROUND_RECT);
                bar.setWordWrap(false);
                XSLFAutoShape count = map.box(x, strip.y() + 7, barWidth, 20, null, null, ShapeType.RECT);
                count.setInsets(new Insets2D(0, 6 * map.scale(), 0, 0));
                map.text(count, FigureTexts.entered(entered), TextStyle.LANE_TITLE, THEME.text());
                count.setVerticalAlignment(VerticalAlignment.MIDDLE);
            }
            if (step.dropOffToNext() != null) {
                XSLFAutoShape dropOff = map.box(x + barWidth, strip.y() + 7, 58, 20, null, null, ShapeType.RECT);
                dropOff.setInsets(new Insets2D(0, 2 * map.scale(), 0, 0));
                map.text(
                        dropOff,
                        FigureTexts.dropOff(step.dropOffToNext()),
                        TextStyle.LANE_TITLE,
                        MapPainter.scoreColor(-2).mix(THEME.text(), 0.25));
                dropOff.setVerticalAlignment(VerticalAlignment.MIDDLE);
            }
            String details = FigureTexts.details(step.figures());
            if (!details.isEmpty()) {
                XSLFAutoShape line =
                        map.box(x, strip.y() + 28, style.stageWidth() - 12, 18, null, null, ShapeType.RECT);
                line.setInsets(new Insets2D(0, 0, 0, 0));
                map.text(line, details, TextStyle.EMOTION_LABEL, THEME.mutedText());
            }
        }
    }

    /** The health strip: per stage the lowest emotion's point and the numbers of pain points and opportunities. */
    private void health(double width) {
        if (strips.health() == null) {
            return;
        }
        Rect strip = strips.health();
        stripRow(strip, width, Messages.get("figures.strip.health"));
        double middle = strip.centerY();
        for (StageColumn column : range) {
            StageHealth stage = strips.stageHealth().get(column.index());
            double x = map.stageX(column.column().x()) + style.cardPadding();
            if (stage.lowestScore() != null) {
                map.box(x, middle - 6, 12, 12, MapPainter.scoreColor(stage.lowestScore()), null, ShapeType.ELLIPSE);
                stripText(x + 14, strip, FigureTexts.score(stage.lowestScore()));
            }
            map.icon(Icons.laneKind(LaneKind.PAIN_POINTS), x + 42, middle - 7, 14, THEME.mutedText());
            stripText(x + 58, strip, String.valueOf(stage.painPoints()));
            map.icon(Icons.laneKind(LaneKind.OPPORTUNITIES), x + 94, middle - 7, 14, THEME.mutedText());
            stripText(x + 110, strip, String.valueOf(stage.openOpportunities()));
        }
    }

    private Rgb barColor(StageColumn column) {
        String color = map.stageColor(column.stageId());
        return (color == null ? THEME.headerFill() : Rgb.of(color)).mix(THEME.background(), 0.5);
    }

    private void stripRow(Rect strip, double width, String name) {
        map.box(0, strip.y(), width, strip.height(), THEME.bandFill(), THEME.gridLine(), ShapeType.RECT);
        XSLFAutoShape corner = map.box(
                0,
                strip.y(),
                style.laneLabelWidth(),
                strip.height(),
                THEME.headerFill().mix(THEME.background(), 0.7),
                THEME.gridLine(),
                ShapeType.RECT);
        map.label(corner, name, TextStyle.LANE_TITLE, THEME.text(), VerticalAlignment.MIDDLE);
    }

    private void stripText(double x, Rect strip, String content) {
        XSLFAutoShape shape = map.box(x, strip.y(), 34, strip.height(), null, null, ShapeType.RECT);
        shape.setInsets(new Insets2D(0, 0, 0, 0));
        map.text(shape, content, TextStyle.EMOTION_LABEL, THEME.text());
        shape.setVerticalAlignment(VerticalAlignment.MIDDLE);
    }
}
