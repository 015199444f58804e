package org.journeycanvas.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.LaneRow;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.MapLayout;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.layout.TextWrapper;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapGenerator;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.testing.BlankSurface;
import org.junit.jupiter.api.Test;

class MapPainterTest {
    private final JourneyMap map = MapGenerator.generate(2, 6, 200, 7);
    private final MapGeometry geometry =
            new MapLayout(new TextWrapper((text, style) -> text.length() * 6.0), LayoutStyle.DEFAULT).layout(map);
    private final MapIndex index = new MapIndex(map);
    private final MapPainter painter = new MapPainter(MapTheme.LIGHT);

    @Test
    void atFullSizeEveryCardLineIsWritten() {
        RecordingSurface surface = new RecordingSurface();
        painter.paint(geometry, index, geometry.bounds(), surface, 1);

        assertThat(surface.texts).containsAll(cardLines(geometry.bounds()));
    }

    @Test
    void zoomedTooFarOutToReadCardsAreSketchedWithoutText() {
        RecordingSurface surface = new RecordingSurface();
        double unreadable = 5.0 / TextStyle.CARD.size();
        painter.paint(geometry, index, geometry.bounds(), surface, unreadable);

        assertThat(surface.texts).doesNotContainAnyElementsOf(cardLines(geometry.bounds()));
        assertThat(surface.filledRects)
                .hasSizeGreaterThan(cardLines(geometry.bounds()).size());
    }

    @Test
    void onlyCardsInsideTheVisibleAreaArePainted() {
        Rect corner = new Rect(0, 0, 600, 500);
        RecordingSurface surface = new RecordingSurface();
        painter.paint(geometry, index, corner, surface, 1);

        Set<String> outside = cardLines(geometry.bounds());
        outside.removeAll(cardLines(corner));
        assertThat(cardLines(corner)).isNotEmpty();
        assertThat(surface.texts).containsAll(cardLines(corner)).doesNotContainAnyElementsOf(outside);
    }

    /** The text of the card lines whose card touches {@code area}. */
    private Set<String> cardLines(Rect area) {
        return geometry.personas().stream()
                .flatMap(band -> band.lanes().stream())
                .map(LaneRow::cells)
                .flatMap(List::stream)
                .flatMap(cell -> cell.cards().stream())
                .filter(card -> card.bounds().intersects(area))
                .map(CardBox::lines)
                .flatMap(List::stream)
                .collect(Collectors.toCollection(java.util.HashSet::new));
    }

    private static final class RecordingSurface extends BlankSurface {
        final List<String> texts = new ArrayList<>();
        final List<Rect> filledRects = new ArrayList<>();

        @Override
        public void fillRect(Rect rect, Rgb color) {
            filledRects.add(rect);
        }

        @Override
        public void text(String text, double x, double baseline, TextStyle style, Rgb color) {
            texts.add(text);
        }
    }
}
