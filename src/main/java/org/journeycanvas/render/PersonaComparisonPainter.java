package org.journeycanvas.render;

import org.journeycanvas.layout.EmotionCurve;
import org.journeycanvas.layout.PersonaComparison;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.model.Card;

/**
 * Draws a {@link PersonaComparison}: the stage heads, the score guides with their faces, the stage where the
 * personas differ most shaded and labelled, each persona's curve and points in its colour, and the legend. The
 * window and the PNG export draw with it.
 */
public final class PersonaComparisonPainter {
    private final MapTheme theme;
    private final String largestGapLabel;

    /** @param largestGapLabel the label of the stage where the personas differ most, from the bundles */
    public PersonaComparisonPainter(MapTheme theme, String largestGapLabel) {
        this.theme = theme;
        this.largestGapLabel = largestGapLabel;
    }

    public void paint(PersonaComparison comparison, Surface surface) {
        surface.fillRect(comparison.bounds(), theme.background());
        Rect band = comparison.band();
        surface.fillRect(band, theme.bandFill());
        for (PersonaComparison.Column column : comparison.columns()) {
            Rect head = column.head();
            surface.fillRect(new Rect(head.x() + 1, head.y(), head.width() - 2, head.height() - 4), theme.headerFill());
            TextStyle style = PersonaComparison.nameStyle();
            double baseline = head.y() + 8 + style.size();
            for (String line : column.nameLines()) {
                surface.text(line, head.x() + 8, baseline, style, theme.headerText());
                baseline += style.lineHeight();
            }
            surface.strokeLine(column.band().x(), band.y(), column.band().x(), band.maxY(), theme.gridLine(), 1, false);
        }
        surface.strokeLine(band.maxX(), band.y(), band.maxX(), band.maxY(), theme.gridLine(), 1, false);
        PersonaComparison.Gap gap = comparison.largestGap();
        if (gap != null) {
            surface.fillRect(gap.band(), theme.selection().withAlpha(0.10));
            surface.text(
                    largestGapLabel,
                    gap.band().x() + 8,
                    gap.band().y() + 6 + TextStyle.EMOTION_LABEL.size(),
                    TextStyle.EMOTION_LABEL,
                    theme.selection());
        }
        for (int score = Card.MAX_SCORE; score >= Card.MIN_SCORE; score--) {
            double y = comparison.scale().y(score);
            surface.strokeLine(band.x(), y, band.maxX(), y, theme.emotionGuide(), score == 0 ? 1.5 : 0.75, score != 0);
            surface.icon(Icons.score(score), band.x() - 30, y - 10, 20, MapPainter.scoreColor(score));
        }
        for (PersonaComparison.Series series : comparison.series()) {
            Rgb color = Rgb.of(series.color());
            surface.strokeCurve(EmotionCurve.through(series.positions()), color, 3);
            for (PersonaComparison.SeriesPoint point : series.points()) {
                surface.fillCircle(point.at().x(), point.at().y(), PersonaComparison.POINT_RADIUS, color);
                surface.strokeCircle(
                        point.at().x(), point.at().y(), PersonaComparison.POINT_RADIUS, theme.background(), 2);
            }
        }
        for (PersonaComparison.LegendEntry entry : comparison.legend()) {
            surface.fillRoundRect(entry.swatch(), 4, Rgb.of(entry.color()));
            surface.text(entry.name(), entry.textX(), entry.baseline(), PersonaComparison.legendStyle(), theme.text());
        }
    }
}
