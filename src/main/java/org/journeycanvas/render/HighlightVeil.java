package org.journeycanvas.render;

import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.CellBox;
import org.journeycanvas.layout.LaneRow;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.OpportunityHighlight;
import org.journeycanvas.layout.PersonaBand;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.MapIndex;

/**
 * Dims what a highlight does not bring forward: a veil of the background's colour over every card that is not a
 * highlighted opportunity, and over the emotion lanes' cells (their points are never opportunities).
 */
final class HighlightVeil {
    private static final double OPACITY = 0.72;
    private static final double CARD_ARC = 10;

    private final MapTheme theme;

    HighlightVeil(MapTheme theme) {
        this.theme = theme;
    }

    void paint(MapGeometry geometry, MapIndex index, Rect visible, Surface surface, OpportunityHighlight highlight) {
        if (highlight == null) {
            return;
        }
        Rgb veil = theme.background().withAlpha(OPACITY);
        for (PersonaBand band : geometry.personas()) {
            if (!band.bounds().intersects(visible)) {
                continue;
            }
            for (LaneRow lane : band.lanes()) {
                if (!lane.bounds().intersects(visible) || lane.collapsed()) {
                    continue;
                }
                if (lane.kind() == LaneKind.EMOTIONS) {
                    Rect bounds = lane.bounds();
                    double left = lane.label().maxX();
                    surface.fillRect(new Rect(left, bounds.y(), bounds.maxX() - left, bounds.height()), veil);
                    continue;
                }
                for (CellBox cell : lane.cells()) {
                    for (CardBox box : cell.cards()) {
                        if (box.bounds().intersects(visible) && !highlight.matches(index.card(box.cardId()))) {
                            surface.fillRoundRect(box.bounds(), CARD_ARC, veil);
                        }
                    }
                }
            }
        }
    }
}
