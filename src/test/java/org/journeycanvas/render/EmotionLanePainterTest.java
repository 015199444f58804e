package org.journeycanvas.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.layout.CurveSegment;
import org.journeycanvas.layout.CurveView;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.MapLayout;
import org.journeycanvas.layout.TextWrapper;
import org.journeycanvas.layout.ViewOptions;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.testing.BlankSurface;
import org.journeycanvas.testing.FutureStateMaps;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InEnglish.class)
class EmotionLanePainterTest {
    private static final Rgb DANA = Rgb.of("#E07A5F");
    private final MapLayout layout =
            new MapLayout(new TextWrapper((text, style) -> text.length() * 6.0), LayoutStyle.DEFAULT);
    private final MapPainter painter = new MapPainter(MapTheme.LIGHT);
    private final JourneyMap map = FutureStateMaps.fourMoments();

    @Test
    void bothCurvesAreTheAsIsCurveTheToBeCurveDashedInThePersonasColourAndTheGapShaded() {
        RecordingSurface surface = paint(CurveView.BOTH);

        assertThat(surface.solidCurves).hasSize(1);
        assertThat(surface.solidCurves.get(0).color).isEqualTo(MapTheme.LIGHT.emotionLine());
        assertThat(surface.dashedCurves).hasSize(1);
        assertThat(surface.dashedCurves.get(0).color).isEqualTo(DANA);
        assertThat(surface.dashedCurves.get(0).segments).hasSize(2);
        assertThat(surface.areas).hasSize(1);
        assertThat(surface.areas.get(0).color).isEqualTo(DANA.withAlpha(FutureCurveStyle.GAP_OPACITY));
        assertThat(surface.futureRings)
                .as("a hollow ring for each of e1, e2, e4")
                .isEqualTo(3);
    }

    @Test
    void asIsOnlyDrawsTheCurveAsBefore() {
        RecordingSurface surface = paint(CurveView.AS_IS);

        assertThat(surface.solidCurves).hasSize(1);
        assertThat(surface.dashedCurves).isEmpty();
        assertThat(surface.areas).isEmpty();
        assertThat(surface.futureRings).isZero();
    }

    @Test
    void toBeOnlyDrawsTheDashedCurveWithoutTheAsIsCurveOrTheGap() {
        RecordingSurface surface = paint(CurveView.TO_BE);

        assertThat(surface.solidCurves).isEmpty();
        assertThat(surface.dashedCurves).hasSize(1);
        assertThat(surface.areas).isEmpty();
        assertThat(surface.futureRings).isEqualTo(3);
    }

    @Test
    void aMapWithoutToBeScoresIsDrawnAsBefore() {
        JourneyMap plain = SampleMaps.threeStages();
        MapGeometry geometry = layout.layout(plain);
        RecordingSurface surface = new RecordingSurface();

        painter.paint(geometry, new MapIndex(plain), geometry.bounds(), surface, 1);

        assertThat(surface.dashedCurves).isEmpty();
        assertThat(surface.areas).isEmpty();
        assertThat(surface.futureRings).isZero();
    }

    @Test
    void aPersonaWithoutColourDrawsTheToBeCurveInTheThemesColour() {
        JourneyMap colourless = map.withPersonaMapped("p1", persona -> persona.withColor(null));
        MapGeometry geometry = layout.layout(colourless);
        RecordingSurface surface = new RecordingSurface();

        painter.paint(geometry, new MapIndex(colourless), geometry.bounds(), surface, 1);

        assertThat(surface.dashedCurves.get(0).color)
                .isEqualTo(FutureCurveStyle.color(MapTheme.LIGHT, null))
                .isNotEqualTo(Rgb.TRANSPARENT);
    }

    @Test
    void theGapIsFilledOnAnImage() {
        MapGeometry geometry = layout.layout(map);
        var image = new java.awt.image.BufferedImage(
                (int) geometry.bounds().width(),
                (int) geometry.bounds().height(),
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        painter.paint(geometry, new MapIndex(map), geometry.bounds(), new Java2DSurface(graphics), 1);
        graphics.dispose();
        var lane = geometry.personas().get(0).lanes().get(1);
        var e1 = lane.cardsById().get("e1");
        var e2 = lane.cardsById().get("e2");
        // halfway between the moments, halfway between the curves: inside the gap
        int x = (int) ((e1.point().x() + e2.point().x()) / 2);
        int y = (int) ((e1.point().y()
                        + e2.point().y()
                        + e1.futurePoint().y()
                        + e2.futurePoint().y())
                / 4);
        java.awt.Color shaded = new java.awt.Color(image.getRGB(x, y));

        assertThat(shaded.getRed()).as("tinted towards Dana's red").isGreaterThan(shaded.getBlue() + 10);
    }

    private RecordingSurface paint(CurveView curves) {
        MapGeometry geometry = layout.layout(map, ViewOptions.ALL.withCurves(curves));
        RecordingSurface surface = new RecordingSurface();
        painter.paint(geometry, new MapIndex(map), geometry.bounds(), surface, 1);
        return surface;
    }

    private record Drawn(List<CurveSegment> segments, Rgb color) {}

    private static final class RecordingSurface extends BlankSurface {
        final List<Drawn> solidCurves = new ArrayList<>();
        final List<Drawn> dashedCurves = new ArrayList<>();
        final List<Drawn> areas = new ArrayList<>();
        int futureRings;

        @Override
        public void strokeCurve(List<CurveSegment> segments, Rgb color, double lineWidth) {
            if (!segments.isEmpty()) {
                solidCurves.add(new Drawn(segments, color));
            }
        }

        @Override
        public void strokeDashedCurve(List<CurveSegment> segments, Rgb color, double lineWidth) {
            dashedCurves.add(new Drawn(segments, color));
        }

        @Override
        public void fillCurveArea(List<CurveSegment> outline, Rgb color) {
            areas.add(new Drawn(outline, color));
        }

        @Override
        public void strokeCircle(double centerX, double centerY, double radius, Rgb color, double lineWidth) {
            if (radius == FutureCurveStyle.POINT_RADIUS) {
                futureRings++;
            }
        }
    }
}
