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
import org.journeycanvas.layout.PersonaBand;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.layout.TextWrapper;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.MapGenerator;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;
import org.journeycanvas.testing.BlankSurface;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InEnglish.class)
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

    @Test
    void aServiceBlueprintsLinesAreDrawnDashedAndNamedAcrossTheBand() {
        JourneyMap blueprint = new JourneyMap(
                "m",
                "",
                "",
                List.of(Stage.of("s1", "Onboarding")),
                List.of(Persona.of(
                        "p",
                        "Dana",
                        List.of(
                                Lane.of("l1", LaneKind.ACTIONS),
                                Lane.of("l2", LaneKind.FRONTSTAGE),
                                Lane.of("l3", LaneKind.BACKSTAGE),
                                Lane.of("l4", LaneKind.SYSTEMS)))));
        MapGeometry laidOut = new MapLayout(new TextWrapper((text, style) -> text.length() * 6.0), LayoutStyle.DEFAULT)
                .layout(blueprint);
        RecordingSurface surface = new RecordingSurface();

        painter.paint(laidOut, new MapIndex(blueprint), laidOut.bounds(), surface, 1);

        assertThat(surface.texts).contains("Line of interaction", "Line of visibility", "Line of internal interaction");
        PersonaBand band = laidOut.personas().get(0);
        assertThat(surface.dashedLineHeights)
                .containsExactly(
                        band.lanes().get(1).bounds().y(),
                        band.lanes().get(2).bounds().y(),
                        band.lanes().get(3).bounds().y());
    }

    @Test
    void aStoryboardCardShowsItsPictureInItsFrameWithTheCaptionUnderItAndAnEmptyOneAnIcon() {
        JourneyMap story = SampleMaps.withStoryboard();
        MapGeometry laidOut =
                new MapLayout(new TextWrapper((text, style) -> text.length() * 6.0), LayoutStyle.DEFAULT).layout(story);
        CardBox withPicture = laidOut.card("sb1").orElseThrow();
        CardBox empty = laidOut.card("sb2").orElseThrow();
        RecordingSurface surface = new RecordingSurface();

        painter.paint(laidOut, new MapIndex(story), laidOut.bounds(), surface, 1);

        String picture = story.personas().get(0).lanes().get(0).cards().get(0).picture();
        assertThat(surface.pictures).containsExactly(picture);
        assertThat(surface.pictureFrames).containsExactly(withPicture.pictureFrame());
        assertThat(surface.icons).contains(Icons.emptyPicture());
        Rect frame = withPicture.pictureFrame();
        assertThat(frame.height() / frame.width()).isCloseTo(0.75, org.assertj.core.data.Offset.offset(0.01));
        assertThat(withPicture.bounds().contains(frame.x(), frame.y())).isTrue();
        assertThat(surface.textTops.get(withPicture.lines().get(0))).isGreaterThan(frame.maxY());
        assertThat(empty.pictureFrame()).isNotNull();
    }

    @Test
    void zoomedFarOutAPictureIsSketched() {
        JourneyMap story = SampleMaps.withStoryboard();
        MapGeometry laidOut =
                new MapLayout(new TextWrapper((text, style) -> text.length() * 6.0), LayoutStyle.DEFAULT).layout(story);
        RecordingSurface surface = new RecordingSurface();

        painter.paint(laidOut, new MapIndex(story), laidOut.bounds(), surface, 4.0 / TextStyle.CARD.size());

        assertThat(surface.pictures).isEmpty();
        assertThat(surface.filledRects)
                .contains(laidOut.card("sb1").orElseThrow().pictureFrame());
    }

    private static final class RecordingSurface extends BlankSurface {
        final List<String> pictures = new ArrayList<>();
        final List<Rect> pictureFrames = new ArrayList<>();
        final List<Integer> icons = new ArrayList<>();
        final java.util.Map<String, Double> textTops = new java.util.HashMap<>();
        final List<String> texts = new ArrayList<>();
        final List<Rect> filledRects = new ArrayList<>();
        final List<Double> dashedLineHeights = new ArrayList<>();

        @Override
        public void strokeLine(
                double x1, double y1, double x2, double y2, Rgb color, double lineWidth, boolean dashed) {
            if (dashed && y1 == y2) {
                dashedLineHeights.add(y1);
            }
        }

        @Override
        public void fillRect(Rect rect, Rgb color) {
            filledRects.add(rect);
        }

        @Override
        public void text(String text, double x, double baseline, TextStyle style, Rgb color) {
            texts.add(text);
            textTops.put(text, baseline - style.size());
        }

        @Override
        public void picture(String dataUri, Rect frame) {
            pictures.add(dataUri);
            pictureFrames.add(frame);
        }

        @Override
        public void icon(int codePoint, double x, double y, double size, Rgb color) {
            icons.add(codePoint);
        }
    }
}
