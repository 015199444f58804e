package org.journeycanvas.ui.canvas;

import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.LaneRow;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.PersonaBand;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.render.MapPainter;
import org.journeycanvas.render.MapTheme;
import org.journeycanvas.render.Rgb;

/** Holds and paints a comparison's marks over the map: green outlines, amber outlines and faded ghosts. */
final class CompareMarksPainter {
    static final Rgb ADDED = Rgb.of("#2E9E5B");
    static final Rgb CHANGED = Rgb.of("#E09B0B");
    private static final Rgb REMOVED = Rgb.of("#C0392B");

    private final FxSurface surface;
    private CompareMarks marks = CompareMarks.NONE;

    CompareMarksPainter(FxSurface surface) {
        this.surface = surface;
    }

    CompareMarks marks() {
        return marks;
    }

    void setMarks(CompareMarks newMarks) {
        marks = newMarks;
    }

    void paint(MapGeometry geometry, MapTheme theme) {
        if (marks == CompareMarks.NONE) {
            return;
        }
        for (CompareMarks.Ghost ghost : marks.ghosts()) {
            boolean focused = ghost.cardId().equals(marks.focusedId());
            surface.fillRoundRect(ghost.bounds(), 10, theme.background().withAlpha(0.94));
            surface.strokeRoundRect(ghost.bounds(), 10, REMOVED.withAlpha(focused ? 1 : 0.6), focused ? 3 : 1.5);
            double baseline = MapPainter.baseline(ghost.bounds().y() + 8, TextStyle.CARD);
            for (String line : ghost.lines()) {
                if (baseline > ghost.bounds().maxY() - 4) {
                    break;
                }
                surface.text(
                        line,
                        ghost.bounds().x() + 8,
                        baseline,
                        TextStyle.CARD,
                        theme.text().withAlpha(0.55));
                baseline += TextStyle.CARD.lineHeight();
            }
        }
        mark(geometry, marks.added(), ADDED, marks.focusedId());
        mark(geometry, marks.changed(), CHANGED, marks.focusedId());
    }

    private void mark(MapGeometry geometry, java.util.Set<String> ids, Rgb color, String focusedId) {
        for (CardBox box : geometry.cards(ids)) {
            outline(
                    box.isEmotionPoint() ? aroundPoint(box) : box.bounds(),
                    color,
                    box.cardId().equals(focusedId));
        }
        geometry.stages().stream()
                .filter(stage -> ids.contains(stage.stageId()))
                .forEach(stage -> outline(stage.header(), color, stage.stageId().equals(focusedId)));
        for (PersonaBand band : geometry.personas()) {
            if (ids.contains(band.personaId())) {
                outline(band.header(), color, band.personaId().equals(focusedId));
            }
            for (LaneRow lane : band.lanes()) {
                if (ids.contains(lane.laneId())) {
                    outline(lane.label(), color, lane.laneId().equals(focusedId));
                }
            }
        }
    }

    private static Rect aroundPoint(CardBox box) {
        double r = CardBox.EMOTION_POINT_RADIUS + 4;
        return new Rect(box.point().x() - r, box.point().y() - r, 2 * r, 2 * r);
    }

    private void outline(Rect bounds, Rgb color, boolean focused) {
        double grow = focused ? 4 : 2;
        surface.strokeRoundRect(
                new Rect(bounds.x() - grow, bounds.y() - grow, bounds.width() + 2 * grow, bounds.height() + 2 * grow),
                12,
                color,
                focused ? 4 : 2.5);
    }
}
